package org.cwg.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.cwg.index.IndexFields;

/**
 * Counts the hits of a search, from the doc values of what matched: the documents they fall in, and
 * the matching sections per meeting, source and section kind.
 */
final class HitFacets {

  static final String NONE = "none";

  private final IndexReader reader;
  private final FacetsCollector hits;

  HitFacets(IndexReader reader, FacetsCollector hits) {
    this.reader = reader;
    this.hits = hits;
  }

  /** How many documents the hits fall in: how many paths they have. */
  int documents() throws IOException {
    return valueCounts(IndexFields.PATH).size();
  }

  /** The facets of {@code total} hits; those without a meeting or kind count under "none". */
  SearchResult.Facets facets(int total) throws IOException {
    Map<String, Integer> byMeeting = new LinkedHashMap<>();
    int withMeeting = 0;
    FacetResult meetings =
        new LongValueFacetCounts(IndexFields.MEETING, hits).getAllChildrenSortByValue();
    for (LabelAndValue meeting : meetings.labelValues) {
      byMeeting.put(meeting.label, meeting.value.intValue());
      withMeeting += meeting.value.intValue();
    }
    if (total > withMeeting) {
      byMeeting.put(NONE, total - withMeeting);
    }
    Map<String, Integer> sections = valueCounts(IndexFields.SECTION);
    int withKind = sections.values().stream().mapToInt(Integer::intValue).sum();
    if (total > withKind) {
      sections.put(NONE, total - withKind);
    }
    return new SearchResult.Facets(
        byMeeting, mostFrequentFirst(valueCounts(IndexFields.SOURCE)), mostFrequentFirst(sections));
  }

  /** Hits per value of a keyword field with doc values, in alphabetical order. */
  private Map<String, Integer> valueCounts(String field) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null) {
      return counts;
    }
    StringValueFacetCounts values =
        new StringValueFacetCounts(new StringDocValuesReaderState(reader, field), hits);
    for (LabelAndValue value : values.getAllChildren(field).labelValues) {
      counts.put(value.label, value.value.intValue());
    }
    return counts;
  }

  /** Most frequent first; equal counts in alphabetical order (the input's, a TreeMap's). */
  static Map<String, Integer> mostFrequentFirst(Map<String, Integer> counts) {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
