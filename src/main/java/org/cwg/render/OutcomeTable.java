package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import org.cwg.outcome.ContributionOutcomes;
import org.cwg.outcome.Outcome;

/** {@code cwg outcome DOC --format csv}: one row per report section. */
public record OutcomeTable(ContributionOutcomes result) implements Tabular {

  @Override
  public List<String> header() {
    return List.of(
        "document",
        "report_id",
        "report_number",
        "meeting",
        "date",
        "section_number",
        "heading",
        "link",
        "score",
        "via",
        "summary",
        "discussion",
        "actions");
  }

  @Override
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    String document =
        result.document().number() != null ? result.document().number() : result.document().id();
    for (Outcome o : result.outcomes()) {
      List<String> row = new ArrayList<>();
      row.add(document);
      row.add(o.report().id());
      row.add(o.report().number());
      row.add(o.report().meeting() == null ? null : o.report().meeting().toString());
      row.add(o.report().date());
      row.add(o.section().number());
      row.add(o.section().heading());
      row.add(o.link());
      row.add(Double.toString(o.score()));
      row.add(String.join(" ", o.via()));
      row.add(o.summary());
      row.add(o.discussion());
      row.add(String.join("\n", o.actions()));
      rows.add(row);
    }
    return rows;
  }
}
