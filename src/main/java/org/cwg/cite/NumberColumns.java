package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;

/**
 * The bare numbers of a table column headed by a word naming what they number: a report lists the
 * texts of a series by number alone under a heading such as "Document" or "Resolution" ("Document |
 * Text | Action" over "108 | Resolution 2 | Approved"), as its text says "Document 108"; a
 * committee's report lists several a cell ("Agenda item | Documents | Outcome" over "1.2 |
 * 12(Add.2), 30 | Approved"). Plain text and PDF text give a row on one line, its cells joined by
 * tabs or spaces; Word text gives each cell a line of its own, so a column's next cell comes as
 * many lines further as the table has columns. Thread-safe.
 */
final class NumberColumns {

  /** A column of documents, in ITU's languages, perhaps with a number sign. */
  static final NumberColumns DOCUMENTS =
      new NumberColumns("(?iu:Documents?|Documentos?|Doc\\.|Документы?|Док\\.)", true);

  /**
   * A column of resolutions, in ITU's languages, perhaps with a number sign: the word alone heads
   * it, since a word before names other texts ("Draft resolution" heads drafts' names, not
   * numbers).
   */
  static final NumberColumns RESOLUTIONS =
      new NumberColumns("(?iu:R[eé]solutions?|Resoluci(?:[oó]n|ones)|Резолюци[яи]|Res\\.)", false);

  /**
   * A heading cell of Word text: the word alone, or after a word saying which texts the column
   * lists ("Source documents", "Input documents"), as a committee's report heads it.
   */
  private final Pattern headingAlone;

  /**
   * A header row of plain or PDF text: the word, then other headings after a tab or a space, never
   * a number (the cover's "Document 115-E") nor a sentence's punctuation.
   */
  private final Pattern headingRow;

  /**
   * A header row of PDF text whose column is not the first: headings of words before the word
   * ("Agenda item Documents Outcome"), spaces between them.
   */
  private final Pattern headingLater;

  /** The same header row when the column is its last: nothing after the word. */
  private final Pattern headingLast;

  /**
   * @param word the word heading the column; a number sign may follow it
   * @param wordsBefore whether words may come before the word, in its cell ("Source documents") or
   *     as earlier headings of a PDF row
   */
  private NumberColumns(String word, boolean wordsBefore) {
    String heading = word + "(?:[ \\u00a0]*(?iu:No\\.?|N[°º]|№))?";
    headingAlone = Pattern.compile((wordsBefore ? "(?:\\p{L}+[ \\u00a0]+)?" : "") + heading);
    headingRow = Pattern.compile(heading + "(?:(?:\\t|[ \\u00a0]+(?=\\p{L}))[^\\d,;:.]*)?");
    // A pattern that matches no line when no words may come before the word.
    String before = wordsBefore ? "\\p{L}[^\\d,;:.\\t]*[ \\u00a0]" : "(?!)";
    headingLater = Pattern.compile(before + headingRow.pattern());
    headingLast = Pattern.compile(before + heading);
  }

  /**
   * The study group an ITU-R cell prints before the number ("6/162" in a study group's report,
   * whose documents are numbered in the group's series), or none.
   */
  private static final String PRINTED_GROUP = DocumentNumber.ITU_R_STUDY_GROUP + "/";

  private static final String NUMBER =
      "(?<printed>"
          + PRINTED_GROUP
          + ")?(?<number>\\d{1,3})(?<amendment>\\((?:Rev|Add|Corr)\\.[ \\u00a0]?\\d{1,2}\\))?";

  /** One number of a cell, perhaps amended. */
  static final Pattern ONE = Pattern.compile(NUMBER);

  private static final String AMENDED =
      "(?:" + PRINTED_GROUP + ")?\\d{1,3}(?:\\((?:Rev|Add|Corr)\\.[ \\u00a0]?\\d{1,2}\\))?";

  /**
   * The numbers of a cell: one, or several a comma apart ("12(Add.2), 25(Add.1), 30"), as a
   * committee's report lists the proposals it considered under each item.
   */
  private static final String NUMBERS = AMENDED + "(?:[ \\u00a0]*,[ \\u00a0]*" + AMENDED + ")*";

  /** A Word cell: numbers of the series alone, perhaps with a note ("34 (Annex)"). */
  private static final Pattern CELL_ALONE =
      Pattern.compile(NUMBERS + "(?=(?:[ \\u00a0]*\\(\\p{L}[^()\\d]*\\))?$)");

  /**
   * A row of plain or PDF text opening with the numbers: the next cell after a tab, or after a
   * space and beginning with a letter, never a figure ("42 1 250 000" counts documents). The row
   * may end on the cell: a lookahead that sees past a row's bounds sees its line break there.
   */
  private static final Pattern CELL_IN_ROW =
      Pattern.compile(NUMBERS + "(?=\\t|$|[ \\u00a0]*[\\r\\n]|[ \\u00a0]+\\p{L})");

  /**
   * The same cell past the row's first, which PDF text joins to it with a space; never a group of a
   * figure's digits ("1 250 000"), three digits after a digit and a space.
   */
  private static final Pattern CELL_LATER_IN_ROW =
      Pattern.compile(
          "(?<=[ \\u00a0])(?!(?<=\\d[ \\u00a0])\\d{3}(?![\\d(]))" + CELL_IN_ROW.pattern());

  /**
   * The cell of a PDF row under a last heading: the numbers ending the row, never those of a text
   * the row names before ("Resolution 22 Revised 37(Add.2)"), even when that text's number comes
   * right before ("Appendix 17 289"); never a figure's later groups ("2 400 000"), no document's
   * number beginning with a zero.
   */
  private static final Pattern CELL_ENDING_ROW =
      Pattern.compile(
          "(?<=[ \\u00a0])(?!0)(?!(?<=\\d[ \\u00a0]\\d{3}[ \\u00a0])\\d{3}(?![\\d(]))"
              + NUMBERS
              + "(?=[ \\u00a0]*(?:[\\r\\n]|$))");

  /** A header row is short; a longer line starting with the word is a paragraph. */
  private static final int LONGEST_HEADING = 60;

  /** The most columns a table of documents has, and so the farthest its first row's cell. */
  private static final int MOST_COLUMNS = 8;

  /** The most further lines a wrapped cell of a PDF row takes before the row's last cell. */
  private static final int MOST_WRAPPED_LINES = 3;

  /**
   * The cells of the text's columns of numbers, each the numbers of one cell in the order found; a
   * column counts from two rows on, since one number under the word may be anything else's.
   */
  List<Matcher> cells(String text) {
    List<Matcher> found = new ArrayList<>();
    List<int[]> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
      if (line.length() > LONGEST_HEADING) {
        continue;
      }
      List<Matcher> cells = cellsUnder(text, lines, i, line);
      if (cells.size() >= 2) {
        found.addAll(cells);
      }
    }
    return found;
  }

  /**
   * The cells of the column a header line heads, row after row: in plain text the tab-separated
   * field under the word; in PDF text the row's first numbers, or when other headings come before
   * the word its first standing after a space, or those ending it when the word is the last
   * heading; in Word text a cell on each line, the column's next cell as many lines on as the table
   * has columns. None when the line heads no such column.
   */
  private List<Matcher> cellsUnder(String text, List<int[]> lines, int i, String line) {
    List<Matcher> cells = new ArrayList<>();
    boolean tabbed = line.indexOf('\t') >= 0;
    int field = tabbed ? fieldOfWord(line) : -1;
    if (field > 0) {
      for (int row = i + 1; ; row++) {
        Matcher cell = fieldAt(text, lines, row, field);
        if (cell == null) {
          return cells;
        }
        cells.add(cell);
      }
    }
    Pattern cellPattern = CELL_ALONE;
    int columns = 0;
    Pattern later = null;
    if (headingRow.matcher(line).matches() && cellAt(CELL_IN_ROW, text, lines, i + 1) != null) {
      cellPattern = CELL_IN_ROW;
      columns = 1;
    } else if (!tabbed && headingLater.matcher(line).matches()) {
      // A last column's cell ends its row; an earlier one's is the first numbers after the row's
      // opening cells, which may name texts by number themselves.
      later = headingLast.matcher(line).matches() ? CELL_ENDING_ROW : CELL_LATER_IN_ROW;
      columns = laterCellAt(later, text, lines, i + 1) != null ? 1 : 0;
    }
    // A Word heading cell of words before the word reads like a PDF header row: try both.
    if (columns == 0 && headingAlone.matcher(line).matches()) {
      cellPattern = CELL_ALONE;
      later = null;
      columns = firstCellAfter(text, lines, i);
    }
    for (int row = i + columns; columns > 0; row += columns) {
      Matcher cell =
          later != null
              ? laterCellAt(later, text, lines, row)
              : cellAt(cellPattern, text, lines, row);
      if (cell == null && later == CELL_ENDING_ROW) {
        cell = cellAfterWrap(text, lines, row);
      }
      if (cell == null) {
        break;
      }
      cells.add(cell);
      row = later != null ? lineOf(lines, cell.end()) : row;
    }
    return cells;
  }

  /**
   * The last cell of a PDF row whose earlier cell wrapped: Word writes a row cell by cell, so the
   * cell comes alone on a line after the wrapped cell's further lines, none of them a sentence's
   * end; or null.
   */
  private static Matcher cellAfterWrap(String text, List<int[]> lines, int row) {
    for (int k = 1; k <= MOST_WRAPPED_LINES && row + k < lines.size(); k++) {
      String previous = text.substring(lines.get(row + k - 1)[0], lines.get(row + k - 1)[1]);
      if (previous.isBlank() || previous.strip().endsWith(".")) {
        return null;
      }
      Matcher cell = cellAt(CELL_ALONE, text, lines, row + k);
      if (cell != null) {
        return cell;
      }
    }
    return null;
  }

  /** The index of the line holding an offset. */
  private static int lineOf(List<int[]> lines, int offset) {
    int index = 0;
    while (index + 1 < lines.size() && lines.get(index + 1)[0] <= offset) {
      index++;
    }
    return index;
  }

  /** Which tab-separated field of a header row is the word, the others holding no figure; or -1. */
  private int fieldOfWord(String line) {
    String[] fields = line.split("\t", -1);
    int field = -1;
    for (int f = 0; f < fields.length; f++) {
      if (headingAlone.matcher(fields[f].strip()).matches()) {
        field = field < 0 ? f : field;
      } else if (fields[f].chars().anyMatch(Character::isDigit)) {
        return -1;
      }
    }
    return field;
  }

  /** The numbers filling a row's tab-separated field, or null. */
  private static Matcher fieldAt(String text, List<int[]> lines, int index, int field) {
    if (index >= lines.size()) {
      return null;
    }
    int start = lines.get(index)[0];
    int end = lines.get(index)[1];
    for (int f = 0; f < field; f++) {
      int tab = text.indexOf('\t', start);
      if (tab < 0 || tab >= end) {
        return null;
      }
      start = tab + 1;
    }
    int tab = text.indexOf('\t', start);
    Matcher cell = CELL_IN_ROW.matcher(text).region(start, tab < 0 || tab > end ? end : tab);
    return cell.matches() ? cell : null;
  }

  /** The first numbers of a PDF row standing as a cell of their own past its first, or null. */
  private static Matcher laterCellAt(Pattern pattern, String text, List<int[]> lines, int index) {
    if (index >= lines.size()) {
      return null;
    }
    Matcher cell = pattern.matcher(text).region(lines.get(index)[0], lines.get(index)[1]);
    cell.useTransparentBounds(true);
    return cell.find() ? cell : null;
  }

  /**
   * How many lines after a heading cell of Word text its column's first cell comes, which is the
   * table's number of columns; 0 when no two cells of numbers come that far apart.
   */
  private static int firstCellAfter(String text, List<int[]> lines, int heading) {
    // The column's cell of the first row and of the next are a row's width apart: the stride is the
    // table's number of columns, whatever columns come before the word's.
    for (int k = 1; k <= MOST_COLUMNS && heading + k < lines.size(); k++) {
      if (cellAt(CELL_ALONE, text, lines, heading + k) != null
          && cellAt(CELL_ALONE, text, lines, heading + 2 * k) != null) {
        return k;
      }
    }
    return 0;
  }

  private static Matcher cellAt(Pattern pattern, String text, List<int[]> lines, int index) {
    if (index >= lines.size()) {
      return null;
    }
    Matcher cell = pattern.matcher(text);
    cell.region(lines.get(index)[0], lines.get(index)[1]);
    return cell.lookingAt() ? cell : null;
  }

  /** The text's lines as offsets, end exclusive, without their line breaks. */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      lines.add(new int[] {start, stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop});
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return lines;
  }
}
