package org.cwg.render;

import java.io.PrintWriter;
import java.util.List;
import org.cwg.search.MatchingDocument;
import org.cwg.search.SearchResult;

/** Writes what {@code search} finds, hits or matching documents, in the format asked for. */
public final class SearchRenderer {

  private SearchRenderer() {}

  /** The hits as text (the default, with matches emphasized), JSON, JSON Lines or CSV. */
  public static void renderHits(
      SearchResult result, Format format, Emphasis emphasis, PrintWriter out) {
    switch (format) {
      case JSON -> JsonRenderer.render(result, out);
      case JSONL -> JsonLinesRenderer.render(result.hits(), out);
      case CSV -> CsvRenderer.render(SearchResultRenderer.table(result), out);
      default -> SearchResultRenderer.render(result, emphasis, out);
    }
  }

  /**
   * The matching documents as JSON, JSON Lines, or (the default) their paths one a line, for
   * scripts that feed them to other commands.
   */
  public static void renderDocuments(List<MatchingDocument> found, Format format, PrintWriter out) {
    switch (format) {
      case JSON -> JsonRenderer.render(found, out);
      case JSONL -> JsonLinesRenderer.render(found, out);
      default -> {
        found.forEach(document -> out.println(document.path()));
        out.flush();
      }
    }
  }
}
