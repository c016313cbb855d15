package org.cwg.search;

import java.util.List;

/**
 * A concordance.
 *
 * @param query the term or phrase as typed
 * @param width characters of context on each side
 * @param total how many occurrences there are, before any limit
 * @param lines the occurrences in the requested order
 */
public record ConcordanceResult(String query, int width, int total, List<ConcordanceLine> lines) {

  public ConcordanceResult {
    lines = List.copyOf(lines);
  }
}
