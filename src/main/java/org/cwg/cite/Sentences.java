package org.cwg.cite;

/**
 * Finds the sentence around an offset. A sentence ends at a line break or at a full stop, question
 * or exclamation mark followed by a capital, unless the stop ends a short abbreviation such as
 * "Rev." or "Mr." (citations are full of them: "Rev. Bucharest, 2022").
 */
final class Sentences {

  private static final int SHORTEST_WORD = 4;

  private Sentences() {}

  /** {@code [start, end)} of the sentence holding {@code offset}. */
  static int[] around(String text, int offset) {
    int start = offset;
    while (start > 0 && !endsSentence(text, start - 1)) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !endsSentence(text, end)) {
      end++;
    }
    return new int[] {start, Math.min(text.length(), end + 1)};
  }

  /**
   * {@code [start, end)} of the sentence holding {@code offset}, where a line break ends a sentence
   * only after a sentence's end mark or a blank line: PDF text wraps a sentence at the margin ("El
   * Consejo Económico y Social, en su" / "resolución 2019/24").
   */
  static int[] aroundWrapped(String text, int offset) {
    int start = offset;
    while (start > 0 && !endsWrappedSentence(text, start - 1)) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !endsWrappedSentence(text, end)) {
      end++;
    }
    return new int[] {start, Math.min(text.length(), end + 1)};
  }

  /**
   * The sentence {@code [start, end)} run back over the line break before it when the line before
   * ends on a word, as PDF text breaks a sentence at the margin ("the World Telecommunication
   * Development Conference has revised" / "Resolution 65"); the sentence itself when that line ends
   * on a mark or a bracket, as a heading, a list's lead-in or an item does.
   */
  static int[] withBrokenLineBefore(String text, int[] sentence) {
    int before = sentence[0] - 1;
    if (before < 0 || text.charAt(before) != '\n') {
      return sentence;
    }
    while (before > 0 && (text.charAt(before - 1) == '\r' || text.charAt(before - 1) == ' ')) {
      before--;
    }
    if (before == 0 || !Character.isLetter(text.charAt(before - 1))) {
      return sentence;
    }
    return new int[] {around(text, before - 1)[0], sentence[1]};
  }

  private static boolean endsWrappedSentence(String text, int i) {
    char c = text.charAt(i);
    if (c != '\n' && c != '\r') {
      return endsSentence(text, i);
    }
    int before = i - 1;
    while (before >= 0 && (text.charAt(before) == '\r' || text.charAt(before) == ' ')) {
      before--;
    }
    return before < 0 || ".:;!?\n".indexOf(text.charAt(before)) >= 0;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r') {
      return true;
    }
    if (c != '.' && c != '?' && c != '!') {
      return false;
    }
    int next = i + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next == i + 1 || next >= text.length() || !Character.isUpperCase(text.charAt(next))) {
      return next >= text.length();
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return i - wordStart >= SHORTEST_WORD || wordStart == i;
  }
}
