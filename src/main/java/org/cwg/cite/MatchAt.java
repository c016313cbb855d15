package org.cwg.cite;

import java.util.regex.Matcher;

/**
 * Tries a pattern at one offset only. {@code Matcher.find(offset)} tries the offset and then every
 * later one up to the end of the text, even for a pattern that starts with {@code \G} and so can
 * only match at the offset: on a long meeting report, each failed try of a qualifier or a title
 * after a citation read the whole rest of the report.
 */
final class MatchAt {

  private MatchAt() {}

  /**
   * Whether the pattern matches starting exactly at {@code offset}, with the same result as the
   * first try of {@code find(offset)}: lookbehinds still see the text before the offset, and {@code
   * \G} stands for the offset.
   */
  static boolean offset(Matcher matcher, String text, int offset) {
    return matcher.region(offset, text.length()).useTransparentBounds(true).lookingAt();
  }

  /**
   * Whether a pattern that begins with the lookbehind {@code (?<![\w-])} (or one that excludes
   * more) can match at {@code offset}: not right after an ASCII letter, digit, underscore or
   * hyphen.
   */
  static boolean afterWordBoundary(String text, int offset) {
    if (offset == 0) {
      return true;
    }
    char before = text.charAt(offset - 1);
    return !(before >= 'a' && before <= 'z'
        || before >= 'A' && before <= 'Z'
        || before >= '0' && before <= '9'
        || before == '_'
        || before == '-');
  }
}
