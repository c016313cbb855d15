package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import org.cwg.outcome.MeetingOverview;
import org.cwg.outcome.MeetingOverview.MeetingContribution;
import org.cwg.outcome.MeetingOverview.OutcomeAt;

/**
 * {@code cwg meeting N --format csv}: one row per contribution and report section that discussed it
 * (one row with empty report columns for a contribution no report discussed).
 */
public record MeetingTable(MeetingOverview meeting) implements Tabular {

  @Override
  public List<String> header() {
    return List.of(
        "group",
        "meeting",
        "id",
        "number",
        "sources",
        "title",
        "discussed",
        "report",
        "section",
        "heading",
        "link",
        "score");
  }

  @Override
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (MeetingContribution c : meeting.contributions()) {
      List<OutcomeAt> outcomes = c.outcomes().isEmpty() ? List.of() : c.outcomes();
      if (outcomes.isEmpty()) {
        rows.add(row(c, null));
      }
      outcomes.forEach(at -> rows.add(row(c, at)));
    }
    return rows;
  }

  private List<String> row(MeetingContribution c, OutcomeAt at) {
    List<String> row = new ArrayList<>();
    row.add(meeting.group());
    row.add(Integer.toString(meeting.meeting()));
    row.add(c.document().id());
    row.add(c.document().number());
    row.add(String.join("; ", c.document().sources()));
    row.add(c.document().title());
    row.add(Boolean.toString(c.discussed()));
    row.add(at == null ? null : at.report());
    row.add(at == null ? null : at.section());
    row.add(at == null ? null : at.heading());
    row.add(at == null ? null : at.link());
    row.add(at == null ? null : Double.toString(at.score()));
    return row;
  }
}
