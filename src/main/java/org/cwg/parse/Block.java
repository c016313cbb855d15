package org.cwg.parse;

/**
 * One paragraph of a parsed document, as the source format presented it.
 *
 * @param text the paragraph's text, without its trailing line break
 * @param style the paragraph's style as Tika reports it ("h1", "title", "headingb", ...), or null
 * @param headingLevel 1..6 when the format marks the paragraph as a heading, else 0
 * @param bold true when every letter of the paragraph is bold
 * @param listItem true when the paragraph belongs to a Word numbered or bulleted list
 * @param region where in the file the paragraph sits
 */
public record Block(
    String text, String style, int headingLevel, boolean bold, boolean listItem, Region region) {

  /** Where a paragraph sits: body text, a table cell, a page header or footer, a footnote. */
  public enum Region {
    BODY,
    TABLE,
    HEADER,
    FOOTER,
    FOOTNOTE,
    COMMENT
  }

  /** A plain body paragraph with no formatting, as in a .txt file. */
  public static Block plain(String text) {
    return new Block(text, null, 0, false, false, Region.BODY);
  }
}
