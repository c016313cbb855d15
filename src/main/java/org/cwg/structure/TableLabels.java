package org.cwg.structure;

import java.util.List;
import org.cwg.parse.Block;

/**
 * Tells a label in a table from a heading: a cover's field with a short value, such as an ITU-T
 * cover's "Purpose:" and its "Proposal", or a column header between short cells ("Message |
 * Direction | Purpose"), the first of them included. A label whose value is a text ("Abstract:",
 * then paragraphs) still heads a section.
 */
final class TableLabels {

  private static final int MAX_SHORT_CELL = 120;

  private TableLabels() {}

  /** Whether the table cell at {@code index} labels a field or a column. */
  static boolean isLabel(List<Line> lines, int index) {
    String text = lines.get(index).text();
    Line previous = index > 0 ? lines.get(index - 1) : null;
    Line next = index + 1 < lines.size() ? lines.get(index + 1) : null;
    boolean labelOfShortValue = endsWithColon(text) && next != null && isShort(next.text());
    boolean valueOfLabel =
        previous != null
            && endsWithColon(previous.text())
            && previous.block().region() == Block.Region.TABLE;
    // A column header sits between short cells, or opens its table before one ("Annex | Title").
    boolean firstCell = previous == null || previous.block().region() != Block.Region.TABLE;
    boolean columnHeader = (isShortCell(previous) || firstCell) && isShortCell(next);
    return labelOfShortValue || valueOfLabel || columnHeader;
  }

  /** Whether a label ends with its colon, Chinese writing the full-width "：". */
  static boolean endsWithColon(String text) {
    return text.endsWith(":") || text.endsWith("：");
  }

  private static boolean isShortCell(Line line) {
    return line != null && line.block().region() == Block.Region.TABLE && isShort(line.text());
  }

  private static boolean isShort(String text) {
    // A sentence's full stop, Chinese's "。" too, makes the cell a text, not a short value.
    return text.length() <= MAX_SHORT_CELL && !text.endsWith(".") && !text.endsWith("。");
  }
}
