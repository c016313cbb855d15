package org.cwg.render;

import java.io.PrintWriter;
import java.util.List;

/** Writes a table as RFC 4180 CSV: a header line, then one line per row. */
public final class CsvRenderer {

  private CsvRenderer() {}

  public static void render(Tabular table, PrintWriter out) {
    writeRow(table.header(), out);
    for (List<String> row : table.rows()) {
      writeRow(row, out);
    }
    out.flush();
  }

  private static void writeRow(List<String> cells, PrintWriter out) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    // RFC 4180 ends records with CRLF; most tools accept LF, but spreadsheets expect CRLF.
    out.print(line);
    out.print("\r\n");
  }

  static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    boolean needsQuotes =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
