package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentReference;

/**
 * The bare numbers of a table column headed "Document": a meeting's report lists the documents of
 * its series by number alone there ("Document | Text | Action" over "108 | Resolution 2 |
 * Approved"), as its text says "Document 108". Plain text and PDF text give a row on one line, its
 * cells joined by tabs or spaces, so there the column is the first; Word text gives each cell a
 * line of its own, so a column's next cell comes as many lines further as the table has columns.
 * Thread-safe.
 */
final class DocumentColumns {

  /** The word heading a column of documents, in ITU's languages, perhaps with a number sign. */
  private static final String WORD =
      "(?iu:Documents?|Documentos?|Doc\\.|Документы?|Док\\.)(?:[ \\u00a0]*(?iu:No\\.?|N[°º]|№))?";

  /** A heading cell of Word text: the word alone. */
  private static final Pattern HEADING_ALONE = Pattern.compile(WORD);

  /**
   * A header row of plain or PDF text: the word, then other headings after a tab or a space, never
   * a number (the cover's "Document 115-E") nor a sentence's punctuation.
   */
  private static final Pattern HEADING_ROW =
      Pattern.compile(WORD + "(?:(?:\\t|[ \\u00a0]+(?=\\p{L}))[^\\d,;:.]*)?");

  private static final String NUMBER =
      "(?<number>\\d{1,3})(?<amendment>\\((?:Rev|Add|Corr)\\.[ \\u00a0]?\\d{1,2}\\))?";

  /** A Word cell: a number of the series alone, perhaps with a note ("34 (Annex)"). */
  private static final Pattern CELL_ALONE =
      Pattern.compile(NUMBER + "(?=(?:[ \\u00a0]*\\(\\p{L}[^()\\d]*\\))?$)");

  /**
   * A row of plain or PDF text opening with the number: the next cell after a tab, or after a space
   * and beginning with a letter, never a figure ("42 1 250 000" counts documents).
   */
  private static final Pattern CELL_IN_ROW =
      Pattern.compile(NUMBER + "(?=\\t|$|[ \\u00a0]+\\p{L})");

  /** A header row is short; a longer line starting with the word is a paragraph. */
  private static final int LONGEST_HEADING = 60;

  /** The most columns a table of documents has, and so the farthest its first row's cell. */
  private static final int MOST_COLUMNS = 8;

  private DocumentColumns() {}

  /**
   * The references of the tables' document columns.
   *
   * @param series the document's series, such as {@code WTDC-06/}
   * @param own the document's own canonical number, never a reference of its own; or null
   */
  static List<DocumentReference> find(String text, String series, String own) {
    List<DocumentReference> found = new ArrayList<>();
    List<int[]> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
      if (line.length() > LONGEST_HEADING) {
        continue;
      }
      // A row on each line under a header row; or, in Word text, a cell on each line, the column's
      // next cell as many lines on as the table has columns.
      Pattern cellPattern = CELL_ALONE;
      int columns = 0;
      if (HEADING_ROW.matcher(line).matches() && cellAt(CELL_IN_ROW, text, lines, i + 1) != null) {
        cellPattern = CELL_IN_ROW;
        columns = 1;
      } else if (HEADING_ALONE.matcher(line).matches()) {
        columns = firstCellAfter(text, lines, i);
      }
      List<Matcher> cells = new ArrayList<>();
      for (int row = i + columns; columns > 0; row += columns) {
        Matcher cell = cellAt(cellPattern, text, lines, row);
        if (cell == null) {
          break;
        }
        cells.add(cell);
      }
      // Two rows at least: one number under the word may be anything else's.
      for (int c = 0; cells.size() >= 2 && c < cells.size(); c++) {
        Matcher cell = cells.get(c);
        String amendment = cell.group("amendment");
        ReferenceFinder.addShortForm(
            found,
            series
                + Integer.parseInt(cell.group("number"))
                + (amendment == null ? "" : amendment.replaceAll("[ \\u00a0]", "")),
            own,
            cell.group(),
            cell.start(),
            cell.end());
      }
    }
    return found;
  }

  /**
   * How many lines after a heading cell of Word text its column's first cell comes: past the other
   * headings, which hold no figure; 0 when no cell of a number comes.
   */
  private static int firstCellAfter(String text, List<int[]> lines, int heading) {
    for (int k = 1; k <= MOST_COLUMNS && heading + k < lines.size(); k++) {
      if (cellAt(CELL_ALONE, text, lines, heading + k) != null) {
        return k;
      }
      int[] line = lines.get(heading + k);
      if (text.substring(line[0], line[1]).chars().anyMatch(Character::isDigit)) {
        return 0;
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
