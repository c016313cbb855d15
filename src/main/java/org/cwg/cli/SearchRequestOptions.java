package org.cwg.cli;

import org.cwg.search.SearchFilters;
import org.cwg.search.SearchRequest;
import org.cwg.search.SortOrder;
import picocli.CommandLine.Option;

/**
 * The options of {@code search} that shape the request beyond its words and filters: stemming, how
 * many, in what order, and whether to count facets.
 */
final class SearchRequestOptions {

  @Option(names = "--exact", description = "Match words as written (no stemming).")
  boolean exact;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, date (oldest first) or meeting (default: ${DEFAULT-VALUE}).")
  SortOrder sort;

  @Option(names = "--facets", description = "Count hits per meeting, source and section kind.")
  boolean facets;

  /** The request for ranked hits, with snippets. */
  SearchRequest forHits(String query, SearchFilters filters) {
    return new SearchRequest(query, exact, filters, limit, sort, facets);
  }

  /**
   * The request for matching documents alone: no facets and no snippets, and every document unless
   * --limit was given ({@code limited}), since a list of files is wanted whole.
   */
  SearchRequest forDocuments(String query, SearchFilters filters, boolean limited) {
    return new SearchRequest(
        query, exact, filters, limited ? limit : Integer.MAX_VALUE, sort, false, false);
  }
}
