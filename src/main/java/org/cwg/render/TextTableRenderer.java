package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as aligned columns for a terminal. Cells are cut to {@code maxCellWidth} with an
 * ellipsis so that one long title does not push every other column off the screen.
 */
public final class TextTableRenderer {

  private static final int DEFAULT_MAX_CELL = 60;

  private TextTableRenderer() {}

  public static void render(Tabular table, PrintWriter out) {
    render(table, out, DEFAULT_MAX_CELL);
  }

  public static void render(Tabular table, PrintWriter out, int maxCellWidth) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(table.header().stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList());
    for (List<String> row : table.rows()) {
      lines.add(row.stream().map(cell -> fit(cell, maxCellWidth)).toList());
    }
    int columns = table.header().size();
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = line.get(c);
        text.append(cell);
        if (c < columns - 1) {
          text.append(" ".repeat(widths[c] - cell.length() + 2));
        }
      }
      out.println(text.toString().stripTrailing());
    }
    out.flush();
  }

  private static String fit(String cell, int maxWidth) {
    if (cell == null) {
      return "";
    }
    String flat = cell.replace('\n', ' ').replace('\t', ' ');
    return flat.length() <= maxWidth ? flat : flat.substring(0, maxWidth - 1) + "…";
  }
}
