package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.apache.lucene.search.Query;
import org.cwg.index.CorpusReader;
import org.cwg.model.ResolutionRef;

/**
 * How often something comes up per meeting, absolute and per 10,000 words of that meeting's
 * documents, so that a meeting with many long documents does not look busier than it was.
 */
public final class Trend {

  private final CorpusReader reader;

  public Trend(CorpusReader reader) {
    this.reader = reader;
  }

  /**
   * What {@code cwg trend} counts: matches of {@code query} when there is one, else the citations
   * of the resolution {@code filters} names.
   *
   * @param query the query, or null
   * @throws IllegalArgumentException when there is neither
   */
  public TrendReport of(String query, boolean exact, SearchFilters filters) throws IOException {
    if (query == null && filters.cites() == null) {
      throw new IllegalArgumentException("trend needs a QUERY or --cites RESOLUTION");
    }
    return query == null ? ofCitations(filters.cites(), filters) : ofQuery(query, exact, filters);
  }

  /** Matches of {@code query} per meeting, among the documents passing {@code filters}. */
  public TrendReport ofQuery(String query, boolean exact, SearchFilters filters)
      throws IOException {
    Query text = UserQuery.parse(query, exact, reader.indexReader());
    List<DocumentMatches> documents = DocumentMatches.all(reader, text, filters);
    return report(query, false, documents, doc -> doc.spans().size());
  }

  /**
   * Citations of a resolution per meeting, every mention counted ("Resolutions 101 and 102" cites
   * each once). {@code filters} may narrow the documents; its own cited resolution, if any, is
   * ignored, since every document counts towards the words.
   */
  public TrendReport ofCitations(String resolutionKey, SearchFilters filters) throws IOException {
    List<DocumentMatches> documents = DocumentMatches.all(reader, null, filters.withoutCites());
    return report(
        resolutionKey,
        true,
        documents,
        doc ->
            (int)
                doc.record().resolutions().stream()
                    .filter(mention -> mention.key().equals(resolutionKey))
                    .filter(
                        mention ->
                            filters.section() == null || mention.section() == filters.section())
                    .count());
  }

  private static TrendReport report(
      String measure,
      boolean citations,
      List<DocumentMatches> documents,
      ToIntFunction<DocumentMatches> occurrencesIn) {
    Map<Integer, int[]> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    Map<Integer, Long> words = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    int total = 0;
    for (DocumentMatches doc : documents) {
      Integer meeting = doc.record().metadata().meeting();
      int occurrences = occurrencesIn.applyAsInt(doc);
      int[] row = counts.computeIfAbsent(meeting, m -> new int[3]);
      row[0]++;
      row[1] += occurrences > 0 ? 1 : 0;
      row[2] += occurrences;
      words.merge(meeting, (long) doc.record().words(), Long::sum);
      total += occurrences;
    }
    List<TrendReport.Row> rows = new ArrayList<>();
    counts.forEach(
        (meeting, row) -> {
          long meetingWords = words.get(meeting);
          double per10k =
              meetingWords == 0 ? 0 : Math.round(row[2] * 1_000_000.0 / meetingWords) / 100.0;
          rows.add(new TrendReport.Row(meeting, row[0], row[1], row[2], meetingWords, per10k));
        });
    return new TrendReport(
        measure, citations, total, rows, citations ? ResolutionRef.ofKey(measure) : null);
  }
}
