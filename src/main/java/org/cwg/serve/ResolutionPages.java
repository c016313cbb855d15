package org.cwg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.cwg.cite.CitationSurvey;
import org.cwg.cite.CitedResolution;
import org.cwg.cite.CitingDocuments;
import org.cwg.cite.ResolutionId;
import org.cwg.query.CitationAnswers;
import org.cwg.search.SearchFilters;
import org.cwg.search.Trend;
import org.cwg.search.TrendReport;

/**
 * The resolutions the corpus cites: the catalogue with a citation matrix (resolutions × meetings),
 * one page per resolution with the documents citing it and its trend, and the trend of any term.
 */
final class ResolutionPages {

  /** Rows of the heat map: the most cited resolutions; the table below lists them all. */
  static final int HEATMAP_ROWS = 30;

  private ResolutionPages() {}

  static CitationSurvey survey(LiveIndex.Snapshot snapshot) throws IOException {
    List<org.cwg.model.DocumentRecord> documents = snapshot.documents();
    return snapshot.derived("survey", () -> CitationAnswers.survey(documents, null));
  }

  static Response catalogue(LiveIndex index) throws IOException {
    Html main = new Html();
    main.element("h1", "Resolutions cited");
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      CitationSurvey survey = survey(snapshot);
      List<CitedResolution> cited = survey.resolutions();
      heatmap(main, survey, cited.subList(0, Math.min(HEATMAP_ROWS, cited.size())));
      main.open("table", "id", "catalogue");
      main.element("caption", cited.size() + " resolutions cited, most citing documents first");
      main.open("thead").open("tr");
      for (String column : List.of("Resolution", "Title", "Documents", "Mentions", "Meetings")) {
        main.element("th", column, "scope", "col");
      }
      main.close("tr").close("thead").open("tbody");
      for (CitedResolution resolution : cited) {
        main.open("tr").open("th", "scope", "row");
        main.element(
            "a",
            resolution.body() + " " + resolution.number(),
            "href",
            Links.resolution(resolution.body(), resolution.number()));
        main.close("th");
        main.element("td", resolution.title() == null ? "" : resolution.title());
        main.element("td", Integer.toString(resolution.documents()), "class", "n");
        main.element("td", Integer.toString(resolution.mentions()), "class", "n");
        main.element(
            "td", String.join(", ", resolution.meetings().stream().map(String::valueOf).toList()));
        main.close("tr");
      }
      main.close("tbody").close("table");
    }
    return Response.html(200, Layout.page("Resolutions", main));
  }

  private static void heatmap(Html main, CitationSurvey survey, List<CitedResolution> shown) {
    TreeSet<Integer> meetings = new TreeSet<>();
    shown.forEach(r -> meetings.addAll(r.meetings()));
    List<Integer> columns = new ArrayList<>(meetings);
    List<String> rows = new ArrayList<>();
    List<String> links = new ArrayList<>();
    int[][] counts = new int[shown.size()][columns.size()];
    for (int r = 0; r < shown.size(); r++) {
      CitedResolution resolution = shown.get(r);
      rows.add(resolution.body() + " " + resolution.number());
      links.add(Links.resolution(resolution.body(), resolution.number()));
      for (CitingDocuments.MeetingCount count : survey.citing(resolution.id()).meetings()) {
        int column = count.meeting() == null ? -1 : columns.indexOf(count.meeting());
        if (column >= 0) {
          counts[r][column] = count.mentions();
        }
      }
    }
    main.element("h2", "Citations per meeting");
    main.open("figure");
    main.append(
        Charts.heatmap(
            "Mentions of the " + shown.size() + " most cited resolutions per meeting",
            rows,
            links,
            columns.stream().map(String::valueOf).toList(),
            counts,
            "mentions"));
    main.element("figcaption", "Darker cells: more mentions. Rows link to each resolution.");
    main.close("figure");
  }

  static Response resolution(LiveIndex index, String written) throws IOException {
    int hyphen = written.indexOf('-');
    String spaced =
        hyphen < 0 ? written : written.substring(0, hyphen) + " " + written.substring(hyphen + 1);
    ResolutionId.Parsed parsed;
    try {
      parsed = ResolutionId.parse(spaced);
    } catch (IllegalArgumentException e) {
      throw new NotFound(e.getMessage());
    }
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      CitationSurvey survey = survey(snapshot);
      ResolutionId id = survey.identify(parsed);
      CitingDocuments citing = survey.citing(id);
      if (citing.documents().isEmpty()) {
        throw new NotFound("no document in the index cites " + id.spoken());
      }
      Html main = new Html();
      String title = id.spoken();
      main.element(
          "h1",
          citing.resolution().title() == null ? title : title + ": " + citing.resolution().title());
      TrendReport trend = new Trend(snapshot.reader()).ofCitations(id.key(), SearchFilters.none());
      main.open("figure");
      main.append(Charts.trend(trend, "Citations of " + title + " per meeting"));
      main.element("figcaption", "Mentions per meeting; bar height per 10,000 words.");
      main.close("figure");
      main.element("h2", citing.documents().size() + " documents citing it");
      main.open("ul", "id", "citing");
      for (CitingDocuments.Document document : citing.documents()) {
        main.open("li");
        main.element(
            "a",
            SearchPage.name(document.document()),
            "href",
            Links.document(document.document().id()));
        if (document.document().meeting() != null) {
          main.text(" · meeting " + document.document().meeting());
        }
        main.text(
            " · "
                + document.mentions().size()
                + (document.mentions().size() == 1 ? " mention" : " mentions"));
        Optional.ofNullable(document.mentions().isEmpty() ? null : document.mentions().get(0))
            .map(CitingDocuments.Mention::context)
            .ifPresent(context -> main.element("p", context, "class", "snippet"));
        main.close("li");
      }
      main.close("ul");
      return Response.html(200, Layout.page(title, main));
    }
  }

  static Response trend(LiveIndex index, Params params) throws IOException {
    String query = params.get("q");
    Html main = new Html();
    main.element("h1", query == null ? "Trend of a term" : "Trend: " + query);
    main.open("form", "id", "trend", "action", "/trend", "method", "get");
    main.element("label", "Term or query", "for", "q");
    main.empty(
        "input", "type", "search", "name", "q", "id", "q", "value", query, "required", "required");
    main.element("button", "Draw", "type", "submit");
    main.close("form");
    if (query == null) {
      return Response.html(200, Layout.page("Trend", main));
    }
    TrendReport report;
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      report = new Trend(snapshot.reader()).ofQuery(query, false, Api.filters(params));
    } catch (IllegalArgumentException e) {
      main.element("p", SearchPage.firstLine(e.getMessage()), "class", "error");
      return Response.html(400, Layout.page("Trend", main));
    }
    main.open("figure");
    main.append(Charts.trend(report, "Occurrences of " + query + " per meeting"));
    main.element("figcaption", report.occurrences() + " occurrences; bar height per 10,000 words.");
    main.close("figure");
    main.open("table", "id", "trend-table");
    main.open("thead").open("tr");
    for (String column : List.of("Meeting", "Documents", "Matching", "Occurrences", "Per 10k")) {
      main.element("th", column, "scope", "col");
    }
    main.close("tr").close("thead").open("tbody");
    for (TrendReport.Row row : report.rows()) {
      main.open("tr");
      main.element("th", row.meeting() == null ? "none" : row.meeting().toString(), "scope", "row");
      main.element("td", Integer.toString(row.documents()), "class", "n");
      main.element("td", Integer.toString(row.matchingDocuments()), "class", "n");
      main.element("td", Integer.toString(row.occurrences()), "class", "n");
      main.element(
          "td", String.format(java.util.Locale.ROOT, "%.2f", row.per10kWords()), "class", "n");
      main.close("tr");
    }
    main.close("tbody").close("table");
    return Response.html(200, Layout.page("Trend: " + query, main));
  }
}
