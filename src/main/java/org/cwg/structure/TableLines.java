package org.cwg.structure;

import java.util.List;

/**
 * A table as PDF and plain text print it, its cells run together on lines: each kind of row the
 * project reads (rows that open with references, rows of values, rows of words under column names)
 * asked in one place.
 */
final class TableLines {

  private TableLines() {}

  /** Whether the line is a table's header row over rows of one of those kinds. */
  static boolean headsRows(List<Line> lines, int index) {
    return TableRows.headsReferenceRows(lines, index)
        || ValueRows.headsRows(lines, index)
        || WordedRows.headsRows(lines, index);
  }

  /** Whether the line is one of a table's rows. */
  static boolean amongRows(List<Line> lines, int index) {
    return TableRows.amongReferenceRows(lines, index)
        || ValueRows.amongRows(lines, index)
        || WordedRows.amongRows(lines, index);
  }
}
