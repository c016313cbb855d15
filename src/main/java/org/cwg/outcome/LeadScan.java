package org.cwg.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Tries a pattern only where its lead word starts, instead of at every offset of a long report: a
 * report of 70,000 characters names documents a few hundred times.
 */
final class LeadScan {

  private LeadScan() {}

  /**
   * Where each of these lower-case words starts in {@code lower}, in text order: the only places
   * the patterns can match, so that they are not tried at every offset of a long report.
   */
  static List<Integer> leads(String lower, String... words) {
    List<Integer> at = new ArrayList<>();
    for (String word : words) {
      for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
        at.add(i);
      }
    }
    at.sort(null);
    return at;
  }

  /** Where "the" starts when it is the word before {@code at} (spaces between), else -1. */
  static int theBefore(String lower, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
      end--;
    }
    int start = end - 3;
    boolean wordStart = start == 0 || start > 0 && !Character.isLetter(lower.charAt(start - 1));
    return end < at && start >= 0 && wordStart && lower.startsWith("the", start) ? start : -1;
  }

  static boolean lookingAt(Matcher m, String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    m.region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    return m.lookingAt();
  }

  /** ASCII letters lower-cased, every other character kept, so that offsets stay the same. */
  static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
