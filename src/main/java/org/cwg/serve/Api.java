package org.cwg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cwg.cite.CitationSurvey;
import org.cwg.cite.ReferenceGraph;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.SectionKind;
import org.cwg.outcome.MeetingOutcomes;
import org.cwg.query.CitationAnswers;
import org.cwg.query.IndexedDocuments;
import org.cwg.render.DocumentList;
import org.cwg.render.JsonRenderer;
import org.cwg.render.ReuseJson;
import org.cwg.render.SectionList;
import org.cwg.reuse.SimilarReport;
import org.cwg.search.Concordance;
import org.cwg.search.CorpusReuse;
import org.cwg.search.CorpusSearch;
import org.cwg.search.CorpusStats;
import org.cwg.search.FilterQueries;
import org.cwg.search.KwicSort;
import org.cwg.search.SearchFilters;
import org.cwg.search.SearchRequest;
import org.cwg.search.SortOrder;
import org.cwg.search.Trend;

/**
 * The JSON API: {@code /api/X?option=value...} answers what {@code cwg X --format json --option
 * value ...} prints, byte for byte. Parameters are the command's long option names; its argument is
 * {@code q} (a query), {@code doc} (a document), {@code res} (a resolution) or {@code n} (a
 * meeting).
 */
final class Api {

  private static final List<String> FILTERS =
      List.of("meeting", "section", "cites", "source", "type", "from", "to", "number", "lang");

  /** The result of one endpoint for its parameters, over one commit of the index. */
  @FunctionalInterface
  private interface Endpoint {
    Object answer(Params params, LiveIndex.Snapshot index) throws IOException;
  }

  private record Route(Set<String> parameters, Endpoint endpoint) {}

  private final Map<String, Route> routes = new LinkedHashMap<>();

  Api() {
    routes.put(
        "search",
        new Route(
            with(List.of("q", "limit", "sort", "facets", "exact", "documents")), Api::search));
    routes.put("list", new Route(Set.of("lang"), Api::list));
    routes.put("show", new Route(Set.of("doc", "lang"), Api::show));
    routes.put("sections", new Route(Set.of("doc", "kind"), Api::sections));
    routes.put("cites", new Route(Set.of("res", "meeting", "matrix"), Api::cites));
    routes.put("refs", new Route(Set.of("doc"), Api::refs));
    routes.put("trend", new Route(with(List.of("q", "exact")), Api::trend));
    routes.put("stats", new Route(Set.of("top"), Api::stats));
    routes.put("outcome", new Route(Set.of("doc"), Api::outcome));
    routes.put("meeting", new Route(Set.of("n", "group"), Api::meeting));
    routes.put("similar", new Route(Set.of("doc", "min-words"), Api::similar));
    routes.put("kwic", new Route(with(List.of("q", "exact", "width", "sort", "limit")), Api::kwic));
  }

  private static Set<String> with(List<String> own) {
    Set<String> all = new java.util.HashSet<>(own);
    all.addAll(FILTERS);
    return all;
  }

  /** The endpoints, in the order the README lists them. */
  Set<String> endpoints() {
    return routes.keySet();
  }

  /**
   * The JSON answer of {@code /api/name}.
   *
   * @throws NotFound for an unknown endpoint or document
   * @throws IllegalArgumentException for parameters the command would refuse
   */
  String answer(String name, Params params, LiveIndex index) throws IOException {
    Route route = routes.get(name);
    if (route == null) {
      throw new NotFound("no such endpoint: /api/" + name);
    }
    params.allowOnly(route.parameters());
    Object result;
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      result = route.endpoint().answer(params, snapshot);
    }
    StringWriter text = new StringWriter();
    JsonRenderer.render(result, new PrintWriter(text));
    return text.toString();
  }

  static SearchFilters filters(Params params) {
    return SearchFilters.written(
        params.get("meeting"),
        params.get("section"),
        params.get("cites"),
        params.get("source"),
        params.get("type"),
        params.get("from"),
        params.get("to"),
        params.get("number"),
        params.get("lang"));
  }

  private static Object search(Params params, LiveIndex.Snapshot index) throws IOException {
    if (params.flag("documents")) {
      // As -l: every matching document unless a limit is given; no snippets, no facets.
      SearchRequest request =
          new SearchRequest(
              params.required("q", "the query"),
              params.flag("exact"),
              filters(params),
              params.integer("limit", Integer.MAX_VALUE),
              params.choice("sort", SortOrder.class, SortOrder.RELEVANCE),
              false,
              false);
      return new CorpusSearch(index.reader()).documents(request);
    }
    SearchRequest request =
        new SearchRequest(
            params.required("q", "the query"),
            params.flag("exact"),
            filters(params),
            params.integer("limit", 10),
            params.choice("sort", SortOrder.class, SortOrder.RELEVANCE),
            params.flag("facets"));
    return new CorpusSearch(index.reader()).search(request);
  }

  private static Object list(Params params, LiveIndex.Snapshot index) throws IOException {
    DocumentList list = DocumentList.of(index.documents());
    String language = params.get("lang");
    return language == null ? list : list.inLanguage(FilterQueries.languageCode(language));
  }

  /** The indexed document {@code doc} names; 404 when there is none. */
  static DocumentRecord document(Params params, CorpusReader reader) throws IOException {
    String doc = params.required("doc", "a document number, id or file name");
    return IndexedDocuments.find(reader, doc)
        .orElseThrow(() -> new NotFound("no document '" + doc + "' in the index"));
  }

  private static Object show(Params params, LiveIndex.Snapshot index) throws IOException {
    return IndexedDocuments.view(
        index.reader(), document(params, index.reader()), params.get("lang"));
  }

  private static Object sections(Params params, LiveIndex.Snapshot index) throws IOException {
    Set<SectionKind> wanted = EnumSet.noneOf(SectionKind.class);
    String kinds = params.get("kind");
    if (kinds != null) {
      for (String kind : kinds.split(",")) {
        wanted.add(SectionKind.fromId(kind));
      }
    }
    DocumentRecord record =
        IndexedDocuments.withResolvedReferences(document(params, index.reader()), index.reader());
    return SectionList.of(List.of(record), wanted);
  }

  private static Object cites(Params params, LiveIndex.Snapshot index) throws IOException {
    CitationSurvey survey = CitationAnswers.survey(index.documents(), params.get("meeting"));
    return CitationAnswers.result(
        survey, CitationAnswers.identify(survey, params.get("res")), params.flag("matrix"));
  }

  private static Object refs(Params params, LiveIndex.Snapshot index) throws IOException {
    DocumentRecord wanted = document(params, index.reader());
    return graph(index).linksOf(wanted);
  }

  static ReferenceGraph graph(LiveIndex.Snapshot index) throws IOException {
    List<DocumentRecord> documents = index.documents();
    return index.derived("graph", () -> new ReferenceGraph(documents));
  }

  private static Object trend(Params params, LiveIndex.Snapshot index) throws IOException {
    return new Trend(index.reader()).of(params.get("q"), params.flag("exact"), filters(params));
  }

  private static Object stats(Params params, LiveIndex.Snapshot index) throws IOException {
    return CorpusStats.of(index.reader(), params.integer("top", 10));
  }

  static MeetingOutcomes outcomes(LiveIndex.Snapshot index) throws IOException {
    return index.derived("outcomes", () -> new MeetingOutcomes(index.reader()));
  }

  private static Object outcome(Params params, LiveIndex.Snapshot index) throws IOException {
    DocumentRecord wanted = document(params, index.reader());
    return outcomes(index).outcomesOf(wanted);
  }

  private static Object meeting(Params params, LiveIndex.Snapshot index) throws IOException {
    String written = params.required("n", "a meeting number");
    int meeting;
    try {
      meeting = Integer.parseInt(written.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(
          "Invalid value for positional parameter at index 0 (N): '" + written + "' is not an int");
    }
    return outcomes(index).meeting(meeting, params.get("group"));
  }

  private static Object similar(Params params, LiveIndex.Snapshot index) throws IOException {
    int minWords = params.integer("min-words", 25);
    CorpusReuse.checkMinWords(minWords);
    SimilarReport report =
        new CorpusReuse(index.reader(), minWords).similar(document(params, index.reader()));
    Map<String, DocumentSummary> summaries = index.reader().summaries(ReuseJson.ids(report));
    return ReuseJson.of(report, summaries);
  }

  private static Object kwic(Params params, LiveIndex.Snapshot index) throws IOException {
    int limit = params.integer("limit", 0);
    if (limit < 0) {
      throw new BadRequest("--limit must not be negative");
    }
    return new Concordance(index.reader())
        .lines(
            params.required("q", "the query"),
            params.flag("exact"),
            filters(params),
            params.integer("width", 40),
            params.choice("sort", KwicSort.class, KwicSort.MEETING),
            limit);
  }
}
