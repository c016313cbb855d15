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
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
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

  /**
   * How many documents the hits fall in: how many paths they have. Only the paths' ordinals are
   * counted; reading every label back cost more than the search.
   */
  int documents() throws IOException {
    ReaderCache cache = ReaderCache.of(reader);
    if (!cache.hasField(IndexFields.PATH)) {
      return 0;
    }
    OrdinalMap global = cache.ordinalMap(IndexFields.PATH);
    FixedBitSet seen = null;
    int distinct = 0;
    for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
      SortedDocValues paths = DocValues.getSorted(matching.context.reader(), IndexFields.PATH);
      LongValues toGlobal = global == null ? null : global.getGlobalOrds(matching.context.ord);
      if (seen == null) {
        seen =
            new FixedBitSet(
                Math.toIntExact(global == null ? paths.getValueCount() : global.getValueCount()));
      }
      DocIdSetIterator docs = matching.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (paths.advanceExact(doc)) {
          int ord = paths.ordValue();
          int at = toGlobal == null ? ord : Math.toIntExact(toGlobal.get(ord));
          if (!seen.getAndSet(at)) {
            distinct++;
          }
        }
      }
    }
    return distinct;
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
    ReaderCache cache = ReaderCache.of(reader);
    if (!cache.hasField(field)) {
      return counts;
    }
    StringValueFacetCounts values = new StringValueFacetCounts(cache.facetState(field), hits);
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
