package org.cwg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cwg.cite.CitedResolution;
import org.cwg.cite.ReferenceGraph;
import org.cwg.cite.ReferenceResolver;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Language;
import org.cwg.model.ResolutionMention;

/**
 * The graph of references between documents and of their citations of resolutions, drawn on the
 * server: one column per meeting (in order, documents without a meeting last), documents in corpus
 * order within it, the most cited resolutions in a column of their own on the right. The layout
 * depends on the index alone, so the same corpus always gives the same picture.
 */
final class GraphPage {

  /** The most connected documents drawn; more would be a blur, and a slow page. */
  static final int MAX_DOCUMENTS = 200;

  static final int MAX_RESOLUTIONS = 15;

  private static final int COLUMN = 170;
  private static final int ROW = 26;
  private static final int TOP = 50;
  private static final int LEFT = 20;

  private GraphPage() {}

  private record Edge(String from, String to, boolean citation) {}

  static Response render(LiveIndex index) throws IOException {
    Html main = new Html();
    main.element("h1", "Citations and references");
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      List<DocumentRecord> documents = snapshot.documents();
      ReferenceGraph graph = Api.graph(snapshot);
      List<CitedResolution> cited = ResolutionPages.survey(snapshot).resolutions();
      Set<String> resolutions = new LinkedHashSet<>();
      cited.stream()
          .limit(MAX_RESOLUTIONS)
          .forEach(r -> resolutions.add(r.body() + " " + r.number()));
      // One node per document: its language versions are drawn as the one standing for them.
      Map<String, List<String>> languages = new HashMap<>();
      for (DocumentRecord record : documents) {
        String language = record.metadata().language();
        List<String> of =
            languages.computeIfAbsent(graph.standingId(record), k -> new ArrayList<>());
        if (language != null && !of.contains(language)) {
          of.add(language);
        }
      }
      languages.values().forEach(l -> l.sort(Comparator.comparingInt(Language::ituOrder)));
      Set<Edge> edges = new LinkedHashSet<>();
      Map<String, Integer> degree = new HashMap<>();
      for (DocumentRecord record : documents) {
        String from = graph.standingId(record);
        for (DocumentReference reference :
            ReferenceResolver.resolve(record.references(), graph.directory())) {
          if (reference.target() != null && !reference.target().equals(from)) {
            edges.add(new Edge(from, reference.target(), false));
          }
        }
        for (ResolutionMention mention : record.resolutions()) {
          if (resolutions.contains(mention.key())) {
            edges.add(new Edge(from, mention.key(), true));
          }
        }
      }
      for (Edge edge : edges) {
        degree.merge(edge.from(), 1, Integer::sum);
        degree.merge(edge.to(), 1, Integer::sum);
      }
      Set<String> shown = new LinkedHashSet<>();
      documents.stream()
          .filter(d -> degree.containsKey(d.id()))
          .sorted(Comparator.comparing((DocumentRecord d) -> -degree.get(d.id())))
          .limit(MAX_DOCUMENTS)
          .forEach(d -> shown.add(d.id()));
      main.element(
          "p",
          shown.size()
              + " documents with references or citations"
              + (shown.size() == MAX_DOCUMENTS ? " (the most connected)" : "")
              + ", and the "
              + resolutions.size()
              + " most cited resolutions. Each document links to its page.");
      main.open("figure", "class", "graph");
      main.append(draw(documents, languages, shown, resolutions, edges));
      main.close("figure");
    }
    return Response.html(200, Layout.page("Graph", main));
  }

  /**
   * @param languages each standing version's id to the languages of the versions it stands for
   */
  private static Html draw(
      List<DocumentRecord> documents,
      Map<String, List<String>> languages,
      Set<String> shown,
      Set<String> resolutions,
      Set<Edge> edges) {
    Map<Integer, List<DocumentRecord>> columns =
        new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (DocumentRecord record : documents) {
      if (shown.contains(record.id())) {
        columns.computeIfAbsent(record.metadata().meeting(), k -> new ArrayList<>()).add(record);
      }
    }
    Map<String, int[]> at = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    int column = 0;
    int tallest = resolutions.size();
    List<String> headings = new ArrayList<>();
    for (Map.Entry<Integer, List<DocumentRecord>> meeting : columns.entrySet()) {
      headings.add(meeting.getKey() == null ? "no meeting" : "meeting " + meeting.getKey());
      int row = 0;
      for (DocumentRecord record : meeting.getValue()) {
        at.put(record.id(), new int[] {LEFT + column * COLUMN, TOP + row * ROW});
        List<String> versions = languages.getOrDefault(record.id(), List.of());
        labels.put(
            record.id(),
            SearchPage.name(DocumentSummary.of(record))
                + (versions.isEmpty() || versions.equals(List.of("en"))
                    ? ""
                    : " (" + String.join(", ", versions) + ")"));
        row++;
      }
      tallest = Math.max(tallest, row);
      column++;
    }
    headings.add("resolutions");
    int row = 0;
    for (String resolution : resolutions) {
      at.put(resolution, new int[] {LEFT + column * COLUMN, TOP + row * ROW});
      labels.put(resolution, resolution);
      row++;
    }
    int width = LEFT * 2 + (column + 1) * COLUMN;
    int height = TOP + tallest * ROW + 20;
    Html svg = Charts.svg("chart graph", "group", "graph-title", width, height);
    svg.element(
        "title",
        "References between "
            + shown.size()
            + " documents and their citations of "
            + resolutions.size()
            + " resolutions",
        "id",
        "graph-title");
    for (int c = 0; c < headings.size(); c++) {
      svg.element(
          "text",
          headings.get(c),
          "x",
          Integer.toString(LEFT + c * COLUMN),
          "y",
          Integer.toString(TOP - 24),
          "class",
          "label heading");
    }
    svg.open("g", "class", "edges");
    for (Edge edge : edges) {
      int[] from = at.get(edge.from());
      int[] to = at.get(edge.to());
      if (from == null || to == null) {
        continue;
      }
      // Within one column a straight line would run through the nodes between: bend it left.
      String path =
          from[0] == to[0]
              ? "M"
                  + from[0]
                  + " "
                  + from[1]
                  + " Q"
                  + (from[0] - 30)
                  + " "
                  + (from[1] + to[1]) / 2
                  + " "
                  + to[0]
                  + " "
                  + to[1]
              : "M" + from[0] + " " + from[1] + " L" + to[0] + " " + to[1];
      svg.open("path", "d", path, "class", edge.citation() ? "edge citation" : "edge reference");
      svg.element(
          "title",
          labels.get(edge.from())
              + (edge.citation() ? " cites " : " refers to ")
              + labels.get(edge.to()));
      svg.close("path");
    }
    svg.close("g");
    for (Map.Entry<String, int[]> node : at.entrySet()) {
      boolean resolution = resolutions.contains(node.getKey());
      String label = labels.get(node.getKey());
      String[] parts = node.getKey().split(" ", 2);
      svg.open(
          "a",
          "href",
          resolution ? Links.resolution(parts[0], parts[1]) : Links.document(node.getKey()));
      svg.open("g", "class", resolution ? "node resolution" : "node document");
      svg.open(
          "circle",
          "cx",
          Integer.toString(node.getValue()[0]),
          "cy",
          Integer.toString(node.getValue()[1]),
          "r",
          "5");
      svg.element("title", label);
      svg.close("circle");
      svg.element(
          "text",
          label.length() > 22 ? label.substring(0, 21) + "…" : label,
          "x",
          Integer.toString(node.getValue()[0] + 8),
          "y",
          Integer.toString(node.getValue()[1] + 4));
      svg.close("g").close("a");
    }
    svg.close("svg");
    return svg;
  }
}
