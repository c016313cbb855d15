package org.cwg.serve;

import java.util.List;
import java.util.Locale;
import org.cwg.search.TrendReport;

/**
 * Charts drawn on the server as SVG: no script, no library. Each has a {@code <title>} and a
 * description that name what it shows, and each mark a {@code <title>} with its value, so that a
 * screen reader (and a tooltip) can tell what a bar or a cell is.
 */
final class Charts {

  private static final int BAR_WIDTH = 28;
  private static final int PLOT_HEIGHT = 160;
  private static final int MARGIN = 40;

  private Charts() {}

  /** An open {@code <svg>} of the given size, named by the elements {@code labelledBy} lists. */
  static Html svg(String cssClass, String role, String labelledBy, int width, int height) {
    return new Html()
        .open(
            "svg",
            "class",
            cssClass,
            "role",
            role,
            "aria-labelledby",
            labelledBy,
            "viewBox",
            "0 0 " + width + " " + height,
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(height));
  }

  /**
   * Occurrences per meeting as bars, per 10,000 words (their height) and absolute (their label).
   */
  static Html trend(TrendReport report, String caption) {
    List<TrendReport.Row> rows = report.rows();
    double highest = rows.stream().mapToDouble(TrendReport.Row::per10kWords).max().orElse(0);
    int width = MARGIN * 2 + Math.max(1, rows.size()) * (BAR_WIDTH + 8);
    int height = PLOT_HEIGHT + MARGIN * 2;
    Html svg = svg("chart trend", "img", "trend-title trend-desc", width, height);
    svg.element("title", caption, "id", "trend-title");
    svg.element(
        "desc",
        report.occurrences()
            + " occurrences in "
            + rows.size()
            + " meetings; bar height is occurrences per 10,000 words",
        "id",
        "trend-desc");
    int baseline = MARGIN + PLOT_HEIGHT;
    svg.empty(
        "line",
        "x1",
        Integer.toString(MARGIN - 4),
        "y1",
        Integer.toString(baseline),
        "x2",
        Integer.toString(width - MARGIN),
        "y2",
        Integer.toString(baseline),
        "class",
        "axis");
    for (int i = 0; i < rows.size(); i++) {
      TrendReport.Row row = rows.get(i);
      int x = MARGIN + i * (BAR_WIDTH + 8);
      int bar = highest == 0 ? 0 : (int) Math.round(row.per10kWords() / highest * PLOT_HEIGHT);
      String meeting = row.meeting() == null ? "none" : row.meeting().toString();
      svg.open("g", "class", "bar");
      svg.open(
          "rect",
          "x",
          Integer.toString(x),
          "y",
          Integer.toString(baseline - bar),
          "width",
          Integer.toString(BAR_WIDTH),
          "height",
          Integer.toString(bar));
      svg.element(
          "title",
          "meeting "
              + meeting
              + ": "
              + row.occurrences()
              + " occurrences in "
              + row.matchingDocuments()
              + " of "
              + row.documents()
              + " documents, "
              + String.format(Locale.ROOT, "%.2f", row.per10kWords())
              + " per 10,000 words");
      svg.close("rect");
      svg.element(
          "text",
          Integer.toString(row.occurrences()),
          "x",
          Integer.toString(x + BAR_WIDTH / 2),
          "y",
          Integer.toString(baseline - bar - 4),
          "class",
          "value");
      svg.element(
          "text",
          meeting,
          "x",
          Integer.toString(x + BAR_WIDTH / 2),
          "y",
          Integer.toString(baseline + 16),
          "class",
          "label");
      svg.close("g");
    }
    svg.close("svg");
    return svg;
  }

  /**
   * A heat map: one row per label of {@code rows}, one column per label of {@code columns}, each
   * cell's darkness its count against the largest.
   */
  static Html heatmap(
      String caption,
      List<String> rows,
      List<String> rowLinks,
      List<String> columns,
      int[][] counts,
      String unit) {
    int cell = 22;
    int left = 150;
    int top = 40;
    int width = left + columns.size() * cell + 10;
    int height = top + rows.size() * cell + 10;
    int highest = 1;
    for (int[] row : counts) {
      for (int count : row) {
        highest = Math.max(highest, count);
      }
    }
    Html svg = svg("chart heatmap", "group", "heatmap-title", width, height);
    svg.element("title", caption, "id", "heatmap-title");
    for (int c = 0; c < columns.size(); c++) {
      svg.element(
          "text",
          columns.get(c),
          "x",
          Integer.toString(left + c * cell + cell / 2),
          "y",
          Integer.toString(top - 8),
          "class",
          "label");
    }
    for (int r = 0; r < rows.size(); r++) {
      int y = top + r * cell;
      svg.open("a", "href", rowLinks.get(r));
      svg.element(
          "text",
          rows.get(r),
          "x",
          Integer.toString(left - 6),
          "y",
          Integer.toString(y + cell / 2 + 4),
          "class",
          "row-label");
      svg.close("a");
      for (int c = 0; c < columns.size(); c++) {
        int count = counts[r][c];
        svg.open(
            "rect",
            "x",
            Integer.toString(left + c * cell),
            "y",
            Integer.toString(y),
            "width",
            Integer.toString(cell - 2),
            "height",
            Integer.toString(cell - 2),
            "class",
            count == 0 ? "cell empty" : "cell",
            "fill-opacity",
            count == 0 ? null : String.format(Locale.ROOT, "%.2f", 0.15 + 0.85 * count / highest));
        svg.element("title", rows.get(r) + ", " + columns.get(c) + ": " + count + " " + unit);
        svg.close("rect");
      }
    }
    svg.close("svg");
    return svg;
  }
}
