package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cwg.search.TrendReport;

/** Occurrences per meeting as a table, with a bar chart of the rate per 10,000 words. */
public final class TrendRenderer {

  private static final int BAR_WIDTH = 40;

  private TrendRenderer() {}

  public static void render(TrendReport report, PrintWriter out) {
    String what = report.citations() ? "citations of " + report.measure() : report.measure();
    out.println(
        what
            + ": "
            + report.occurrences()
            + (report.occurrences() == 1 ? " occurrence" : " occurrences"));
    out.println();
    TextTableRenderer.render(table(report, true), out);
  }

  /** The table; the bar column only for people, not for CSV. */
  public static Tabular table(TrendReport report, boolean withBar) {
    double highest =
        report.rows().stream().mapToDouble(TrendReport.Row::per10kWords).max().orElse(0);
    return new Tabular() {
      @Override
      public List<String> header() {
        List<String> header =
            new ArrayList<>(
                List.of(
                    "meeting",
                    "documents",
                    "matching_documents",
                    "occurrences",
                    "words",
                    "per_10k_words"));
        if (withBar) {
          header.add("");
        }
        return header;
      }

      @Override
      public List<List<String>> rows() {
        return report.rows().stream()
            .map(
                row -> {
                  List<String> cells =
                      new ArrayList<>(
                          List.of(
                              row.meeting() == null ? "none" : row.meeting().toString(),
                              Integer.toString(row.documents()),
                              Integer.toString(row.matchingDocuments()),
                              Integer.toString(row.occurrences()),
                              Long.toString(row.words()),
                              String.format(Locale.ROOT, "%.2f", row.per10kWords())));
                  if (withBar) {
                    cells.add(bar(row.per10kWords(), highest));
                  }
                  return cells;
                })
            .toList();
      }
    };
  }

  /** A bar as long as the rate, the highest rate filling the width; any occurrence shows. */
  static String bar(double rate, double highest) {
    if (rate <= 0 || highest <= 0) {
      return "";
    }
    return "#".repeat(Math.max(1, (int) Math.round(BAR_WIDTH * rate / highest)));
  }
}
