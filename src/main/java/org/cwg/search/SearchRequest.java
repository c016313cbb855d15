package org.cwg.search;

/**
 * One search.
 *
 * @param query the query in Lucene's syntax
 * @param exact match words as written instead of stemmed
 * @param filters what else hits must satisfy
 * @param limit how many hits to return at most
 * @param sort the order of the hits
 * @param facets whether to count hits per meeting, source and section kind
 * @param snippets whether hits carry passages (and matching proposal items)
 */
public record SearchRequest(
    String query,
    boolean exact,
    SearchFilters filters,
    int limit,
    SortOrder sort,
    boolean facets,
    boolean snippets) {

  /** A search whose hits carry passages. */
  public SearchRequest(
      String query,
      boolean exact,
      SearchFilters filters,
      int limit,
      SortOrder sort,
      boolean facets) {
    this(query, exact, filters, limit, sort, facets, true);
  }

  public SearchRequest {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
    filters = filters == null ? SearchFilters.none() : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }
}
