package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cwg.index.CorpusReader;
import org.cwg.model.MeetingRange;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known answers over the real sample documents: which documents and which sections hold a phrase,
 * what the filters and facets keep, and how many times a phrase occurs (as grep counts).
 */
class SamplesSearchTest {

  @TempDir static Path tmp;
  static CorpusReader reader;

  @BeforeAll
  static void index() throws IOException {
    assumeTrue(
        SampleIndex.available(),
        "no samples at "
            + SampleIndex.SAMPLES.toAbsolutePath()
            + "; skipping the tests over real documents");
    reader = CorpusReader.open(SampleIndex.ingest(SampleIndex.SAMPLES, tmp.resolve("index")));
  }

  @AfterAll
  static void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }

  private static List<String> documentsMatching(String query) throws IOException {
    SearchResult result =
        new CorpusSearch(reader)
            .search(
                new SearchRequest(
                    query, false, SearchFilters.none(), 1000, SortOrder.MEETING, false));
    return result.hits().stream()
        .map(h -> Path.of(h.path()).getFileName().toString())
        .distinct()
        .sorted()
        .toList();
  }

  private static SearchResult search(String query, SearchFilters filters) throws IOException {
    return new CorpusSearch(reader)
        .search(new SearchRequest(query, false, filters, 1000, SortOrder.MEETING, true));
  }

  /** Each hit as "file: section kind", sorted. */
  private static List<String> sectionsMatching(String query, SearchFilters filters)
      throws IOException {
    return search(query, filters).hits().stream()
        .map(h -> Path.of(h.path()).getFileName() + ": " + h.section())
        .sorted()
        .toList();
  }

  private static int occurrences(String query) throws IOException {
    return new Concordance(reader)
        .lines(query, false, SearchFilters.none(), 10, KwicSort.MEETING, 0)
        .total();
  }

  @Test
  void phrasesFoundInTheDocumentsThatUseThem() throws IOException {
    assertEquals(
        List.of(
            "000_390a1167734b5728.txt",
            "001_27e60200d3c8a806.txt",
            "002_286d323b42f9aff4.txt",
            "004_631d3bb824dc1921.txt"),
        documentsMatching("\"Tunis Agenda\""));
    assertEquals(
        List.of("001_27e60200d3c8a806.txt", "003_a40fdb2044d530c8.txt"),
        documentsMatching("\"public core\""));
    assertEquals(5, documentsMatching("\"Internet governance\"").size());
  }

  @Test
  void everyOccurrenceIsCounted() throws IOException {
    assertEquals(18, occurrences("\"Tunis Agenda\""), "6 + 3 + 2 + 0 + 5, as grep -oi counts");
    assertEquals(62, occurrences("\"Internet governance\""));
  }

  @Test
  void aPhraseIsFoundInTheSectionsThatHoldIt() throws IOException {
    // 001 speaks of the public core in its rationale and in proposal item 1); 003 in its third
    // topic ("Developmental aspects of the Internet").
    assertEquals(
        List.of(
            "001_27e60200d3c8a806.txt: proposal",
            "001_27e60200d3c8a806.txt: rationale",
            "003_a40fdb2044d530c8.txt: topic"),
        sectionsMatching("\"public core\"", SearchFilters.none()));
  }

  @Test
  void filtersKeepOnlyWhatTheyName() throws IOException {
    SearchFilters proposals =
        new SearchFilters(null, SectionKind.PROPOSAL, null, null, null, null, null);
    assertEquals(
        List.of("001_27e60200d3c8a806.txt: proposal"),
        sectionsMatching("\"public core\"", proposals));
    SearchFilters reports = new SearchFilters(null, null, null, null, "report", null, null);
    assertEquals(
        List.of("004_631d3bb824dc1921.txt"),
        search("\"Tunis Agenda\"", reports).hits().stream()
            .map(h -> Path.of(h.path()).getFileName().toString())
            .distinct()
            .toList());
    // Every contribution cites Council Resolution 1305; the report does not.
    SearchFilters citing1305 =
        new SearchFilters(null, null, "Council 1305", null, null, null, null);
    assertEquals(
        List.of(
            "000_390a1167734b5728.txt",
            "001_27e60200d3c8a806.txt",
            "002_286d323b42f9aff4.txt",
            "003_a40fdb2044d530c8.txt"),
        search("Internet", citing1305).hits().stream()
            .map(h -> Path.of(h.path()).getFileName().toString())
            .distinct()
            .sorted()
            .toList());
    SearchFilters meeting20 =
        new SearchFilters(MeetingRange.parse("20"), null, null, null, null, null, null);
    assertEquals(
        List.of("004_631d3bb824dc1921.txt"),
        search("Internet", meeting20).hits().stream()
            .map(h -> Path.of(h.path()).getFileName().toString())
            .distinct()
            .toList());
  }

  @Test
  void facetsCountTheMatchingSections() throws IOException {
    SearchResult.Facets facets = search("\"public core\"", SearchFilters.none()).facets();
    assertEquals(Map.of("proposal", 1, "rationale", 1, "topic", 1), facets.section());
    assertEquals(Map.of("Russian Federation", 3), facets.source());
  }

  /** The first queries of issue 16's new user, over the real documents. */
  @Test
  void aDocumentNumberIsSearchedAsWritten() throws IOException {
    List<String> found =
        new CorpusSearch(reader)
                .documents(
                    new SearchRequest(
                        "CWG-Internet-20/4",
                        false,
                        SearchFilters.none(),
                        100,
                        SortOrder.RELEVANCE,
                        false,
                        false))
                .stream()
                .map(doc -> Path.of(doc.path()).getFileName().toString())
                .toList();
    // The text export of the contribution has no cover, so no number: the report lists it.
    assertEquals(List.of("004_631d3bb824dc1921.txt"), found);
    assertEquals(0, search("C24/12", SearchFilters.none()).total(), "parsed, and not in samples");
  }

  @Test
  void severalWordsMustAllMatch() throws IOException {
    SearchResult both = search("Resolution 1305", SearchFilters.none());
    SearchResult either = search("Resolution OR 1305", SearchFilters.none());
    assertEquals(search("+Resolution +1305", SearchFilters.none()).total(), both.total());
    assertTrue(both.total() < either.total());
    for (SearchHit hit : both.hits()) {
      String passages = String.join(" ", hit.snippets().stream().map(Snippet::marked).toList());
      assertTrue(passages.contains("[[1305]]"), hit.path() + ": " + passages);
    }
  }

  @Test
  void citesInTheQueryIsTheCitesFilter() throws IOException {
    SearchFilters council1305 =
        new SearchFilters(null, null, "Council 1305", null, null, null, null);
    assertEquals(
        search("Internet", council1305).total(),
        search("Internet cites:1305", SearchFilters.none()).total());
    assertTrue(search("cites:1305", SearchFilters.none()).total() > 0);
  }
}
