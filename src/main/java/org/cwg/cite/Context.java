package org.cwg.cite;

/** The line of text around a citation, as one line a terminal can show. */
final class Context {

  private static final String ELLIPSIS = "…";

  private Context() {}

  /**
   * The paragraph holding {@code [start, end)}, on one line, cut to about {@code width} characters
   * around the citation when longer. Empty when the text is not known.
   */
  static String around(String text, int start, int end, int width) {
    if (text == null || start < 0 || end > text.length() || start > end) {
      return "";
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int slack = Math.max(0, width - (end - start)) / 2;
    int from = Math.max(lineStart, start - slack);
    int to = Math.min(lineEnd, end + slack);
    from = wordStart(text, from, lineStart);
    to = wordEnd(text, to, lineEnd);
    String line = text.substring(from, to).replaceAll("[\\s\\u00a0]+", " ").strip();
    return (from > lineStart ? ELLIPSIS : "") + line + (to < lineEnd ? ELLIPSIS : "");
  }

  private static int wordStart(String text, int at, int limit) {
    int i = at;
    while (i > limit && !Character.isWhitespace(text.charAt(i - 1)) && at - i < 20) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int at, int limit) {
    int i = at;
    while (i < limit && !Character.isWhitespace(text.charAt(i)) && i - at < 20) {
      i++;
    }
    return i;
  }
}
