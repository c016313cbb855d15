package org.cwg.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small, real Word files with the markup editors leave: tracked insertions and deletions,
 * comments, highlights. The package holds only the parts Word needs to open it.
 */
public final class DocxFixture {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final StringBuilder body = new StringBuilder();
  private final StringBuilder comments = new StringBuilder();
  private int commentIds;

  public static DocxFixture create() {
    return new DocxFixture();
  }

  public DocxFixture heading(String text) {
    body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>")
        .append(run(text))
        .append("</w:p>");
    return this;
  }

  public DocxFixture paragraph(String text) {
    body.append("<w:p>").append(run(text)).append("</w:p>");
    return this;
  }

  /** A paragraph whose second half was typed with tracking on, and a word deleted. */
  public DocxFixture trackedParagraph(String kept, String inserted, String deleted) {
    body.append("<w:p>")
        .append(run(kept))
        .append("<w:ins w:id=\"1\" w:author=\"A\" w:date=\"2025-01-01T00:00:00Z\">")
        .append(run(inserted))
        .append("</w:ins>")
        .append("<w:del w:id=\"2\" w:author=\"A\" w:date=\"2025-01-01T00:00:00Z\"><w:r><w:delText>")
        .append(escape(deleted))
        .append("</w:delText></w:r></w:del></w:p>");
    return this;
  }

  public DocxFixture highlightedParagraph(String plain, String highlighted) {
    body.append("<w:p>")
        .append(run(plain))
        .append("<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">")
        .append(escape(highlighted))
        .append("</w:t></w:r></w:p>");
    return this;
  }

  /** A paragraph with a highlight only on its paragraph mark, which shows nothing. */
  public DocxFixture paragraphWithHighlightedMark(String text) {
    body.append("<w:p><w:pPr><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr></w:pPr>")
        .append(run(text))
        .append("</w:p>");
    return this;
  }

  /** Body markup as Word writes it (tables, content controls, text boxes), added as it is. */
  public DocxFixture raw(String wordprocessingMl) {
    body.append(wordprocessingMl);
    return this;
  }

  public DocxFixture commentedParagraph(String text, String comment) {
    int id = commentIds++;
    body.append("<w:p><w:commentRangeStart w:id=\"")
        .append(id)
        .append("\"/>")
        .append(run(text))
        .append("<w:commentRangeEnd w:id=\"")
        .append(id)
        .append("\"/>")
        .append("<w:r><w:commentReference w:id=\"")
        .append(id)
        .append("\"/></w:r></w:p>");
    comments
        .append("<w:comment w:id=\"")
        .append(id)
        .append("\" w:author=\"B\"><w:p>")
        .append(run(comment))
        .append("</w:p></w:comment>");
    return this;
  }

  public Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      boolean hasComments = comments.length() > 0;
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/"
              + "vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + (hasComments
                  ? "<Override PartName=\"/word/comments.xml\" ContentType=\"application/"
                      + "vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                  : "")
              + "</Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      put(
          zip,
          "word/_rels/document.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + (hasComments
                  ? "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                      + "officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                  : "")
              + "</Relationships>");
      put(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<w:document xmlns:w=\""
              + W
              + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
              + "<w:body>"
              + body
              + "</w:body></w:document>");
      if (hasComments) {
        put(
            zip,
            "word/comments.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:comments xmlns:w=\""
                + W
                + "\">"
                + comments
                + "</w:comments>");
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
