package org.cwg.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into {@link Block}s: one per paragraph, heading or list item, with the
 * paragraph's style, heading level and whether all of its text is bold.
 *
 * <p>Stops with {@link TextLimitException} once more than {@code maxChars} characters arrived,
 * which is what defuses decompression bombs that a size cap on the file cannot see.
 */
final class BlockCollector extends DefaultHandler {

  /** Thrown when a document's text exceeds the configured limit. */
  static final class TextLimitException extends SAXException {
    private static final long serialVersionUID = 1L;

    TextLimitException(long limit) {
      super("more than " + limit + " characters of text");
    }
  }

  private final long maxChars;
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Block.Region> regions = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private long totalChars;
  private int depthInParagraph;
  private String style;
  private int headingLevel;
  private boolean listItem;
  private int boldDepth;
  private int boldLetters;
  private int plainLetters;
  private int listDepth;
  private int tableDepth;
  private int skipDepth;

  BlockCollector(long maxChars) {
    this.maxChars = maxChars;
  }

  List<Block> blocks() {
    return blocks;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    switch (name) {
      case "head", "script", "style", "title" -> skipDepth = 1;
      case "div" -> regions.push(regionOf(atts.getValue("class")));
      case "table" -> tableDepth++;
      case "ul", "ol" -> listDepth++;
      case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> startParagraph(name, atts);
      case "b", "strong" -> boldDepth++;
      case "br" -> text.append('\n');
      default -> {
        // Inline and structural elements we do not model (span, a, tr, td...) pass through.
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (name) {
      case "div" -> {
        flushLooseText();
        if (!regions.isEmpty()) {
          regions.pop();
        }
      }
      case "table" -> tableDepth = Math.max(0, tableDepth - 1);
      case "ul", "ol" -> listDepth = Math.max(0, listDepth - 1);
      case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> endParagraph();
      case "b", "strong" -> boldDepth = Math.max(0, boldDepth - 1);
      case "td", "th" -> flushLooseText();
      default -> {
        // nothing to close
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    totalChars += length;
    if (totalChars > maxChars) {
      throw new TextLimitException(maxChars);
    }
    text.append(ch, start, length);
    for (int i = start; i < start + length; i++) {
      if (Character.isLetterOrDigit(ch[i])) {
        if (boldDepth > 0) {
          boldLetters++;
        } else {
          plainLetters++;
        }
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Between blocks these are layout newlines, not content; inside a paragraph they are the
    // PDF text stripper's line breaks, without which a heading runs into the line after it.
    if (depthInParagraph > 0 && skipDepth == 0) {
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n') {
          text.append('\n');
        }
      }
    }
  }

  @Override
  public void endDocument() {
    flushLooseText();
  }

  private void startParagraph(String name, Attributes atts) {
    if (depthInParagraph++ > 0) {
      // A paragraph inside a list item or another paragraph: close what came before it.
      emit();
      return;
    }
    flushLooseText();
    String cssClass = atts.getValue("class");
    if (name.length() == 2 && name.charAt(0) == 'h') {
      headingLevel = name.charAt(1) - '0';
      style = cssClass == null ? name : cssClass;
    } else {
      headingLevel = 0;
      style = cssClass;
    }
    listItem = name.equals("li") || listDepth > 0 || isListStyle(style);
  }

  /**
   * Word numbers a list with its own numbering, not with list elements: Tika writes the number as
   * text into a plain paragraph, whose style Word sets to "List Paragraph" (or one of the "List
   * Number" and "List Bullet" styles) when the list is made.
   */
  private static boolean isListStyle(String cssClass) {
    if (cssClass == null) {
      return false;
    }
    String c = cssClass.toLowerCase(Locale.ROOT);
    return c.startsWith("list_paragraph")
        || c.startsWith("list_number")
        || c.startsWith("list_bullet");
  }

  private void endParagraph() {
    if (depthInParagraph == 0) {
      return;
    }
    depthInParagraph--;
    emit();
    if (depthInParagraph == 0) {
      style = null;
      headingLevel = 0;
      listItem = false;
    }
  }

  /** Text outside any paragraph element (table cells, plain text bodies) still counts. */
  private void flushLooseText() {
    if (depthInParagraph == 0) {
      emit();
    }
  }

  private void emit() {
    if (text.length() > 0) {
      String paragraph = text.toString();
      boolean bold = boldLetters > 0 && plainLetters == 0;
      Block.Region region = regionOf(style);
      if (region == Block.Region.BODY) {
        region = tableDepth > 0 ? Block.Region.TABLE : currentRegion();
      }
      if (paragraph.indexOf('\n') >= 0 && headingLevel == 0 && !listItem) {
        // Plain text and soft line breaks: one block per line, as the text was laid out.
        for (Block line : PlainTextBlocks.split(paragraph)) {
          blocks.add(new Block(line.text(), style, 0, bold, false, region));
        }
      } else {
        blocks.add(
            new Block(
                paragraph.strip().isEmpty() ? "" : stripLineBreaks(paragraph),
                style,
                headingLevel,
                bold,
                listItem,
                region));
      }
    }
    text.setLength(0);
    boldLetters = 0;
    plainLetters = 0;
  }

  private static String stripLineBreaks(String paragraph) {
    return paragraph.replace('\n', ' ').replace("\r", "");
  }

  private Block.Region currentRegion() {
    for (Block.Region region : regions) {
      if (region != Block.Region.BODY) {
        return region;
      }
    }
    return Block.Region.BODY;
  }

  /** Tika marks regions with div classes for some formats and with paragraph styles for others. */
  private static Block.Region regionOf(String cssClass) {
    if (cssClass == null) {
      return Block.Region.BODY;
    }
    String c = cssClass.toLowerCase(Locale.ROOT);
    if (c.contains("header")) {
      return Block.Region.HEADER;
    }
    if (c.contains("footer")) {
      return Block.Region.FOOTER;
    }
    if (c.contains("footnote") || c.contains("endnote")) {
      return Block.Region.FOOTNOTE;
    }
    if (c.contains("comment") || c.contains("annotation")) {
      return Block.Region.COMMENT;
    }
    return Block.Region.BODY;
  }
}
