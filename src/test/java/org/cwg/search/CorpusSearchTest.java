package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cwg.cite.ResolutionId;
import org.cwg.index.CorpusReader;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.cwg.model.MeetingRange;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSearchTest {

  @TempDir static Path tmp;
  static CorpusReader reader;
  static CorpusSearch search;

  @BeforeAll
  static void index() throws IOException {
    reader = CorpusReader.open(GeneratedCorpus.writeTo(tmp.resolve("index")));
    search = new CorpusSearch(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static SearchResult run(String query, SearchFilters filters) throws IOException {
    return search.search(new SearchRequest(query, false, filters, 100, SortOrder.MEETING, true));
  }

  private static SearchResult run(String query) throws IOException {
    return run(query, SearchFilters.none());
  }

  private static List<String> where(SearchResult result) {
    return result.hits().stream().map(h -> h.number() + " " + h.section()).toList();
  }

  @Test
  void phraseFindsTheSectionsItIsIn() throws IOException {
    SearchResult result = run("\"public core\"");
    assertEquals(6, result.total());
    assertEquals(5, result.documents());
    assertEquals(
        List.of(
            "CWG-Internet-19/2 proposal",
            "CWG-Internet-19/3 proposal",
            "CWG-Internet-21/1 discussion",
            "CWG-Internet-21/2 purpose",
            "CWG-Internet-21/2 proposal",
            "CWG-Internet-21/3 proposal"),
        where(result));
  }

  @Test
  void facetsCountEveryMatchingSection() throws IOException {
    SearchResult.Facets facets = run("\"public core\"").facets();
    assertEquals(Map.of("19", 2, "21", 4), facets.meeting());
    assertEquals(List.of("19", "21"), List.copyOf(facets.meeting().keySet()));
    assertEquals(Map.of("Russian Federation", 5, "Belarus", 2), facets.source());
    assertEquals(List.of("Russian Federation", "Belarus"), List.copyOf(facets.source().keySet()));
    assertEquals(Map.of("proposal", 4, "purpose", 1, "discussion", 1), facets.section());
    assertEquals("proposal", facets.section().keySet().iterator().next());
  }

  @Test
  void aHitInAProposalNamesTheMatchingItems() throws IOException {
    SearchHit hit = run("\"public core\"").hits().get(0);
    assertEquals("Proposal", hit.heading());
    assertEquals("2", hit.sectionNumber());
    assertEquals(
        List.of(new ProposalItem("2", "Member States protect the public core of the Internet.")),
        hit.proposals());
    assertEquals(
        List.of(
            "It is proposed that: 1 CWG-Internet continues the discussion of"
                + " Internet governance. 2 Member States protect the [[public core]] of the Internet."),
        hit.snippets().stream().map(Snippet::marked).toList());
  }

  @Test
  void hitsNameTheirDocument() throws IOException {
    SearchHit hit = run("\"public core\"").hits().get(1);
    assertEquals("m19-d3", hit.id());
    assertEquals(19, hit.meeting());
    assertEquals("2023-09-15", hit.date());
    assertEquals(List.of("Russian Federation", "Belarus"), hit.sources());
    assertEquals("/corpus/meeting-19/CWG-Internet-19-3.txt", hit.path());
    assertEquals("contribution", hit.type());
  }

  @Test
  void termsPhrasesAndRequiredTermsDiffer() throws IOException {
    assertEquals(6, run("\"public core\"").total());
    assertEquals(7, run("+public +core").total());
    assertEquals(7, run("public AND core").total());
    assertEquals(7, run("public core").total(), "words are ANDed, as in web search");
    assertEquals(22, run("public OR core").total(), "either word: every cover has 'Public Policy'");
    assertEquals(1, run("\"core public\"~1").total());
    assertEquals(15, run("public -core").total(), "the covers only");
    assertEquals(15, run("public NOT core").total());
  }

  @Test
  void stemmingByDefaultWordsAsWrittenWithExact() throws IOException {
    assertEquals(30, run("governing").total());
    assertEquals(10, run("governing").documents());
    SearchResult exact =
        search.search(
            new SearchRequest(
                "governing", true, SearchFilters.none(), 100, SortOrder.MEETING, false));
    assertEquals(
        List.of("CWG-Internet-22/2 introduction", "CWG-Internet-22/3 introduction"), where(exact));
    assertEquals(
        30,
        search
            .search(
                new SearchRequest(
                    "governance", true, SearchFilters.none(), 100, SortOrder.MEETING, false))
            .total());
    assertEquals(
        0,
        search
            .search(
                new SearchRequest(
                    "govern", true, SearchFilters.none(), 100, SortOrder.MEETING, false))
            .total());
  }

  @Test
  void wildcardsFuzzyAndFieldQueries() throws IOException {
    assertEquals(30, run("govern*").total());
    assertEquals(2, run("governinq~1").total(), "fuzzy terms match words as written");
    assertEquals(0, run("goverm~1").total(), "never the stems beside them: govern");
    assertEquals(0, run("*overn").total(), "a leading wildcard matches words, not stems");
    assertEquals(0, run("/.overn/").total(), "nor does a regular expression");
    assertEquals(30, run("/govern.*/").total());
    assertEquals(
        2,
        search
            .search(
                new SearchRequest(
                    "governinq~1", true, SearchFilters.none(), 100, SortOrder.MEETING, false))
            .total());
    assertEquals(2, run("\"public core\" AND meeting:19").total());
    assertEquals(4, run("\"public core\" AND meeting:[20 TO 22]").total());
    assertEquals(4, run("\"public core\" AND section:proposal").total());
    assertEquals(1, run("\"public core\" AND type:report").total());
    assertEquals(5, run("\"public core\" AND source:\"Russian Federation\"").total());
    assertEquals(3, run("\"public core\" AND cites:\"Council 1305\"").total());
    assertEquals(6, run("heading:proposal AND meeting:[18 TO 20]").total());
  }

  private static SearchFilters filters(
      MeetingRange meetings,
      SectionKind section,
      String cites,
      String source,
      String type,
      LocalDate from,
      LocalDate to) {
    return new SearchFilters(meetings, section, cites, source, type, from, to);
  }

  @Test
  void eachFilterNarrowsByItsOwnCount() throws IOException {
    assertEquals(
        4,
        run("\"public core\"", filters(null, SectionKind.PROPOSAL, null, null, null, null, null))
            .total());
    assertEquals(
        4,
        run(
                "\"public core\"",
                filters(MeetingRange.parse("21"), null, null, null, null, null, null))
            .total());
    assertEquals(
        2,
        run(
                "\"public core\"",
                filters(MeetingRange.parse("18-20"), null, null, null, null, null, null))
            .total());
    assertEquals(
        3,
        run(
                "\"public core\"",
                filters(null, null, ResolutionId.parse("1305").id().key(), null, null, null, null))
            .total());
    assertEquals(
        2,
        run(
                "\"public core\"",
                filters(
                    null, null, ResolutionId.parse("Res 102").id().key(), null, null, null, null))
            .total());
    assertEquals(
        2, run("\"public core\"", filters(null, null, null, "belarus", null, null, null)).total());
    assertEquals(
        0, run("\"public core\"", filters(null, null, null, "Brazil", null, null, null)).total());
    assertEquals(
        1, run("\"public core\"", filters(null, null, null, null, "REPORT", null, null)).total());
    assertEquals(
        4,
        run(
                "\"public core\"",
                filters(
                    null, null, null, null, null, SearchFilters.firstDay("2025", "--from"), null))
            .total());
    assertEquals(
        2,
        run(
                "\"public core\"",
                filters(null, null, null, null, null, null, SearchFilters.lastDay("2024", "--to")))
            .total());
    assertEquals(
        2,
        run(
                "\"public core\"",
                filters(
                    MeetingRange.parse("18-22"),
                    SectionKind.PROPOSAL,
                    "Council 1305",
                    "Russian Federation",
                    "contribution",
                    SearchFilters.firstDay("2025-02", "--from"),
                    SearchFilters.lastDay("2025-02-10", "--to")))
            .total());
  }

  @Test
  void frontMatterIsSearchedToo() throws IOException {
    SearchResult result = run("\"public policy issues\"");
    assertEquals(15, result.total());
    assertEquals(Map.of("none", 15), result.facets().section());
    assertTrue(result.hits().stream().allMatch(h -> h.section() == null));
  }

  @Test
  void limitKeepsTheTotalAndSortOrdersHits() throws IOException {
    SearchResult limited =
        search.search(
            new SearchRequest(
                "\"public core\"", false, SearchFilters.none(), 2, SortOrder.DATE, false));
    assertEquals(6, limited.total());
    assertEquals(2, limited.hits().size());
    assertEquals(
        List.of("2023-09-15", "2023-09-15"), limited.hits().stream().map(SearchHit::date).toList());
    SearchResult ranked =
        search.search(
            new SearchRequest(
                "public core", false, SearchFilters.none(), 100, SortOrder.RELEVANCE, false));
    for (int i = 1; i < ranked.hits().size(); i++) {
      assertTrue(ranked.hits().get(i - 1).score() >= ranked.hits().get(i).score());
    }
    assertTrue(
        ranked.hits().get(0).snippets().get(0).marked().contains("[[public core]]")
            || ranked.hits().get(0).snippets().get(0).marked().contains("[[public]] [[core]]"));
  }

  @Test
  void aLimitedPageIsTheStartOfTheWholeOrderEvenAmongTies() throws IOException {
    // A citation query scores every hit alike: the page is decided by meeting, number and path.
    for (SortOrder sort : SortOrder.values()) {
      List<String> whole =
          where(
              search.search(
                  new SearchRequest(
                      "cites:\"Council 1305\"",
                      false,
                      SearchFilters.none(),
                      100,
                      sort,
                      false,
                      false)));
      assertEquals(30, whole.size(), "every unit of six documents carries their citations");
      for (int limit = 0; limit <= whole.size(); limit++) {
        SearchResult page =
            search.search(
                new SearchRequest(
                    "cites:\"Council 1305\"",
                    false,
                    SearchFilters.none(),
                    limit,
                    sort,
                    false,
                    false));
        assertEquals(whole.subList(0, limit), where(page), sort + " limit " + limit);
        assertEquals(30, page.total());
      }
    }
    assertEquals(
        List.of("CWG-Internet-20/2 null", "CWG-Internet-20/2 purpose"),
        where(
            search.search(
                new SearchRequest(
                    "cites:\"Council 1305\"",
                    false,
                    SearchFilters.none(),
                    2,
                    SortOrder.RELEVANCE,
                    false,
                    false))));
  }

  @Test
  void badQueriesAreUsageErrorsNamingTheColumn() {
    IllegalArgumentException dangling =
        assertThrows(IllegalArgumentException.class, () -> run("public AND"));
    assertEquals(
        "cannot parse query 'public AND': the query ends too soon (after column 10)",
        dangling.getMessage());
    IllegalArgumentException unexpected =
        assertThrows(IllegalArgumentException.class, () -> run("public ) core"));
    assertEquals(
        "cannot parse query 'public ) core': unexpected ')' at column 8", unexpected.getMessage());
    IllegalArgumentException quote =
        assertThrows(IllegalArgumentException.class, () -> run("\"public core"));
    assertEquals(
        "cannot parse query '\"public core': the query ends inside a \"phrase\" or"
            + " after a backslash (a quote is not closed?)",
        quote.getMessage());
    IllegalArgumentException field =
        assertThrows(IllegalArgumentException.class, () -> run("colour:red"));
    assertEquals(
        "cannot parse query 'colour:red': unknown field 'colour'; fields are text,"
            + " title, heading, meeting, lang, number, type, source, section, cites, group, language, date",
        field.getMessage());
  }

  @Test
  void filesWithoutMeetingSourcesOrSectionsCountUnderNone(@TempDir Path dir) throws IOException {
    try (CorpusWriter writer = CorpusWriter.open(dir)) {
      for (String name : List.of("a", "b")) {
        writer.put(
            new DocumentRecord(
                name,
                new SourceFile("/corpus/" + name + ".txt", null, 20, 0, "text/plain"),
                Metadata.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Nothing but plain text.",
                4));
      }
      writer.commit();
    }
    try (CorpusReader plain = CorpusReader.open(dir)) {
      SearchResult result =
          new CorpusSearch(plain)
              .search(
                  new SearchRequest(
                      "plain", false, SearchFilters.none(), 1, SortOrder.RELEVANCE, true));
      assertEquals(2, result.total());
      assertEquals(2, result.documents());
      assertEquals(List.of("/corpus/a.txt"), result.hits().stream().map(SearchHit::path).toList());
      SearchHit hit = result.hits().get(0);
      assertEquals(
          Arrays.asList("a", null, null, null, null, null, null),
          Arrays.asList(
              hit.id(),
              hit.number(),
              hit.meeting(),
              hit.date(),
              hit.title(),
              hit.type(),
              hit.section()),
          "what the record does not know stays null");
      assertEquals(List.of(), hit.sources());
      assertEquals(
          new SearchResult.Facets(Map.of("none", 2), Map.of(), Map.of("none", 2)), result.facets());
    }
  }
}
