package org.cwg.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cwg.search.StatsReport;

/** The corpus at a glance, for people: totals, then one small table per breakdown. */
public final class StatsRenderer {

  private StatsRenderer() {}

  public static void render(StatsReport stats, PrintWriter out) {
    out.println(
        String.format(
            Locale.ROOT,
            "%d documents, %d words, %s, %d sections, %d proposal items, %d failed files",
            stats.documents(),
            stats.words(),
            size(stats.bytes()),
            stats.sections(),
            stats.proposals(),
            stats.failed()));
    counts("meeting", stats.meetings(), out);
    counts("type", stats.types(), out);
    counts("source", stats.sources(), out);
    if (!stats.resolutions().isEmpty()) {
      out.println();
      TextTableRenderer.render(
          table(
              List.of("resolution", "documents", "mentions"),
              stats.resolutions().stream()
                  .map(
                      r ->
                          List.of(
                              r.resolution(),
                              Integer.toString(r.documents()),
                              Integer.toString(r.mentions())))
                  .toList()),
          out);
    }
    if (!stats.failures().isEmpty()) {
      out.println();
      out.println("Failed files:");
      stats.failures().forEach(f -> out.println("  " + f.path() + ": " + f.reason()));
    }
    out.flush();
  }

  private static void counts(String what, Map<String, Integer> counts, PrintWriter out) {
    if (counts.isEmpty()) {
      return;
    }
    out.println();
    TextTableRenderer.render(
        table(
            List.of(what, "documents"),
            counts.entrySet().stream()
                .map(e -> List.of(e.getKey(), e.getValue().toString()))
                .toList()),
        out);
  }

  private static Tabular table(List<String> header, List<List<String>> rows) {
    return new Tabular() {
      @Override
      public List<String> header() {
        return header;
      }

      @Override
      public List<List<String>> rows() {
        return rows;
      }
    };
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double kib = bytes / 1024.0;
    return kib < 1024
        ? String.format(Locale.ROOT, "%.1f KiB", kib)
        : String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
  }
}
