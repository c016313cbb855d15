package org.cwg.cite;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the documents citing a resolution spread over meetings and years: "since when". */
final class CitingCounts {

  private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

  private CitingCounts() {}

  static List<CitingDocuments.MeetingCount> byMeeting(List<CitingDocuments.Document> documents) {
    return tally(documents, d -> d.document().meeting()).entrySet().stream()
        .map(
            e ->
                new CitingDocuments.MeetingCount(key(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  static List<CitingDocuments.YearCount> byYear(List<CitingDocuments.Document> documents) {
    return tally(documents, d -> yearOf(d.document().date())).entrySet().stream()
        .map(e -> new CitingDocuments.YearCount(key(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** The year of an ISO date ("2024-10-02", "2024-10", "2024"), or null. */
  static Integer yearOf(String date) {
    if (date == null) {
      return null;
    }
    Matcher year = YEAR.matcher(date);
    return year.find() ? Integer.valueOf(year.group(1)) : null;
  }

  /** Documents and mentions per value, ascending; documents without a value under MAX_VALUE. */
  private static Map<Integer, int[]> tally(
      List<CitingDocuments.Document> documents,
      Function<CitingDocuments.Document, Integer> valueOf) {
    Map<Integer, int[]> counts = new TreeMap<>();
    for (CitingDocuments.Document document : documents) {
      Integer value = valueOf.apply(document);
      int[] count =
          counts.computeIfAbsent(value == null ? Integer.MAX_VALUE : value, k -> new int[2]);
      count[0]++;
      count[1] += document.mentions().size();
    }
    return counts;
  }

  private static Integer key(int value) {
    return value == Integer.MAX_VALUE ? null : value;
  }
}
