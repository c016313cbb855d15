package org.cwg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's rows as plain text and PDF text give them, their cells run together on one line:
 * "Satellite filings\t4 000 000\t1 150 000", "Publications 2 500 000 2 310 000", "Mean power 50 W
 * 40 W". The line above such a row is the table's header row ("Product Planned (CHF) Received
 * (CHF)"), never a heading; nor is a row whose first cell reads as a heading's number ("B 0,5
 * 0,8").
 */
final class TableRows {

  /** A row fits a line; a longer one ending in figures is a paragraph PDF wrapped mid-amount. */
  private static final int MAX_ROW = 80;

  /**
   * The units a measured value is printed with after its figure ("2,4 %", "13,5 MHz", "6 dBi"): SI
   * symbols with their prefixes, decibels, and the percent and degree signs.
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "%|‰|°[CF]?|dB[a-zA-Z]{0,2}|[kMGTmµμn]?(?:Hz|W|bit/s|b/s|B|m|s|g)|km²|m²|h|min|ms|kbit/s");

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private static final Pattern DASH = Pattern.compile("[-–—]");

  private TableRows() {}

  /**
   * Whether the line is a label (words, or the year a row gives figures for) followed by two
   * figures or more, each perhaps with its unit, a dash for a cell with no value, not all of them
   * years ("2024 2025" may head columns; a year alone is no amount).
   */
  static boolean isRowOfFigures(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_ROW || text.endsWith(".")) {
      return false;
    }
    String[] tokens = text.split("[\\s\\u00a0\\u202f]+");
    int figures = 0;
    int empty = 0;
    boolean amount = false;
    int i = tokens.length - 1;
    while (i > 0) {
      // A dash alone is a cell with no value ("2008 11.0 –"); one before a figure joins a range.
      if (DASH.matcher(tokens[i]).matches()
          && (i == tokens.length - 1 || !isFigure(tokens[i + 1]))) {
        empty++;
        i--;
        continue;
      }
      int figure = i > 1 && UNIT.matcher(tokens[i]).matches() ? i - 1 : i;
      if (!isFigure(tokens[figure])) {
        break;
      }
      figures++;
      amount |= figure < i || !YEAR.matcher(tokens[figure]).matches();
      i = figure - 1;
    }
    // A table of yearly figures opens each row with its year ("2023 1 517 23.9").
    boolean labelled =
        tokens[0].codePoints().anyMatch(Character::isLetter) || YEAR.matcher(tokens[0]).matches();
    // Empty cells count among two figures at least, the row's year one of them ("Annex 1 –" none).
    int values = figures + (YEAR.matcher(tokens[0]).matches() ? 1 : 0);
    return labelled && figures + empty >= 2 && (empty == 0 || values >= 2) && amount;
  }

  /**
   * Whether the line heads the next as a table's header row does its first row: the next is a row
   * of figures, or plain text gives both as cells joined by tabs, as many in each, and neither
   * opens with a heading's number ("3\tResults" is a heading, "Item\tValue" a header row).
   */
  static boolean headsRow(String line, String next) {
    if (next == null) {
      return false;
    }
    if (isRowOfFigures(next)) {
      return true;
    }
    int cells = cells(line);
    // A table numbers its rows in their first cell ("1\tOpening\tDoc/1" under "Item\tDocument"):
    // the row under may open with a number, the header row itself never does.
    // Over a numbered row, a header row names its columns: a label and its value ("Abstract:\tThis
    // paper ...") are a field, a bullet and its words ("•\tkeep ...") a list's item.
    String first = firstCell(line);
    return cells >= 2
        && cells == cells(next)
        && HeadingNumber.parse(line).isEmpty()
        && (HeadingNumber.parse(next).isEmpty()
            || !first.endsWith(":") && first.codePoints().anyMatch(Character::isLetter));
  }

  /**
   * Whether plain text gives the line as three cells or more joined by tabs, as many as the line
   * above or below, or as the first of two-cell rows under a header row: a table's row whatever its
   * first cell, for a heading's number takes one tab before its title ("1\tScope"), never a row of
   * them ("1\t205/3\tPropagation\tDeletion").
   */
  static boolean amongCells(String previous, String line, String next) {
    int cells = cells(line);
    boolean nextRow = next != null && cells(next) == cells;
    // Two cells ("A\tNo change") may be a heading's number and title, unless a header row heads
    // them and another row follows.
    // A contents line ends in its page ("1\tIncome\t2"): the table of contents reads those.
    return cells >= 3
            && !line.strip().matches(".*\t\\d+")
            && (previous != null && cells(previous) == cells || nextRow)
        || cells == 2
            && nextRow
            && previous != null
            && headsRow(previous, line)
            && !firstCell(line).contains(".")
            && !firstCell(next).contains(".");
  }

  /** An outline goes deeper under a heading ("1", then "1.1"); a table numbers rows alike. */
  private static String firstCell(String line) {
    return line.strip().split("\t")[0].strip();
  }

  /**
   * Whether the line is a row of figures among others, before or after it: a table's row, whatever
   * its first cell ("A 1 0,3" under "Constellation Step (s) Gap (dB)" is no heading "A").
   */
  static boolean amongRows(String previous, String line, String next) {
    return isRowOfFigures(line)
        && (previous != null && isRowOfFigures(previous) || next != null && isRowOfFigures(next));
  }

  /**
   * Whether a line or the one right above it ({@code above}) is among a table's rows, or heads
   * them.
   */
  static boolean nearRows(List<Line> lines, int above, int index) {
    String before = above > 0 ? lines.get(above - 1).text() : null;
    String after = index + 1 < lines.size() ? lines.get(index + 1).text() : null;
    String heading = lines.get(above).text();
    String text = lines.get(index).text();
    return amongRows(before, heading, text)
        || amongRows(heading, text, after)
        || headsRow(text, after);
  }

  /**
   * Whether a table starts right under the line: the next line heads the table's first row (cells
   * as many as its own, or figures), and the line itself is no row and heads none. A table is a
   * section's body as prose is, so the line over its header row may name the section.
   */
  static boolean startsBelow(List<Line> lines, int index) {
    if (index + 2 >= lines.size()) {
      return false;
    }
    String text = lines.get(index).text();
    String header = lines.get(index + 1).text();
    return cells(text) == 1
        && !isRowOfFigures(text)
        && !headsRow(text, header)
        && headsRow(header, lines.get(index + 2).text());
  }

  /**
   * Whether the line right above {@code index} is a table's last row: a row among others (of
   * figures, or of as many cells as plain text joins by tabs, no heading's number first), and the
   * line itself no row.
   */
  static boolean endsRows(List<Line> lines, int index) {
    if (index < 2) {
      return false;
    }
    String before = lines.get(index - 2).text();
    String row = lines.get(index - 1).text();
    String text = lines.get(index).text();
    if (isRowOfFigures(text) || cells(text) > 1) {
      return false;
    }
    // "5.2.1\tThe group ..." is a numbered paragraph, its number's tab no cell's.
    return amongRows(before, row, null)
        || cells(row) >= 2
            && cells(row) == cells(before)
            && HeadingNumber.parse(row).isEmpty()
            && HeadingNumber.parse(before).isEmpty();
  }

  /** How far under its header row a table's rows are still looked for. */
  private static final int ROWS_SPAN = 30;

  /** Lines under a header row in which its second row of references is looked for. */
  private static final int NEXT_ROW_SPAN = 6;

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** A sector's designation, in capitals with its letter after a hyphen ("ITU-R", "UIT-T"). */
  private static final Pattern SECTOR = Pattern.compile("\\p{Lu}{2,}-\\p{Lu}");

  /** A capitalised word a PDF ran into the reference before it ("SG2RGQ/246Kenya"). */
  private static final Pattern GLUED_WORD = Pattern.compile("(#[^\\p{L}]*)\\p{Lu}\\p{Ll}.*");

  /**
   * Whether the line names a table's columns over rows that open with references of one shape, as
   * PDF text gives an ITU table of documents, Recommendations, Questions or Resolutions: the cells
   * of a row on one line ("Document Source Title", then "SG2RGQ/12 Kenya ...", "SG2RGQ/14 Peru
   * ..."). A header row has two words or more and no figure; its first row sits right under it.
   */
  static boolean headsReferenceRows(List<Line> lines, int index) {
    String text = lines.get(index).text().strip();
    if (index + 1 >= lines.size()
        || DIGIT.matcher(text).find()
        || text.split("\\s+").length < 2
        || endsSentence(text)) {
      return false;
    }
    String key = referenceKey(lines.get(index + 1).text());
    if (key == null) {
      return false;
    }
    for (int i = index + 2; i < Math.min(lines.size(), index + 2 + NEXT_ROW_SPAN); i++) {
      if (key.equals(referenceKey(lines.get(i).text()))) {
        return true;
      }
      if (endsSentence(lines.get(i).text().strip())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the line is a row of such a table: its reference has the shape of the first row's, and
   * no sentence ends between it and the header row.
   */
  static boolean amongReferenceRows(List<Line> lines, int index) {
    String key = referenceKey(lines.get(index).text());
    if (key == null) {
      return false;
    }
    for (int i = index - 1; i >= Math.max(0, index - ROWS_SPAN); i--) {
      if (key.equals(referenceKey(lines.get(i + 1).text())) && headsReferenceRows(lines, i)) {
        return true;
      }
      if (endsSentence(lines.get(i).text().strip())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The shape of the reference a line opens with, figures as "#": "ITU-R P.#-#", "#C/#",
   * "SG#RGQ/#", "Resolution #"; null when it opens with none, or with a mere number ("1", "2)"),
   * which a list numbers its items with.
   */
  static String referenceKey(String line) {
    String[] tokens = line.strip().split("\\s+", 4);
    String key;
    if (DIGIT.matcher(tokens[0]).find()) {
      key = shape(tokens[0]);
    } else if (tokens.length > 1 && DIGIT.matcher(tokens[1]).find()) {
      key = tokens[0] + " " + shape(tokens[1]);
    } else if (tokens.length > 2
        && SECTOR.matcher(tokens[1]).matches()
        && DIGIT.matcher(tokens[2]).find()) {
      // A Resolution or Recommendation names its sector before its number ("Resolution ITU-R 4-5").
      key = tokens[0] + " " + tokens[1] + " " + shape(tokens[2]);
    } else {
      return null;
    }
    return key.codePoints().anyMatch(c -> Character.isLetter(c) || c == '/') ? key : null;
  }

  private static String shape(String token) {
    String shape = token.replaceAll("\\d+", "#");
    Matcher glued = GLUED_WORD.matcher(shape);
    return glued.find() ? shape.substring(0, glued.end(1)) : shape;
  }

  /** Whether the line ends a sentence, which no table cell does. */
  static boolean endsSentence(String line) {
    String text = line.strip();
    return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** The cells plain text joins by tabs; 1 for a line without a tab. */
  private static int cells(String line) {
    String[] cells = line.strip().split("\t+");
    for (String cell : cells) {
      if (cell.isBlank()) {
        return 1;
      }
    }
    return cells.length;
  }

  private static boolean isFigure(String token) {
    return token.matches("\\d[\\d.,']*%?");
  }
}
