package org.cwg.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An agenda's table of items as PDF text gives it: a header row of column names ("Item Subject
 * Document"), then rows numbered in their first cell that end with the document's number in the
 * last ("1 Opening of the session C30/1", "2 Budget C30/12"), a long subject wrapping with the
 * number on a line of its own. The header row is no heading.
 */
final class ItemRows {

  /** A header row names its columns in a word or two each. */
  private static final int MAX_HEADER_WORDS = 6;

  /** Lines under the header row looked through for the second row. */
  private static final int SPAN = 6;

  /** A row's wrapped subject takes a line or two before the document's number. */
  private static final int WRAP = 2;

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u202f]+");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** A document's number: letters and figures about a slash ("C30/1(Rev.1)", "TD/12,"). */
  private static final Pattern DOCUMENT =
      Pattern.compile("\\p{L}[\\w.-]*/[\\w.()-]*\\d[\\w.()-]*,?");

  private ItemRows() {}

  /**
   * Whether the line is such a header row: a few capitalised words and no figure, over a row
   * numbered 1 and the row numbered 2, each ending with a document's number.
   */
  static boolean headsRows(List<Line> lines, int index) {
    String text = lines.get(index).text().strip();
    String[] words = SPACE.split(text);
    if (index + 1 >= lines.size()
        || DIGIT.matcher(text).find()
        || words.length < 2
        || words.length > MAX_HEADER_WORDS
        || TableRows.endsSentence(text)) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    if (!isRow(lines, index + 1, 1)) {
      return false;
    }
    for (int i = index + 2; i < Math.min(lines.size(), index + 2 + SPAN); i++) {
      if (isRow(lines, i, 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line opens the row numbered {@code number}, its row ending with a document. */
  private static boolean isRow(List<Line> lines, int index, int number) {
    String[] tokens = SPACE.split(lines.get(index).text().strip());
    if (tokens.length < 2 || !tokens[0].equals(Integer.toString(number))) {
      return false;
    }
    for (int i = index; i < Math.min(lines.size(), index + 1 + WRAP); i++) {
      String[] words = SPACE.split(lines.get(i).text().strip());
      if (DOCUMENT.matcher(words[words.length - 1]).matches()) {
        return true;
      }
      if (i > index && HeadingNumber.parse(lines.get(i).text()).size() > 0) {
        return false;
      }
    }
    return false;
  }
}
