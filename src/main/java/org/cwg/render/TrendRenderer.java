package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cwg.search.TrendReport;

/** Occurrences per meeting as a table, with a bar chart of the rate per 10,000 words. */
public final class TrendRenderer {

  private static final int BAR_WIDTH = 40;

  /** Narrower than this, a bar no longer shows the differences: the table gives up columns. */
  private static final int MIN_BAR_WIDTH = 16;

  /** What a narrow terminal leaves out first, so that the bar keeps its room. */
  private static final List<String> OPTIONAL = List.of("words", "documents");

  private TrendRenderer() {}

  public static void render(TrendReport report, PrintWriter out) {
    String what = report.citations() ? "citations of " + report.measure() : report.measure();
    out.println(
        what
            + ": "
            + report.occurrences()
            + (report.occurrences() == 1 ? " occurrence" : " occurrences"));
    out.println();
    TextTableRenderer.render(table(report, barWidth(report, FittedOutput.widthOf(out))), out);
  }

  /**
   * The bar's width: what the terminal leaves beside the table, whole or without its optional
   * columns; 0 (no bar) when even that is too narrow to show differences.
   */
  private static int barWidth(TrendReport report, int room) {
    if (room == Integer.MAX_VALUE) {
      return BAR_WIDTH;
    }
    Tabular bare = table(report, 0);
    int left = room - 2 - TextTableRenderer.naturalWidth(bare, List.of());
    if (left < MIN_BAR_WIDTH) {
      left = room - 2 - TextTableRenderer.naturalWidth(bare, OPTIONAL);
    }
    return left < MIN_BAR_WIDTH ? 0 : Math.min(BAR_WIDTH, left);
  }

  /** The table; the bar column only for people (a width above 0), not for CSV. */
  public static Tabular table(TrendReport report, int barWidth) {
    boolean withBar = barWidth > 0;
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
                    cells.add(bar(row.per10kWords(), highest, barWidth));
                  }
                  return cells;
                })
            .toList();
      }

      @Override
      public List<String> optionalColumns() {
        return OPTIONAL;
      }
    };
  }

  /** A bar as long as the rate, the highest rate filling the width; any occurrence shows. */
  static String bar(double rate, double highest, int width) {
    if (rate <= 0 || highest <= 0) {
      return "";
    }
    return "#".repeat(Math.max(1, (int) Math.round(width * rate / highest)));
  }
}
