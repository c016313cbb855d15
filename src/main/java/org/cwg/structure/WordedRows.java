package org.cwg.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of three columns or more as PDF text gives it, its cells in words as often as in figures:
 * a header row that names the columns tersely, each name opening in a capital ("Item Owner Target
 * date"), then rows of longer cells run together on a line each ("Review of the work plan Chair
 * June 2025"), short and ending no sentence. Neither the header row nor a row is a heading; the
 * table ends at the first line shorter than a row, where a heading may stand again.
 */
final class WordedRows {

  /** A row's cells fit a line; prose wraps near the page's width. */
  private static final int MAX_ROW = 90;

  /** A header row names its columns in a word or two each. */
  private static final int MAX_HEADER_WORDS = 6;

  /** Three columns at least: a two-column table is a label and its value ({@link ValueRows}). */
  private static final int MIN_COLUMNS = 3;

  /** Rows under the header row looked through for a row's header. */
  private static final int SPAN = 8;

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u202f]+");

  /** A sentence that ends inside the line and the next that opens after it: prose, no row. */
  private static final Pattern SENTENCE_INSIDE =
      Pattern.compile("\\p{Ll}{4,}[\"”»’)]?[.!?][\"”»’]?\\s+\\p{Lu}");

  /** A list's item marker ("1)", "(b)"), which no row opens with. */
  private static final Pattern ITEM_MARK = Pattern.compile("\\(?\\w{1,3}\\)\\s.*");

  private WordedRows() {}

  /**
   * Whether the line is such a header row: no figure, a few words, three of them capitalised as
   * column names open; the two lines under it rows, the first longer than the header row, for a
   * header row names what its rows spell out (a heading over a header row is no shorter than it).
   */
  static boolean headsRows(List<Line> lines, int index) {
    if (index + 2 >= lines.size()) {
      return false;
    }
    String text = lines.get(index).text().strip();
    String[] words = SPACE.split(text);
    int columns = columns(words);
    // Plain text joins cells by tabs, which tell its tables apart ({@link TableRows}).
    return !DIGIT.matcher(text).find()
        && text.indexOf('\t') < 0
        && isShort(text)
        && words.length <= MAX_HEADER_WORDS
        && columns >= MIN_COLUMNS
        && isRow(lines.get(index + 1).text(), columns)
        && SPACE.split(lines.get(index + 1).text().strip()).length > words.length
        && isRow(lines.get(index + 2).text(), columns);
  }

  /**
   * Whether the line is a row of such a table: a header row above it, and only rows between them.
   */
  static boolean amongRows(List<Line> lines, int index) {
    return header(lines, index) >= 0;
  }

  /**
   * Whether a table of such rows ends right above the line: the line above is a row, and the line
   * itself none, shorter than a row as a heading after the table is.
   */
  static boolean endsAbove(List<Line> lines, int index) {
    if (index < 1) {
      return false;
    }
    int header = header(lines, index - 1);
    return header >= 0 && !isRow(lines.get(index).text(), columns(lines.get(header).text()));
  }

  /** The index of the header row over the row at {@code index}, or -1 when it is no such row. */
  private static int header(List<Line> lines, int index) {
    for (int i = index - 1; i >= Math.max(0, index - SPAN); i--) {
      if (headsRows(lines, i)) {
        int columns = columns(lines.get(i).text());
        for (int row = i + 1; row <= index; row++) {
          if (!isRow(lines.get(row).text(), columns)) {
            return -1;
          }
        }
        // Over prose, the last row still shows its cells, a figure or a capital opening one; a
        // heading's words run on in lower case.
        String text = lines.get(index).text();
        boolean overProse =
            index + 1 < lines.size() && !isShort(lines.get(index + 1).text().strip());
        return !overProse || DIGIT.matcher(text).find() || columns(text) >= 2 ? i : -1;
      }
    }
    return -1;
  }

  /**
   * A row: short, no sentence or label ending it, no heading's number or bullet opening it, and as
   * many words as its header row names columns.
   */
  private static boolean isRow(String line, int columns) {
    String text = line.strip();
    return isShort(text)
        && !text.endsWith(":")
        && !SENTENCE_INSIDE.matcher(text).find()
        && !ITEM_MARK.matcher(text).matches()
        && Character.isLetterOrDigit(text.codePointAt(0))
        && HeadingNumber.parse(text).isEmpty()
        && SPACE.split(text).length >= columns;
  }

  private static boolean isShort(String text) {
    return !text.isEmpty() && text.length() <= MAX_ROW && !TableRows.endsSentence(text);
  }

  private static int columns(String line) {
    return columns(SPACE.split(line.strip()));
  }

  /** The header row's words that open in a capital, as each column's name does. */
  private static int columns(String[] words) {
    int columns = 0;
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        columns++;
      }
    }
    return columns;
  }
}
