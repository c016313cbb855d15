package org.cwg.structure;

import java.util.List;

/**
 * A table as PDF and plain text print it, its cells run together on lines or one a line: each kind
 * of row the project reads (rows that open with references, rows of values, rows of words under
 * column names, an agenda's numbered items with their documents, cells one a line) asked in one
 * place.
 */
final class TableLines {

  private TableLines() {}

  /** Whether the line is a table's header row over rows of one of those kinds. */
  static boolean headsRows(List<Line> lines, int index) {
    return TableRows.headsReferenceRows(lines, index)
        || ValueRows.headsRows(lines, index)
        || WordedRows.headsRows(lines, index)
        || ItemRows.headsRows(lines, index)
        || CellLines.headsRows(lines, index);
  }

  /** Whether the line is one of a table's rows. */
  static boolean amongRows(List<Line> lines, int index) {
    return TableRows.amongReferenceRows(lines, index)
        || ValueRows.amongRows(lines, index)
        || WordedRows.amongRows(lines, index)
        || CellLines.amongRows(lines, index);
  }
}
