package org.cwg.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentSummary;
import org.cwg.search.CorpusSearch;
import org.cwg.search.SearchFilters;
import org.cwg.search.SearchHit;
import org.cwg.search.SearchRequest;
import org.cwg.search.SearchResult;
import org.cwg.search.Snippet;
import org.cwg.search.SortOrder;

/**
 * The search page: the form, the hit count, the hits with their matches marked, facets that narrow
 * the search when clicked, and pages of {@value #PAGE_SIZE} hits. The query and filters mean what
 * they mean to {@code cwg search}.
 */
final class SearchPage {

  static final int PAGE_SIZE = 10;

  /** The deepest page: further than this, a query should be narrowed rather than paged. */
  static final int MAX_PAGE = 50;

  /** How many of the most cited resolutions the Cites facet offers. */
  static final int CITES_FACET = 10;

  /** The filters a page carries in its address, with the facet each comes from. */
  private static final List<String> FILTERS =
      List.of("meeting", "section", "source", "type", "cites");

  private SearchPage() {}

  static Response render(LiveIndex index, Params params) throws IOException {
    String query = params.get("q");
    Map<String, String> filters = new LinkedHashMap<>();
    FILTERS.forEach(name -> filters.put(name, params.get(name)));
    Html main = new Html();
    main.element("h1", query == null ? "Search the corpus" : "Search: " + query);
    form(main, query, filters);
    if (query == null) {
      main.element(
          "p",
          "Words must all match; OR between alternatives, \"phrases\", NOT, wild*cards and the"
              + " fields of cwg search (meeting:20, section:purpose, cites:1305, source:, type:).",
          "class",
          "hint");
      corpus(main, index);
      return Response.html(200, Layout.page("Search", main));
    }
    int page = Math.min(MAX_PAGE, Math.max(1, params.integer("page", 1)));
    SearchResult result;
    Map<String, Map<String, Integer>> narrowing = new LinkedHashMap<>();
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      CorpusSearch search = new CorpusSearch(snapshot.reader());
      result = search.search(request(query, filters, page * PAGE_SIZE, true));
      if (filters.get("type") == null) {
        narrowing.put("type", counts(search, query, filters, "type", typesIn(snapshot)));
      }
      if (filters.get("cites") == null) {
        narrowing.put("cites", counts(search, query, filters, "cites", mostCited(snapshot)));
      }
    } catch (IllegalArgumentException e) {
      main.element("p", firstLine(e.getMessage()), "class", "error");
      return Response.html(400, Layout.page("Search", main));
    }
    main.element(
        "p",
        result.total()
            + (result.total() == 1 ? " hit" : " hits")
            + " in "
            + result.documents()
            + (result.documents() == 1 ? " document" : " documents"),
        "id",
        "count");
    main.open("div", "class", "results");
    hits(main, result.hits(), (page - 1) * PAGE_SIZE);
    facets(main, result.facets(), narrowing, query, filters);
    main.close("div");
    pages(main, query, filters, page, result.total());
    return Response.html(200, Layout.page("Search: " + query, main));
  }

  /** The search a page makes: its query and filters, as {@code cwg search} reads them. */
  private static SearchRequest request(
      String query, Map<String, String> filters, int limit, boolean facets) {
    SearchFilters chosen =
        SearchFilters.written(
            filters.get("meeting"),
            filters.get("section"),
            filters.get("cites"),
            filters.get("source"),
            filters.get("type"),
            null,
            null,
            null,
            null);
    return new SearchRequest(query, false, chosen, limit, SortOrder.RELEVANCE, facets, facets);
  }

  /**
   * The hits each value of a filter would leave, for the filters the search's own facets do not
   * count (type and cited resolution): one count per value, values without hits left out.
   */
  private static Map<String, Integer> counts(
      CorpusSearch search,
      String query,
      Map<String, String> filters,
      String name,
      List<String> values)
      throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String value : values) {
      Map<String, String> narrowed = new LinkedHashMap<>(filters);
      narrowed.put(name, value);
      int count = search.count(request(query, narrowed, 0, false));
      if (count > 0) {
        counts.put(value, count);
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** The document types of this commit, once, from the few fields stored for a list. */
  private static List<String> typesIn(LiveIndex.Snapshot snapshot) throws IOException {
    return snapshot.derived(
        "types",
        () -> {
          List<String> ids =
              snapshot.reader().indexedFiles().stream().map(IndexedFile::docId).toList();
          return snapshot.reader().summaries(ids).values().stream()
              .map(DocumentSummary::type)
              .filter(java.util.Objects::nonNull)
              .distinct()
              .sorted()
              .toList();
        });
  }

  /** The resolutions offered as a filter: the most cited of this commit. */
  private static List<String> mostCited(LiveIndex.Snapshot snapshot) throws IOException {
    return ResolutionPages.survey(snapshot).resolutions().stream()
        .limit(CITES_FACET)
        .map(r -> r.body() + " " + r.number())
        .toList();
  }

  /** What the index holds, or why there is none: the first page works without an index. */
  private static void corpus(Html main, LiveIndex index) throws IOException {
    try (LiveIndex.Snapshot snapshot = index.acquire()) {
      int documents = snapshot.reader().indexedFiles().size();
      main.element(
          "p",
          documents + (documents == 1 ? " document" : " documents") + " indexed.",
          "id",
          "corpus");
    } catch (IndexUnavailable e) {
      main.element("p", firstLine(e.getMessage()), "class", "error", "id", "corpus");
    }
  }

  private static void form(Html main, String query, Map<String, String> filters) {
    main.open("form", "id", "search", "action", "/search", "method", "get", "role", "search");
    main.element("label", "Query", "for", "q");
    main.empty(
        "input", "type", "search", "name", "q", "id", "q", "value", query, "required", "required");
    filters.forEach(
        (name, value) -> {
          if (value != null) {
            main.empty("input", "type", "hidden", "name", name, "value", value);
          }
        });
    main.element("button", "Search", "type", "submit");
    main.close("form").newline();
  }

  private static void hits(Html main, List<SearchHit> hits, int skip) {
    main.open("ol", "class", "hits", "start", Integer.toString(skip + 1));
    for (SearchHit hit : hits.subList(Math.min(skip, hits.size()), hits.size())) {
      DocumentSummary doc = hit.document();
      main.open("li", "class", "hit");
      main.element("a", name(doc), "class", "doc", "href", Links.document(doc.id()));
      main.open("span", "class", "where");
      if (doc.meeting() != null) {
        main.text(" · meeting " + doc.meeting());
      }
      if (hit.heading() != null) {
        main.text(
            " · " + (hit.sectionNumber() == null ? "" : hit.sectionNumber() + " ") + hit.heading());
      } else if (hit.section() != null) {
        main.text(" · " + hit.section());
      }
      main.close("span");
      if (doc.title() != null && doc.number() != null) {
        main.element("span", doc.title(), "class", "title", "lang", doc.language());
      }
      for (Snippet snippet : hit.snippets()) {
        // The document's language, so that a screen reader reads a French passage as French.
        main.open("p", "class", "snippet", "lang", doc.language());
        for (Snippet.Fragment fragment : snippet.fragments()) {
          if (fragment.match()) {
            main.element("mark", fragment.text());
          } else {
            main.text(fragment.text());
          }
        }
        main.close("p");
      }
      main.close("li").newline();
    }
    main.close("ol");
  }

  /** What a document is called in a list: its number, else its title, else its file. */
  static String name(DocumentSummary doc) {
    if (doc.number() != null) {
      return doc.number();
    }
    if (doc.title() != null && !doc.title().isBlank()) {
      return doc.title();
    }
    String path = doc.path();
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  private static void facets(
      Html main,
      SearchResult.Facets facets,
      Map<String, Map<String, Integer>> narrowing,
      String query,
      Map<String, String> filters) {
    main.open("aside", "id", "facets", "aria-labelledby", "facets-title");
    main.element("h2", "Refine", "id", "facets-title");
    if (facets != null) {
      facet(main, "Meeting", "meeting", facets.meeting(), query, filters);
      facet(main, "Section", "section", facets.section(), query, filters);
      facet(main, "Source", "source", facets.source(), query, filters);
    }
    facet(main, "Type", "type", narrowing.get("type"), query, filters);
    facet(main, "Cites", "cites", narrowing.get("cites"), query, filters);
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      if (filter.getValue() != null) {
        Map<String, String> without = new LinkedHashMap<>(filters);
        without.put(filter.getKey(), null);
        main.open("p", "class", "active");
        main.element(
            "a",
            "Remove " + filter.getKey() + ": " + filter.getValue(),
            "class",
            "unfacet",
            "href",
            link(query, without, 1));
        main.close("p");
      }
    }
    main.close("aside");
  }

  private static void facet(
      Html main,
      String title,
      String name,
      Map<String, Integer> counts,
      String query,
      Map<String, String> filters) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    main.element("h3", title);
    main.open("ul");
    for (Map.Entry<String, Integer> value : counts.entrySet()) {
      if (value.getKey().equals("none")) {
        continue; // hits without a meeting or kind: there is no filter for "none"
      }
      Map<String, String> narrowed = new LinkedHashMap<>(filters);
      narrowed.put(name, value.getKey());
      main.open("li");
      main.open("a", "class", "facet", "href", link(query, narrowed, 1));
      main.text(value.getKey()).text(" ");
      main.element("span", "(" + value.getValue() + ")", "class", "n");
      main.close("a").close("li");
    }
    main.close("ul");
  }

  private static void pages(
      Html main, String query, Map<String, String> filters, int page, int total) {
    main.open("nav", "id", "pages", "aria-label", "Result pages");
    if (page > 1) {
      main.element("a", "Previous", "rel", "prev", "href", link(query, filters, page - 1));
    }
    int last = Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    main.element("span", "Page " + page + " of " + Math.max(1, last), "class", "at");
    if (page < last) {
      main.element("a", "Next", "rel", "next", "href", link(query, filters, page + 1));
    }
    main.close("nav");
  }

  static String link(String query, Map<String, String> filters, int page) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", query);
    params.putAll(filters);
    params.put("page", page == 1 ? null : Integer.toString(page));
    return Links.withParams("/search", params);
  }

  static String firstLine(String message) {
    return message == null ? "error" : message.strip().lines().findFirst().orElse(message);
  }
}
