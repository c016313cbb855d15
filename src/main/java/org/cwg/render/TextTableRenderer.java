package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a table as aligned columns for a terminal. Cells are cut to {@code maxCellWidth} with an
 * ellipsis so that one long title does not push every other column off the screen. On a terminal of
 * known width ({@link FittedOutput}) the table is made to fit: the table's optional columns go
 * first, then the widest columns are narrowed (paths lose their middle, other cells their end), and
 * columns that still find no room are left out with a note saying which. Paths are shown relative
 * to the current folder and quoted for the shell.
 */
public final class TextTableRenderer {

  private static final int DEFAULT_MAX_CELL = 60;

  /** A column whose values all fit this many columns (ids, numbers, dates) is never cut. */
  private static final int WHOLE = 20;

  /** A longer column is never narrowed below this, nor below its heading. */
  private static final int MIN_CELL = 12;

  private static final int GAP = 2;

  private TextTableRenderer() {}

  public static void render(Tabular table, PrintWriter out) {
    render(table, out, DEFAULT_MAX_CELL);
  }

  public static void render(Tabular table, PrintWriter out, int maxCellWidth) {
    List<String> header = table.header().stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
    List<List<String>> rows = new ArrayList<>();
    int columns = header.size();
    for (List<String> row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String cell = flat(row.get(c));
        cells.add(isPath(header.get(c)) && !cell.isEmpty() ? ShellQuote.path(cell) : cell);
      }
      rows.add(cells);
    }
    int[] widths = widths(header, rows, maxCellWidth);
    boolean[] shown = new boolean[columns];
    java.util.Arrays.fill(shown, true);
    int room = FittedOutput.widthOf(out);
    for (String optional : table.optionalColumns()) {
      int c = table.header().indexOf(optional);
      if (c >= 0 && total(widths, shown) > room) {
        shown[c] = false;
      }
    }
    narrow(header, widths, shown, room);
    List<String> leftOut = new ArrayList<>();
    for (int c = columns - 1; c > 0 && total(widths, shown) > room; c--) {
      if (shown[c]) {
        shown[c] = false;
        leftOut.add(0, table.header().get(c));
      }
    }
    print(header, header, widths, shown, out);
    for (List<String> row : rows) {
      print(row, header, widths, shown, out);
    }
    if (!leftOut.isEmpty()) {
      out.println(
          "(no room for " + String.join(", ", leftOut) + ": --format csv shows every column)");
    }
    out.flush();
  }

  /**
   * The width a table takes with every column whole, leaving out the named columns: what a renderer
   * has left beside it for a column it sizes itself, such as a bar.
   */
  public static int naturalWidth(Tabular table, List<String> leftOut) {
    List<String> header = table.header().stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
    List<List<String>> rows =
        table.rows().stream().map(r -> r.stream().map(TextTableRenderer::flat).toList()).toList();
    int[] widths = widths(header, rows, DEFAULT_MAX_CELL);
    boolean[] shown = new boolean[widths.length];
    for (int c = 0; c < widths.length; c++) {
      shown[c] = !leftOut.contains(table.header().get(c));
    }
    return total(widths, shown);
  }

  private static int[] widths(List<String> header, List<List<String>> rows, int maxCellWidth) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Math.min(maxCellWidth, TextWidth.of(row.get(c))));
      }
    }
    return widths;
  }

  private static void print(
      List<String> line, List<String> header, int[] widths, boolean[] shown, PrintWriter out) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < line.size(); c++) {
      if (!shown[c]) {
        continue;
      }
      String cell = fit(line.get(c), widths[c], isPath(header.get(c)));
      if (text.length() > 0) {
        text.append(" ".repeat(GAP));
      }
      text.append(cell).append(" ".repeat(Math.max(0, widths[c] - TextWidth.of(cell))));
    }
    out.println(text.toString().stripTrailing());
  }

  /** Takes a column from the widest down until the table fits or no column can give more. */
  private static void narrow(List<String> header, int[] widths, boolean[] shown, int room) {
    int[] floors = new int[widths.length];
    for (int c = 0; c < widths.length; c++) {
      floors[c] = widths[c] <= WHOLE ? widths[c] : Math.max(MIN_CELL, header.get(c).length());
    }
    while (total(widths, shown) > room) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (shown[c] && widths[c] > floors[c] && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
    }
  }

  private static int total(int[] widths, boolean[] shown) {
    int sum = 0;
    int count = 0;
    for (int c = 0; c < widths.length; c++) {
      if (shown[c]) {
        sum += widths[c];
        count++;
      }
    }
    return sum + GAP * Math.max(0, count - 1);
  }

  private static boolean isPath(String heading) {
    return heading.equalsIgnoreCase("path") || heading.equalsIgnoreCase("file");
  }

  private static String flat(String cell) {
    return cell == null ? "" : cell.replace('\n', ' ').replace('\t', ' ');
  }

  private static String fit(String cell, int width, boolean path) {
    return path ? TextWidth.cutMiddle(cell, width) : TextWidth.cutEnd(cell, width);
  }
}
