package org.cwg.structure;

import java.util.List;

/**
 * A cheap test to run before a case-insensitive pattern: whether a text contains a word the pattern
 * needs, compared character by character the way {@code Pattern.CASE_INSENSITIVE |
 * Pattern.UNICODE_CASE} compares them (upper-cased, then lower-cased, so that "İ", "ı" and "ſ"
 * count as their ASCII letters). Trying such a pattern at every character of a text costs far more
 * than this one pass, and most texts lack the word.
 */
final class CaseFolding {

  private CaseFolding() {}

  /** Whether {@code text} contains any of the words, in any case. */
  static boolean containsAny(String text, List<String> words) {
    // Folding keeps every character in its place, so a plain search of the folded text finds
    // the folded word wherever the pattern would compare them equal.
    String folded = fold(text);
    for (String word : words) {
      if (folded.contains(fold(word))) {
        return true;
      }
    }
    return false;
  }

  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        chars[i] = fold(c);
      } else if (c >= 'A' && c <= 'Z') {
        // What fold does to ASCII, without its two table look-ups.
        chars[i] = (char) (c | 0x20);
      }
    }
    return new String(chars);
  }
}
