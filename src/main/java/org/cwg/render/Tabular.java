package org.cwg.render;

import java.util.List;

/** A result that reads naturally as a table: rendered as CSV or as aligned text columns. */
public interface Tabular {

  /** Column names, in order. */
  List<String> header();

  /** The rows, each with one cell per column; null cells are written empty. */
  List<List<String>> rows();

  /**
   * Columns a narrow terminal may leave out, first to go first; the others are only narrowed. CSV
   * and JSON always have every column.
   */
  default List<String> optionalColumns() {
    return List.of();
  }
}
