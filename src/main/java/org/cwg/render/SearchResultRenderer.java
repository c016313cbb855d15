package org.cwg.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cwg.model.ProposalItem;
import org.cwg.search.SearchHit;
import org.cwg.search.SearchResult;
import org.cwg.search.Snippet;

/** Search results for people: one block per hit, its passages, then the facets. */
public final class SearchResultRenderer {

  private SearchResultRenderer() {}

  public static void render(SearchResult result, Emphasis emphasis, PrintWriter out) {
    out.println(headline(result));
    for (SearchHit hit : result.hits()) {
      out.println();
      out.println(documentLine(hit));
      // Quoted for the shell, relative to the current folder; its middle gives way on a narrow
      // terminal, so that the file name stays.
      out.println(
          "  " + TextWidth.cutMiddle(ShellQuote.path(hit.path()), FittedOutput.widthOf(out) - 2));
      out.println("  " + sectionLine(hit));
      for (Snippet snippet : hit.snippets()) {
        out.println("  " + snippet.marked(emphasis.open(), emphasis.close()));
      }
      if (!hit.proposals().isEmpty()) {
        out.println(
            "  matching proposal items: "
                + hit.proposals().stream()
                    .map(SearchResultRenderer::itemLabel)
                    .collect(Collectors.joining(", ")));
      }
    }
    if (result.facets() != null) {
      out.println();
      out.println("by meeting: " + facet(result.facets().meeting()));
      out.println("by source:  " + facet(result.facets().source()));
      out.println("by section: " + facet(result.facets().section()));
    }
    out.flush();
  }

  private static String headline(SearchResult result) {
    String hits = result.total() == 1 ? "1 hit" : result.total() + " hits";
    String documents = result.documents() == 1 ? "1 document" : result.documents() + " documents";
    String shown =
        result.hits().size() < result.total() ? " (showing " + result.hits().size() + ")" : "";
    return hits + " in " + documents + " for " + result.query() + shown;
  }

  static String documentLine(SearchHit hit) {
    StringBuilder line = new StringBuilder(name(hit.number(), hit.path()));
    if (hit.meeting() != null) {
      line.append("  meeting ").append(hit.meeting());
    }
    if (hit.date() != null) {
      line.append("  ").append(hit.date());
    }
    if (!hit.sources().isEmpty()) {
      line.append("  ").append(String.join("; ", hit.sources()));
    }
    return line.toString();
  }

  private static String sectionLine(SearchHit hit) {
    String where =
        hit.section() == null
            ? "(outside any section)"
            : (hit.sectionNumber() == null ? "" : hit.sectionNumber() + " ")
                + hit.heading()
                + " ["
                + hit.section()
                + "]";
    return where + String.format(Locale.ROOT, "  score %.3f", hit.score());
  }

  /** A document by its number, else by its file name, quoted for the shell. */
  static String name(String number, String path) {
    return number != null ? number : ShellQuote.fileName(path);
  }

  private static String itemLabel(ProposalItem item) {
    if (item.number() != null) {
      return item.number();
    }
    String text = item.text().strip();
    return '"' + (text.length() > 40 ? text.substring(0, 39) + "…" : text) + '"';
  }

  private static String facet(Map<String, Integer> counts) {
    return counts.isEmpty()
        ? "-"
        : counts.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "));
  }

  /** The hits as a table, for CSV: one row per hit, its best passage marked. */
  public static Tabular table(SearchResult result) {
    return new Tabular() {
      @Override
      public List<String> header() {
        return List.of(
            "id",
            "number",
            "meeting",
            "date",
            "sources",
            "section",
            "section_number",
            "heading",
            "score",
            "snippet",
            "path");
      }

      @Override
      public List<List<String>> rows() {
        return result.hits().stream()
            .map(
                hit ->
                    List.of(
                        hit.id(),
                        orEmpty(hit.number()),
                        hit.meeting() == null ? "" : hit.meeting().toString(),
                        orEmpty(hit.date()),
                        String.join("; ", hit.sources()),
                        orEmpty(hit.section()),
                        orEmpty(hit.sectionNumber()),
                        orEmpty(hit.heading()),
                        String.format(Locale.ROOT, "%.4f", hit.score()),
                        hit.snippets().isEmpty() ? "" : hit.snippets().get(0).marked(),
                        hit.path()))
            .toList();
      }
    };
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
