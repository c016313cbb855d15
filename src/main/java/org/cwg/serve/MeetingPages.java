package org.cwg.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.outcome.MeetingOverview;

/** The meetings in the index, and one meeting at a glance as {@code cwg meeting N} shows it. */
final class MeetingPages {

  private MeetingPages() {}

  /** A group's meeting, as the list of meetings names it. */
  private record MeetingKey(String group, int meeting) implements Comparable<MeetingKey> {
    @Override
    public int compareTo(MeetingKey other) {
      int byGroup =
          Objects.compare(
              group, other.group, java.util.Comparator.nullsLast(String::compareToIgnoreCase));
      return byGroup != 0 ? byGroup : Integer.compare(meeting, other.meeting);
    }
  }

  static Response list(LiveIndex index) throws IOException {
    Map<MeetingKey, int[]> meetings = new TreeMap<>();
    int without = 0;
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      for (DocumentRecord record : snapshot.documents()) {
        Integer meeting = record.metadata().meeting();
        if (meeting == null) {
          without++;
          continue;
        }
        int[] counts =
            meetings.computeIfAbsent(
                new MeetingKey(record.metadata().group(), meeting), k -> new int[3]);
        counts[0]++;
        String type = record.metadata().type();
        if ("report".equals(type)) {
          counts[1]++;
        } else if ("contribution".equals(type)) {
          counts[2]++;
        }
      }
    }
    Html main = new Html();
    main.element("h1", "Meetings");
    main.open("table", "id", "meetings");
    main.element("caption", meetings.size() + " meetings; " + without + " documents name none");
    main.open("thead").open("tr");
    for (String column : List.of("Group", "Meeting", "Documents", "Reports", "Contributions")) {
      main.element("th", column, "scope", "col");
    }
    main.close("tr").close("thead").open("tbody");
    meetings.forEach(
        (key, counts) -> {
          main.open("tr");
          main.element("td", key.group() == null ? "" : key.group());
          main.open("th", "scope", "row");
          main.element(
              "a", "Meeting " + key.meeting(), "href", Links.meeting(key.meeting(), key.group()));
          main.close("th");
          for (int count : counts) {
            main.element("td", Integer.toString(count), "class", "n");
          }
          main.close("tr");
        });
    main.close("tbody").close("table");
    return Response.html(200, Layout.page("Meetings", main));
  }

  static Response meeting(LiveIndex index, String written, String group) throws IOException {
    int number;
    try {
      number = Integer.parseInt(written.strip());
    } catch (NumberFormatException e) {
      throw new NotFound("no meeting '" + written + "'");
    }
    MeetingOverview meeting;
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      meeting = Api.outcomes(snapshot).meeting(number, group);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("no document of meeting")) {
        throw new NotFound(e.getMessage());
      }
      throw e;
    }
    String title =
        (meeting.group() == null ? "" : meeting.group() + " ") + "meeting " + meeting.meeting();
    Html main = new Html();
    main.element("h1", title);
    if (meeting.date() != null || meeting.place() != null) {
      main.element(
          "p",
          String.join(
              ", ",
              java.util.stream.Stream.of(meeting.place(), meeting.date())
                  .filter(Objects::nonNull)
                  .toList()),
          "class",
          "when");
    }
    Map<String, String> reportNames = new java.util.HashMap<>();
    meeting.reports().forEach(r -> reportNames.put(r.id(), SearchPage.name(r)));
    main.element("h2", "Reports");
    documents(main, meeting.reports(), "reports");
    main.element("h2", "Contributions");
    main.open("table", "id", "contributions");
    main.open("thead").open("tr");
    for (String column : List.of("Contribution", "Title", "Sources", "Discussed", "Where")) {
      main.element("th", column, "scope", "col");
    }
    main.close("tr").close("thead").open("tbody");
    for (MeetingOverview.MeetingContribution contribution : meeting.contributions()) {
      DocumentSummary doc = contribution.document();
      main.open("tr").open("th", "scope", "row");
      main.element("a", SearchPage.name(doc), "href", Links.document(doc.id()));
      if (contribution.languages().size() > 1) {
        main.text(" (" + String.join(", ", contribution.languages()) + ")");
      }
      main.close("th");
      main.element("td", doc.title() == null ? "" : doc.title());
      main.element("td", String.join("; ", doc.sources()));
      main.element("td", contribution.discussed() ? "yes" : "no");
      main.open("td");
      for (MeetingOverview.OutcomeAt at : contribution.outcomes()) {
        main.open("span", "class", "where");
        main.element(
            "a", at.report() + " § " + at.section(), "href", Links.document(at.reportId()));
        main.text(" (" + at.link() + ")");
        main.close("span").text(" ");
      }
      main.close("td").close("tr");
    }
    main.close("tbody").close("table");
    main.element("h2", "Documents discussed but not in the index");
    main.open("ul", "id", "missing");
    for (MeetingOverview.MissingDocument missing : meeting.missing()) {
      main.element(
          "li",
          missing.number()
              + " (in "
              + missing.report()
              + " § "
              + String.join(", ", missing.sections())
              + ")");
    }
    main.close("ul");
    main.element("h2", "References between the meeting's documents");
    main.open("ul", "id", "internal-refs");
    for (MeetingOverview.MeetingReference reference : meeting.references()) {
      main.element(
          "li", reference.from() + " → " + reference.to() + " (" + reference.count() + ")");
    }
    main.close("ul");
    main.element("h2", "All its documents");
    documents(main, meeting.documents(), "documents");
    return Response.html(200, Layout.page(title, main));
  }

  private static void documents(Html main, List<DocumentSummary> documents, String id) {
    main.open("ul", "id", id);
    for (DocumentSummary doc : documents) {
      main.open("li");
      main.element("a", SearchPage.name(doc), "href", Links.document(doc.id()));
      if (doc.title() != null && doc.number() != null) {
        main.text(" – " + doc.title());
      }
      main.close("li");
    }
    main.close("ul");
  }
}
