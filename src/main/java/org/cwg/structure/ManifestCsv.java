package org.cwg.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF) with a header row. */
final class ManifestCsv {

  private ManifestCsv() {}

  static List<Map<String, String>> rows(String content) {
    List<List<String>> records =
        records(content.startsWith("\ufeff") ? content.substring(1) : content);
    List<Map<String, String>> rows = new ArrayList<>();
    if (records.isEmpty()) {
      return rows;
    }
    List<String> header =
        records.get(0).stream()
            .map(
                h ->
                    h.strip().toLowerCase(Locale.ROOT).equals("meetingdate")
                        ? "meetingDate"
                        : h.strip().toLowerCase(Locale.ROOT))
            .toList();
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() > header.size()) {
        throw new IllegalArgumentException(
            "line "
                + (r + 1)
                + " has "
                + cells.size()
                + " cells but the header has "
                + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        row.put(header.get(c), cells.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> records(String content) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}
