package org.cwg.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an editor left in a Word (.docx, .docm) file that Tika's text does not show: tracked
 * changes, reviewers' comments and highlighted text, each counted with the paragraph of the body
 * where it first occurs.
 *
 * @param insertions tracked insertions, deletions and moves ({@code w:ins}, {@code w:del}, {@code
 *     w:moveFrom}, {@code w:moveTo})
 * @param formattingChanges tracked formatting changes ({@code w:rPrChange}, {@code w:pPrChange},
 *     ...)
 * @param firstChangeParagraph 1-based body paragraph of the first tracked change, or 0
 * @param comments comments in the comments part
 * @param firstCommentParagraph 1-based body paragraph the first comment is anchored to, or 0
 * @param highlights highlighted runs
 * @param firstHighlightParagraph 1-based body paragraph of the first highlighted run, or 0
 */
public record EditingTraces(
    int insertions,
    int formattingChanges,
    int firstChangeParagraph,
    int comments,
    int firstCommentParagraph,
    int highlights,
    int firstHighlightParagraph) {

  /** Traces of a file that has none, or whose format keeps none that cwg can see. */
  public static final EditingTraces NONE = new EditingTraces(0, 0, 0, 0, 0, 0, 0);

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Parts that carry body-like text where tracked changes and highlights can sit. */
  private static final Pattern TEXT_PARTS =
      Pattern.compile("word/(document|footnotes|endnotes|header\\d*|footer\\d*)\\.xml");

  /** A part larger than this unpacked is not scanned: it would be a zip bomb, not a draft. */
  private static final long MAX_PART_BYTES = 200L * 1024 * 1024;

  public int trackedChanges() {
    return insertions + formattingChanges;
  }

  /**
   * Scans a Word file for editing traces. Files that are not OOXML word-processing packages have
   * none as far as this class knows.
   */
  public static EditingTraces of(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".docx")
        || name.endsWith(".docm")
        || name.endsWith(".dotx")
        || name.endsWith(".dotm"))) {
      return NONE;
    }
    Counter counter = new Counter();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry document = zip.getEntry("word/document.xml");
      if (document == null) {
        return NONE;
      }
      scan(zip, document, counter, true);
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().equals("word/comments.xml")) {
          scan(zip, entry, counter, false);
        } else if (!entry.getName().equals("word/document.xml")
            && TEXT_PARTS.matcher(entry.getName()).matches()) {
          scan(zip, entry, counter, false);
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("malformed XML in Word file: " + e.getMessage(), e);
    }
    return counter.traces();
  }

  private static void scan(ZipFile zip, ZipEntry entry, Counter counter, boolean body)
      throws IOException, XMLStreamException {
    try (InputStream in = new CappedStream(zip.getInputStream(entry), MAX_PART_BYTES)) {
      XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
      try {
        counter.read(xml, body, entry.getName().equals("word/comments.xml"));
      } finally {
        xml.close();
      }
    }
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /** Walks the WordprocessingML elements of one part, counting what matters. */
  private static final class Counter {
    private int insertions;
    private int formattingChanges;
    private int firstChange;
    private int comments;
    private int firstComment;
    private int highlights;
    private int firstHighlight;

    void read(XMLStreamReader xml, boolean body, boolean commentsPart) throws XMLStreamException {
      int paragraph = 0;
      int paragraphPropertiesDepth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT
            && W.equals(xml.getNamespaceURI())
            && xml.getLocalName().equals("pPr")) {
          paragraphPropertiesDepth--;
        }
        if (event != XMLStreamConstants.START_ELEMENT || !W.equals(xml.getNamespaceURI())) {
          continue;
        }
        int here = body ? paragraph : 0;
        switch (xml.getLocalName()) {
          case "p" -> paragraph++;
          case "pPr" -> paragraphPropertiesDepth++;
          case "ins", "del", "moveFrom", "moveTo" -> {
            insertions++;
            firstChange = first(firstChange, here);
          }
          case "rPrChange",
              "pPrChange",
              "sectPrChange",
              "tblPrChange",
              "trPrChange",
              "tcPrChange",
              "numberingChange" -> {
            formattingChanges++;
            firstChange = first(firstChange, here);
          }
          case "comment" -> {
            if (commentsPart) {
              comments++;
            }
          }
          case "commentRangeStart", "commentReference" -> firstComment = first(firstComment, here);
          case "highlight" -> {
            String value = xml.getAttributeValue(W, "val");
            // A highlight on the paragraph mark colours nothing a reader sees.
            if (paragraphPropertiesDepth == 0 && value != null && !value.equals("none")) {
              highlights++;
              firstHighlight = first(firstHighlight, here);
            }
          }
          default -> {
            // other elements carry no editing traces
          }
        }
      }
    }

    private static int first(int known, int paragraph) {
      return known > 0 || paragraph == 0 ? known : paragraph;
    }

    EditingTraces traces() {
      return new EditingTraces(
          insertions,
          formattingChanges,
          firstChange,
          comments,
          comments == 0 ? 0 : firstComment,
          highlights,
          firstHighlight);
    }
  }

  /** Stops reading a part that unpacks to more than a draft ever holds. */
  private static final class CappedStream extends FilterInputStream {
    private final long cap;
    private long read;

    CappedStream(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > cap) {
        throw new IOException("a part of the file unpacks to more than " + cap + " bytes");
      }
    }
  }
}
