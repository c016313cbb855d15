package org.cwg.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts matching sections per meeting, source and section kind. */
final class HitFacets {

  static final String NONE = "none";

  private HitFacets() {}

  static SearchResult.Facets of(List<Unit> units) {
    Map<Integer, Integer> meetings = new TreeMap<>();
    int noMeeting = 0;
    Map<String, Integer> sources = new TreeMap<>();
    Map<String, Integer> sections = new TreeMap<>();
    for (Unit unit : units) {
      Integer meeting = unit.meeting();
      if (meeting == null) {
        noMeeting++;
      } else {
        meetings.merge(meeting, 1, Integer::sum);
      }
      for (String source : unit.sources()) {
        sources.merge(source, 1, Integer::sum);
      }
      sections.merge(unit.sectionKind() == null ? NONE : unit.sectionKind(), 1, Integer::sum);
    }
    Map<String, Integer> byMeeting = new LinkedHashMap<>();
    meetings.forEach((meeting, count) -> byMeeting.put(meeting.toString(), count));
    if (noMeeting > 0) {
      byMeeting.put(NONE, noMeeting);
    }
    return new SearchResult.Facets(
        byMeeting, mostFrequentFirst(sources), mostFrequentFirst(sections));
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
