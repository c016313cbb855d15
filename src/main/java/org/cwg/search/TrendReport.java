package org.cwg.search;

import java.util.List;
import org.cwg.model.ResolutionRef;

/**
 * Occurrences per meeting. The JSON field names are a scripting interface.
 *
 * @param measure what was counted: the query as typed, or the resolution key for citations
 * @param citations whether citations were counted rather than matches of a query
 * @param occurrences all occurrences together
 * @param rows one row per meeting with documents, in meeting order, documents without a meeting
 *     last
 * @param resolution for citations, the resolution counted, as every output names one; else null
 */
public record TrendReport(
    String measure, boolean citations, int occurrences, List<Row> rows, ResolutionRef resolution) {

  public TrendReport {
    rows = List.copyOf(rows);
  }

  /**
   * One meeting.
   *
   * @param meeting the meeting number, or null for documents without one
   * @param documents documents of the meeting that pass the filters
   * @param matchingDocuments those with at least one occurrence
   * @param occurrences how many times the query matches, or the resolution is cited
   * @param words words in those documents
   * @param per10kWords occurrences per 10,000 words, 0 when there are no words
   */
  public record Row(
      Integer meeting,
      int documents,
      int matchingDocuments,
      int occurrences,
      long words,
      double per10kWords) {}
}
