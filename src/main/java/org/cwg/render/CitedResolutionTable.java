package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import org.cwg.cite.CitedResolution;

/** {@code cwg cites}: one row per cited resolution. */
public record CitedResolutionTable(List<CitedResolution> resolutions) implements Tabular {

  @Override
  public List<String> header() {
    return List.of("resolution", "documents", "mentions", "meetings", "title");
  }

  @Override
  public List<List<String>> rows() {
    return resolutions.stream()
        .map(
            r ->
                List.of(
                    r.body() + " " + r.number(),
                    Integer.toString(r.documents()),
                    Integer.toString(r.mentions()),
                    spans(r.meetings()),
                    r.title() == null ? "" : r.title()))
        .toList();
  }

  /** Meetings as runs: 14, 18-20. */
  static String spans(List<Integer> meetings) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < meetings.size()) {
      int j = i;
      while (j + 1 < meetings.size() && meetings.get(j + 1) == meetings.get(j) + 1) {
        j++;
      }
      runs.add(i == j ? meetings.get(i).toString() : meetings.get(i) + "-" + meetings.get(j));
      i = j + 1;
    }
    return String.join(", ", runs);
  }
}
