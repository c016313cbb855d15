package org.cwg.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Numbered lines that follow one another with nothing between them ("1 Scope", "2 References", "3
 * Definitions"): a list, such as a draft's outline or a table's column of chapters, for a heading
 * heads a body before its next sibling comes.
 */
final class NumberedRuns {

  /** Three siblings in a row make a list; two may be a heading whose body is yet to be written. */
  static final int MIN_RUN = 3;

  private NumberedRuns() {}

  /**
   * What a numbered line's neighbours say against its heading a section: it is a table's row among
   * rows of figures ({@link TableRows}), or an item of a list.
   */
  static Set<HeadingScore.Feature> neighbours(List<Line> lines, int index) {
    Set<HeadingScore.Feature> features = EnumSet.noneOf(HeadingScore.Feature.class);
    String previous = index > 0 ? lines.get(index - 1).text() : null;
    String next = index + 1 < lines.size() ? lines.get(index + 1).text() : null;
    String text = lines.get(index).text();
    if (TableRows.amongRows(previous, text, next)
        || TableRows.amongCells(previous, text, next)
        || CellLines.amongRows(lines, index)) {
      features.add(HeadingScore.Feature.TABLE_ROW);
    }
    if (inList(lines, index)) {
      features.add(HeadingScore.Feature.LISTED);
    }
    return features;
  }

  /** Whether the line is one of {@value #MIN_RUN} or more siblings in a row, with no body. */
  static boolean inList(List<Line> lines, int index) {
    int start = index;
    while (start > 0 && laterSibling(lines.get(start - 1).text(), lines.get(start).text())) {
      start--;
    }
    int end = index;
    while (end + 1 < lines.size()
        && laterSibling(lines.get(end).text(), lines.get(end + 1).text())) {
      end++;
    }
    // Sub-headings set out with no body yet ("2.1", "2.2", "2.3", then "3 Conclusion") return to
    // the outline after them; a list ends where the text or the table does.
    if (end - start + 1 < MIN_RUN) {
      return false;
    }
    HeadingNumber after = end + 1 < lines.size() ? decimal(lines.get(end + 1).text()) : null;
    HeadingNumber last = decimal(lines.get(end).text());
    return after == null || after.path().size() >= last.path().size();
  }

  /**
   * Whether the second line's decimal number is a later sibling of the first's ("2.3" after "2.2").
   * A table's column of clauses may skip some ("1", "2", then "6"), as a document's own outline
   * never does: a later number still goes on with the run.
   */
  private static boolean laterSibling(String line, String next) {
    HeadingNumber a = decimal(line);
    HeadingNumber b = decimal(next);
    if (a == null || b == null || a.path().size() != b.path().size()) {
      return false;
    }
    int depth = a.path().size() - 1;
    return a.path().subList(0, depth).equals(b.path().subList(0, depth)) && b.last() > a.last();
  }

  /** The line's decimal number, when the line is short and ends no sentence: no body. */
  private static HeadingNumber decimal(String line) {
    String text = line.strip();
    List<HeadingNumber> readings = HeadingNumber.parse(text);
    return readings.isEmpty()
            || readings.get(0).scheme() != HeadingNumber.Scheme.DECIMAL
            || text.length() > HeadingScore.SHORT
            || ".;:!?".indexOf(text.charAt(text.length() - 1)) >= 0
        ? null
        : readings.get(0);
  }
}
