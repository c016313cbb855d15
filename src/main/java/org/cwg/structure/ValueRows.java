package org.cwg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of two columns, a label and its value, as PDF text gives it: each row's cells on one line
 * ("Peak power 25 kW", "Modulation QPSK, 16-QAM"), under a header row that names the two columns in
 * a capitalised word each ("Parameter Value"), or in a run of such rows whatever heads them; or
 * rows that open with a value in figures under columns named with their unit ("Band (MHz) Mode
 * Reference", then "1 920-1 980 FDD ..."). Neither the header row nor a row is a heading; a heading
 * over prose stays one, for prose ends its sentences and fills the line before it wraps.
 */
final class ValueRows {

  /** A row's cells fit a line; prose wraps near the page's width. */
  private static final int MAX_ROW = 90;

  /** Rows under the header row looked at for its table's rows, wrapped cells among them. */
  private static final int SPAN = 8;

  /**
   * A header row names each column in a capitalised word, two or three columns at most, a column of
   * measures with its unit in brackets after the word ("Bande (MHz)", "Power (dBW)").
   */
  private static final String COLUMN = "\\p{Lu}[\\p{L}'’-]*(?: \\([^()\\s]{1,12}\\))?";

  private static final Pattern HEADER = Pattern.compile(COLUMN + "(?: " + COLUMN + "){1,2}");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** A label's words, then a value cell with a figure in it ("Codage Turbo-code 3GPP2"). */
  private static final Pattern LABEL_THEN_VALUE = Pattern.compile("\\p{L}[^\\d]*\\s\\S*\\d.*");

  /**
   * A label that numbers a section, then the value's cell opening in a capital after the label's
   * last word ("3.2 Emission characteristics Add the measured levels").
   */
  private static final Pattern SECTION_THEN_VALUE =
      Pattern.compile("\\d+(?:\\.\\d+)*\\s+\\p{Lu}.*\\p{Ll}\\s+\\p{Lu}\\p{Ll}.*");

  /** A figure, its thousands grouped by spaces ("1 920"), perhaps with decimals ("0,5"). */
  private static final String FIGURE = "\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*(?:[.,]\\d+)?";

  /**
   * A value cell in figures, a range or a pair of them ("1 920-1 980 / 2 110-2 170", "2 500"), then
   * the next cell in words ("FDD Resolution 212").
   */
  private static final Pattern FIGURES_THEN_WORDS =
      Pattern.compile("(" + FIGURE + "(?:\\s*[-–/]\\s*" + FIGURE + ")*)\\s+\\p{L}.*");

  /** A cell that is a figure alone, signed or not: "0", "6.2", "–9.8", "12%". */
  private static final Pattern FIGURE_CELL =
      Pattern.compile("(?<=^|\\s)[-–−+]?\\d+(?:[.,]\\d+)?%?(?=\\s|$)");

  private ValueRows() {}

  private static long figureCells(String text) {
    return FIGURE_CELL.matcher(text.strip()).results().count();
  }

  /**
   * Whether the line is such a header row: its first row right under it, and another before any
   * sentence ends.
   */
  static boolean headsRows(List<Line> lines, int index) {
    String text = lines.get(index).text().strip();
    if (!HEADER.matcher(text).matches() || index + 1 >= lines.size() || !isRow(lines, index + 1)) {
      return false;
    }
    for (int i = index + 2; i < Math.min(lines.size(), index + 2 + SPAN); i++) {
      if (isRow(lines, i)) {
        return true;
      }
      if (TableRows.endsSentence(lines.get(i).text())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the line is a row of such a table: a header row above it, no sentence ended since; or
   * the last of three rows in a run with as many cells in figures each, whatever heads them, for
   * headings never come three in a row shaped alike with figures and no prose between.
   */
  static boolean amongRows(List<Line> lines, int index) {
    if (!isRow(lines, index)) {
      return false;
    }
    if (index >= 2 && isRow(lines, index - 1) && isRow(lines, index - 2)) {
      long cells = figureCells(lines.get(index).text());
      if (cells > 0
          && cells == figureCells(lines.get(index - 1).text())
          && cells == figureCells(lines.get(index - 2).text())) {
        return true;
      }
    }
    for (int i = index - 1; i >= Math.max(0, index - SPAN); i--) {
      if (headsRows(lines, i)) {
        return true;
      }
      if (TableRows.endsSentence(lines.get(i).text())) {
        return false;
      }
    }
    return false;
  }

  /**
   * A label then its value with a figure in it, as a line of its own that ends no sentence and is
   * shorter than a wrapped line of prose.
   */
  private static boolean isRow(List<Line> lines, int index) {
    String text = lines.get(index).text().strip();
    return text.length() <= MAX_ROW
        && !TableRows.endsSentence(text)
        && !text.endsWith(":")
        && DIGIT.matcher(text).find()
        && (LABEL_THEN_VALUE.matcher(text).matches()
            || SECTION_THEN_VALUE.matcher(text).matches()
            || opensWithFigures(text));
  }

  /**
   * Whether the line opens with a value cell in figures: grouped or a range, for a heading's or a
   * list item's number is a single figure ("1 Introduction", "2.1 Scope").
   */
  private static boolean opensWithFigures(String text) {
    Matcher m = FIGURES_THEN_WORDS.matcher(text);
    return m.matches() && !m.group(1).chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }
}
