package org.cwg.cite;

import java.util.regex.Pattern;

/**
 * Tells a table-of-contents line: it repeats a heading, so a citation on it is no citation of its
 * own. A contents line ends in its page number after a tab or dot leaders ("Resolution 101\t4",
 * "Resolution 101 ........ 4"), or, in Word's text export, is followed by its PAGEREF field.
 */
final class ContentsLines {

  private static final Pattern WITH_PAGE =
      Pattern.compile(
          "(?:[\\p{Alnum}.]{1,8}\\t)?[^\\t]{1,200}"
              + "(?:\\t|[ \\u00a0]?(?:\\.[ \\u00a0]?){4,}|[ \\u00a0]?…{2,}[ \\u00a0]?)[ \\u00a0]*\\d{1,3}\\s*");

  /** How many lines after an entry Word's export puts its PAGEREF field. */
  private static final int FIELD_LINES = 3;

  private ContentsLines() {}

  /** Whether the line holding {@code offset} is a table-of-contents line. */
  static boolean holds(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = lineEnd(text, start);
    if (WITH_PAGE.matcher(text.substring(start, end)).matches()) {
      return true;
    }
    for (int line = 0, at = end + 1; line < FIELD_LINES && at < text.length(); line++) {
      int next = lineEnd(text, at);
      if (text.substring(at, next).strip().startsWith("PAGEREF")) {
        return true;
      }
      at = next + 1;
    }
    return false;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
