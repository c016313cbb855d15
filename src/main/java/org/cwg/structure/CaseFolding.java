package org.cwg.structure;

import java.util.List;

/**
 * A cheap test to run before a case-insensitive pattern: whether a text contains a word the
 * pattern needs, compared character by character the way {@code Pattern.CASE_INSENSITIVE |
 * Pattern.UNICODE_CASE} compares them (upper-cased, then lower-cased, so that "İ", "ı" and "ſ"
 * count as their ASCII letters). Trying such a pattern at every character of a text costs far
 * more than this one pass, and most texts lack the word.
 */
final class CaseFolding {

  private CaseFolding() {}

  /** Whether {@code text} contains any of the words, in any case. */
  static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (indexOf(text, fold(word)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  static String fold(String word) {
    StringBuilder folded = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      folded.append(fold(word.charAt(i)));
    }
    return folded.toString();
  }

  private static int indexOf(String text, String folded) {
    for (int at = 0, last = text.length() - folded.length(); at <= last; at++) {
      int i = 0;
      while (i < folded.length() && equalFolded(text.charAt(at + i), folded.charAt(i))) {
        i++;
      }
      if (i == folded.length()) {
        return at;
      }
    }
    return -1;
  }

  private static boolean equalFolded(char c, char folded) {
    if (c == folded) {
      return true;
    }
    if (c < 0x80) {
      // What fold does to ASCII, without its two table look-ups.
      return c >= 'A' && c <= 'Z' && (char) (c | 0x20) == folded;
    }
    return fold(c) == folded;
  }
}
