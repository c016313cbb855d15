package org.cwg.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param query the query as typed
 * @param total how many sections (and front matters) match, before {@code --limit}
 * @param documents how many distinct documents they belong to
 * @param hits the hits in the requested order, at most the limit
 * @param facets counts of all matching sections by meeting, source and section kind, or null when
 *     not asked for
 */
public record SearchResult(
    String query,
    int total,
    int documents,
    List<SearchHit> hits,
    @JsonInclude(JsonInclude.Include.NON_NULL) Facets facets) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * Counts of matching sections per value; sections outside any meeting or kind count under {@code
   * "none"}. A section of a document with several sources counts once for each.
   *
   * @param meeting by meeting number, in meeting order
   * @param source by source, most frequent first
   * @param section by section kind, most frequent first
   */
  public record Facets(
      Map<String, Integer> meeting, Map<String, Integer> source, Map<String, Integer> section) {}
}
