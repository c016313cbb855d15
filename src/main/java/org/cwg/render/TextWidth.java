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

  /** The columns a line takes: code points, escape codes left out. */
  public static int of(String text) {
    String plain = text.indexOf('\033') < 0 ? text : ESCAPE.matcher(text).replaceAll("");
    return plain.codePointCount(0, plain.length());
  }

  /** The text cut to {@code width} columns, an ellipsis for what was left out at the end. */
  public static String cutEnd(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    return width <= 1 ? "…".substring(0, Math.max(0, width)) : text.substring(0, width - 1) + "…";
  }

  /**
   * The text cut to {@code width} columns by leaving out its middle: a third of the room for the
   * start, the rest for the end, where a path keeps its file name.
   */
  public static String cutMiddle(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    if (width < 5) {
      return cutEnd(text, width);
    }
    int head = (width - 1) / 3;
    int tail = width - 1 - head;
    return text.substring(0, head) + "…" + text.substring(text.length() - tail);
  }

  /** The text cut to {@code width} columns by leaving out its start, for a left context. */
  public static String cutStart(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    return width <= 1 ? "" : "…" + text.substring(text.length() - (width - 1));
  }
}
