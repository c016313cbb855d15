package org.cwg.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a table-of-contents line: it repeats a heading, so a citation on it is no citation of its
 * own. A contents line ends in its page number after dot leaders ("Resolution 101 ........ 4"), or
 * after a tab when its title stands again in the text as the heading it repeats ("Resolution
 * 101\t4"), or, in Word's text export, is followed by its PAGEREF field.
 */
final class ContentsLines {

  /** Dot leaders before a page number: a contents line whatever follows. */
  private static final Pattern WITH_LEADERS =
      Pattern.compile(
          "(?:[\\p{Alnum}.]{1,8}\\t)?[^\\t]{1,200}"
              + "(?:[ \\u00a0]?(?:\\.[ \\u00a0]?){4,}|[ \\u00a0]?…{2,}[ \\u00a0]?)[ \\u00a0]*\\d{1,3}\\s*");

  /**
   * A tab before a page number, which is also how a table row whose last cell is a figure ends
   * ("1.6\tMOD Resolution 413\t251" under "Agenda item\tText\tDocument"); group {@code title} is
   * what a heading would repeat.
   */
  private static final Pattern WITH_TAB =
      Pattern.compile(
          "(?:[\\p{Alnum}.]{1,8}\\t)?(?<title>[^\\t]{1,200})\\t[ \\u00a0]*\\d{1,3}\\s*");

  /** How many lines after an entry Word's export puts its PAGEREF field. */
  private static final int FIELD_LINES = 3;

  private ContentsLines() {}

  /** Whether the line holding {@code offset} is a table-of-contents line. */
  static boolean holds(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = lineEnd(text, start);
    String line = text.substring(start, end);
    if (WITH_LEADERS.matcher(line).matches()) {
      return true;
    }
    Matcher tabbed = WITH_TAB.matcher(line);
    if (tabbed.matches() && repeatedElsewhere(text, start, end, tabbed.group("title"))) {
      return true;
    }
    for (int field = 0, at = end + 1; field < FIELD_LINES && at < text.length(); field++) {
      int next = lineEnd(text, at);
      if (text.substring(at, next).strip().startsWith("PAGEREF")) {
        return true;
      }
      at = next + 1;
    }
    return false;
  }

  /**
   * Whether a contents entry's title stands in the text outside its own line, in any case (a
   * heading may be capitalised where its entry is not).
   */
  private static boolean repeatedElsewhere(String text, int start, int end, String title) {
    String wanted = title.strip();
    if (wanted.isEmpty()) {
      return false;
    }
    for (int at = 0; at + wanted.length() <= text.length(); at++) {
      if ((at < start || at >= end) && text.regionMatches(true, at, wanted, 0, wanted.length())) {
        return true;
      }
    }
    return false;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
