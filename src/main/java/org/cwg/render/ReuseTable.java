package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import org.cwg.reuse.PassageRef;
import org.cwg.reuse.SharedPassage;

/** Shared passages as a table (for CSV): one row per passage, both documents side by side. */
public record ReuseTable(List<SharedPassage> passages) implements Tabular {

  @Override
  public List<String> header() {
    return List.of(
        "a_id",
        "a_number",
        "a_section",
        "a_start",
        "a_end",
        "b_id",
        "b_number",
        "b_section",
        "b_start",
        "b_end",
        "words",
        "similarity",
        "text");
  }

  @Override
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (SharedPassage passage : passages) {
      List<String> row = new ArrayList<>();
      addSide(row, passage.a());
      addSide(row, passage.b());
      row.add(String.valueOf(passage.words()));
      row.add(String.valueOf(passage.similarity()));
      row.add(passage.text());
      rows.add(row);
    }
    return rows;
  }

  private static void addSide(List<String> row, PassageRef ref) {
    row.add(ref.id());
    row.add(ref.number());
    row.add(ref.section());
    row.add(String.valueOf(ref.start()));
    row.add(String.valueOf(ref.end()));
  }
}
