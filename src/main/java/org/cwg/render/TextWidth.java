package org.cwg.render;

import java.util.regex.Pattern;

/**
 * Widths of text on a terminal: escape codes (bold) take no column, and long values are cut to a
 * width with an ellipsis, at the end for prose and in the middle for paths, whose file name matters
 * most.
 */
public final class TextWidth {

  private static final Pattern ESCAPE = Pattern.compile("\033\\[[0-9;]*m");

  private TextWidth() {}

  /**
   * The columns a line takes: two for each East Asian wide or fullwidth character (Chinese,
   * Japanese, Korean, fullwidth forms), one for any other code point, none for escape codes.
   */
  public static int of(String text) {
    String plain = text.indexOf('\033') < 0 ? text : ESCAPE.matcher(text).replaceAll("");
    return plain.codePoints().map(TextWidth::columns).sum();
  }

  /** The columns one code point takes on a terminal, as wcwidth counts the wide ranges. */
  public static int columns(int codePoint) {
    boolean wide =
        codePoint >= 0x1100 && codePoint <= 0x115F
            || codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F
            || codePoint >= 0xAC00 && codePoint <= 0xD7A3
            || codePoint >= 0xF900 && codePoint <= 0xFAFF
            || codePoint >= 0xFE30 && codePoint <= 0xFE4F
            || codePoint >= 0xFF00 && codePoint <= 0xFF60
            || codePoint >= 0xFFE0 && codePoint <= 0xFFE6
            || codePoint >= 0x20000 && codePoint <= 0x3FFFD;
    return wide ? 2 : 1;
  }

  /** The text cut to {@code width} columns, an ellipsis for what was left out at the end. */
  public static String cutEnd(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    return width <= 1 ? "…".substring(0, Math.max(0, width)) : head(text, width - 1) + "…";
  }

  /**
   * The text cut to {@code width} columns by leaving out its middle: a third of the room for the
   * start, the rest for the end, where a path keeps its file name.
   */
  public static String cutMiddle(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    if (width < 5) {
      return cutEnd(text, width);
    }
    int head = (width - 1) / 3;
    return head(text, head) + "…" + tail(text, width - 1 - head);
  }

  /** The text cut to {@code width} columns by leaving out its start, for a left context. */
  public static String cutStart(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    return width <= 1 ? "" : "…" + tail(text, width - 1);
  }

  /** The longest start of the text within {@code width} columns. */
  private static String head(String text, int width) {
    int columns = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      if (columns + columns(codePoint) > width) {
        break;
      }
      columns += columns(codePoint);
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  /** The longest end of the text within {@code width} columns. */
  private static String tail(String text, int width) {
    int columns = 0;
    int start = text.length();
    while (start > 0) {
      int codePoint = text.codePointBefore(start);
      if (columns + columns(codePoint) > width) {
        break;
      }
      columns += columns(codePoint);
      start -= Character.charCount(codePoint);
    }
    return text.substring(start);
  }
}
