package org.cwg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as PDF text gives it when each cell takes a line of its own: a header row of column names
 * ("Band", "Uplink (MHz)", "Downlink (MHz)"), then its rows cell by cell ("Urban", "20", "20",
 * "Rural", "5", "5"). A column of figures or dates comes back every as many lines as there are
 * columns; the column names have no figure. Neither a column's name nor a cell is a heading,
 * however it reads ("J. Smith" among cells is a person, no lettered heading).
 */
final class CellLines {

  /** A table of one column is a list; six columns fill a page's width. */
  private static final int MIN_COLUMNS = 2;

  private static final int MAX_COLUMNS = 6;

  /** Two rows at least show a column of figures coming back. */
  private static final int MIN_ROWS = 2;

  /** A cell fits a narrow column; a longer line is prose. */
  private static final int MAX_CELL = 50;

  /** How far around a line its table's start is looked for. */
  private static final int SPAN = 40;

  /** A cell in figures alone: a value, a date, a range ("5", "2,5", "2031-06", "10-20", "12%"). */
  private static final Pattern FIGURES = Pattern.compile("[-–−+]?\\d[\\d.,/:–-]*%?");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private CellLines() {}

  /** Whether the line names one of such a table's columns. */
  static boolean headsRows(List<Line> lines, int index) {
    for (int first = index + 1; first <= index + MAX_COLUMNS && first < lines.size(); first++) {
      int columns = first - index;
      for (int n = Math.max(MIN_COLUMNS, columns); n <= MAX_COLUMNS; n++) {
        if (rows(lines, first, n) >= MIN_ROWS && opens(lines, first, n)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the line is a cell of such a table, or names one of its columns. */
  static boolean amongRows(List<Line> lines, int index) {
    for (int first = index; first >= Math.max(0, index - SPAN); first--) {
      if (!isCell(lines.get(first).text())) {
        return false;
      }
      for (int n = MIN_COLUMNS; n <= MAX_COLUMNS; n++) {
        int rows = rows(lines, first, n);
        if (rows >= MIN_ROWS && index < first + rows * n && opens(lines, first, n)) {
          return true;
        }
      }
    }
    return headsRows(lines, index);
  }

  /**
   * Whether the rows of {@code columns} cells at {@code first} are the table's own, no earlier line
   * opening them as well: read from a later line, the column names' last cells and the first row's
   * would pass for a header row, and the line under the table for a last row's cell.
   */
  private static boolean opens(List<Line> lines, int first, int columns) {
    for (int k = 1; k < columns; k++) {
      if (first - k >= 0 && rows(lines, first - k, columns) >= MIN_ROWS) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many rows of {@code columns} cells start at {@code first} under a header row of as many
   * column names with no figure: each column in figures in every row or in none, one at least in
   * figures; 0 when there is no such header row.
   */
  private static int rows(List<Line> lines, int first, int columns) {
    if (first < columns) {
      return 0;
    }
    for (int i = first - columns; i < first; i++) {
      String name = lines.get(i).text().strip();
      if (!isCell(name) || DIGIT.matcher(name).find()) {
        return 0;
      }
    }
    boolean[] figures = null;
    int rows = 0;
    for (int row = first; row + columns <= lines.size(); row += columns) {
      boolean[] kinds = new boolean[columns];
      boolean cells = true;
      for (int c = 0; c < columns && cells; c++) {
        String text = lines.get(row + c).text();
        cells = isCell(text);
        kinds[c] = FIGURES.matcher(text.strip()).matches();
      }
      if (!cells || figures != null && !Arrays.equals(figures, kinds)) {
        break;
      }
      figures = kinds;
      rows++;
    }
    if (figures == null) {
      return 0;
    }
    for (boolean figure : figures) {
      if (figure) {
        return rows;
      }
    }
    return 0;
  }

  /** A cell: a short line that ends no sentence and introduces nothing. */
  private static boolean isCell(String line) {
    String text = line.strip();
    return !text.isEmpty()
        && text.length() <= MAX_CELL
        && !text.endsWith(":")
        && !TableRows.endsSentence(text);
  }
}
