package org.cwg.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes files built to break a document parser, each small on disk however large it claims or
 * expands to be.
 */
public final class HostileFiles {

  private static final String CONTENT_TYPES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>""";

  private static final String ROOT_RELS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
      </Relationships>""";

  private static final String DOCUMENT_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body>";

  private static final String DOCUMENT_END = "</w:body></w:document>";

  private HostileFiles() {}

  /** A small, valid .docx written with POI, one paragraph per line of {@code paragraphs}. */
  public static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(bytes);
      return bytes.toByteArray();
    }
  }

  public static Path write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  public static Path zeroBytes(Path file) throws IOException {
    return write(file, new byte[0]);
  }

  /** A valid .docx cut in half, so its zip central directory is gone. */
  public static Path truncatedDocx(Path file) throws IOException {
    byte[] whole = docx("Purpose", "This contribution will never be read to the end.");
    return write(file, Arrays.copyOf(whole, whole.length / 2));
  }

  /** A .docx encrypted with a password, as Word saves it: an OLE2 container, not a zip. */
  public static Path encryptedDocx(Path file, String password) throws Exception {
    byte[] plain = docx("Purpose", "Only readers with the password may see this text.");
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream out = encryptor.getDataStream(container)) {
        out.write(plain);
      }
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        container.writeFilesystem(out);
      }
    }
    return file;
  }

  /**
   * A .docx whose word/document.xml inflates to {@code inflatedBytes} of one repeated letter: a few
   * megabytes on disk, gigabytes once unzipped. Written as a stream, never held in memory.
   */
  public static Path zipBombDocx(Path file, long inflatedBytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_SPEED);
      putEntry(zip, "[Content_Types].xml", CONTENT_TYPES);
      putEntry(zip, "_rels/.rels", ROOT_RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      String start = DOCUMENT_START + "<w:p><w:r><w:t>";
      String end = "</w:t></w:r></w:p>" + DOCUMENT_END;
      zip.write(start.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (long left = inflatedBytes; left > 0; left -= chunk.length) {
        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      zip.write(end.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /**
   * A .docx whose text is {@code chars} characters of ordinary, varied words: nothing a zip ratio
   * check objects to, so only a limit on extracted text stops it. In one paragraph and run when
   * {@code oneRun}, else in paragraphs of 40 words.
   */
  public static Path textFloodDocx(Path file, long chars, boolean oneRun) throws IOException {
    Files.createDirectories(file.getParent());
    Random random = new Random(42);
    String[] words = {
      "resolution",
      "council",
      "internet",
      "governance",
      "member",
      "states",
      "contribution",
      "proposal",
      "working",
      "group",
      "public",
      "policy",
      "issues",
      "ITU"
    };
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      putEntry(zip, "[Content_Types].xml", CONTENT_TYPES);
      putEntry(zip, "_rels/.rels", ROOT_RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
      String open = "<w:p><w:r><w:t>";
      String close = "</w:t></w:r></w:p>";
      if (oneRun) {
        zip.write(open.getBytes(StandardCharsets.UTF_8));
      }
      StringBuilder paragraph = new StringBuilder();
      for (long written = 0; written < chars; written += paragraph.length()) {
        paragraph.setLength(0);
        for (int i = 0; i < 40; i++) {
          paragraph
              .append(words[random.nextInt(words.length)])
              .append(' ')
              .append(random.nextInt(2000))
              .append(' ');
        }
        String xml = oneRun ? paragraph.toString() : open + paragraph + close;
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
      }
      if (oneRun) {
        zip.write(close.getBytes(StandardCharsets.UTF_8));
      }
      zip.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** A .docx whose word/document.xml is a billion-laughs entity expansion. */
  public static Path entityBombDocx(Path file) throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE w:document [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 12; i++) {
      String previous = "&lol" + (i - 1) + ";";
      doctype
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(previous.repeat(10))
          .append("\">\n");
    }
    doctype.append("]>");
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + doctype
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>&lol12;</w:t></w:r></w:p>"
            + DOCUMENT_END;
    Files.createDirectories(file.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      putEntry(zip, "[Content_Types].xml", CONTENT_TYPES);
      putEntry(zip, "_rels/.rels", ROOT_RELS);
      putEntry(zip, "word/document.xml", document);
    }
    return file;
  }

  /** Random bytes under a .docx name. */
  public static Path binaryNamedDocx(Path file, int size) throws IOException {
    byte[] noise = new byte[size];
    new Random(7).nextBytes(noise);
    // Random bytes could start like a zip or OLE2 file by chance; this seed does not, but make
    // sure of it, since the test expects the file to be recognised as neither.
    noise[0] = 0x13;
    return write(file, noise);
  }

  /** A file of {@code bytes} that takes no disk space: a hole, read back as zeros. */
  public static Path sparse(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(bytes);
    }
    return file;
  }

  public static Path text(Path file, String text, Charset charset) throws IOException {
    return write(file, text.getBytes(charset));
  }

  /** UTF-16 little-endian with a byte order mark, as Windows Notepad saves "Unicode" text. */
  public static Path utf16WithBom(Path file, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(text.getBytes(StandardCharsets.UTF_16LE));
    return write(file, bytes.toByteArray());
  }

  private static void putEntry(ZipOutputStream zip, String name, String content)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
