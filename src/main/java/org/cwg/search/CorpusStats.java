package org.cwg.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cwg.index.CorpusReader;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentRecord;
import org.cwg.model.NaturalOrder;
import org.cwg.model.ResolutionMention;

/** Counts over every indexed document: what {@code cwg stats} shows. */
public final class CorpusStats {

  private CorpusStats() {}

  /** The report, with the {@code top} most cited resolutions (all when {@code top} is 0). */
  public static StatsReport of(CorpusReader reader, int top) throws IOException {
    if (top < 0) {
      throw new IllegalArgumentException("--top must not be negative");
    }
    List<DocumentRecord> records = reader.documents();
    long words = 0;
    long bytes = 0;
    int sections = 0;
    int proposals = 0;
    Map<Integer, Integer> meetings = new TreeMap<>();
    int noMeeting = 0;
    Map<String, Integer> types = new TreeMap<>();
    Map<String, Integer> sources = new TreeMap<>();
    Map<String, int[]> cited = new HashMap<>();
    Map<String, ResolutionMention> named = new HashMap<>();
    for (DocumentRecord record : records) {
      words += record.words();
      bytes += record.file().size();
      sections += record.sections().size();
      proposals += record.proposals().size();
      Integer meeting = record.metadata().meeting();
      if (meeting == null) {
        noMeeting++;
      } else {
        meetings.merge(meeting, 1, Integer::sum);
      }
      String type = record.metadata().type();
      types.merge(type == null ? HitFacets.NONE : type, 1, Integer::sum);
      record.metadata().sources().forEach(source -> sources.merge(source, 1, Integer::sum));
      Set<String> keys = new LinkedHashSet<>();
      for (ResolutionMention mention : record.resolutions()) {
        keys.add(mention.key());
        named.putIfAbsent(mention.key(), mention);
        cited.computeIfAbsent(mention.key(), k -> new int[2])[1]++;
      }
      keys.forEach(key -> cited.get(key)[0]++);
    }
    Map<String, Integer> byMeeting = new LinkedHashMap<>();
    meetings.forEach((meeting, count) -> byMeeting.put(meeting.toString(), count));
    if (noMeeting > 0) {
      byMeeting.put(HitFacets.NONE, noMeeting);
    }
    List<IndexedFile> failures = reader.failures();
    return new StatsReport(
        records.size(),
        words,
        bytes,
        sections,
        proposals,
        failures.size(),
        byMeeting,
        HitFacets.mostFrequentFirst(types),
        HitFacets.mostFrequentFirst(sources),
        mostCited(cited, named, top),
        failures.stream().map(f -> new StatsReport.Failure(f.path(), f.failure())).toList());
  }

  private static List<StatsReport.CitedResolution> mostCited(
      Map<String, int[]> cited, Map<String, ResolutionMention> named, int top) {
    return cited.entrySet().stream()
        .map(
            e ->
                StatsReport.CitedResolution.of(
                    named.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted(
            Comparator.comparingInt((StatsReport.CitedResolution r) -> -r.documents())
                .thenComparingInt(r -> -r.mentions())
                .thenComparing(StatsReport.CitedResolution::resolution, NaturalOrder.INSTANCE))
        .limit(top == 0 ? Long.MAX_VALUE : top)
        .toList();
  }
}
