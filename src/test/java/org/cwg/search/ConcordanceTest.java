package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cwg.index.CorpusReader;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcordanceTest {

  @TempDir static Path tmp;
  static CorpusReader reader;
  static Concordance concordance;

  @BeforeAll
  static void index() throws IOException {
    reader = CorpusReader.open(GeneratedCorpus.writeTo(tmp.resolve("index")));
    concordance = new Concordance(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static ConcordanceResult kwic(
      String query, boolean exact, SearchFilters filters, KwicSort sort) throws IOException {
    return concordance.lines(query, exact, filters, 20, sort, 0);
  }

  @Test
  void oneLinePerOccurrenceWithItsContextAndSection() throws IOException {
    ConcordanceResult result =
        kwic("\"public core\"", false, SearchFilters.none(), KwicSort.MEETING);
    assertEquals(6, result.total());
    ConcordanceLine first = result.lines().get(0);
    assertEquals("CWG-Internet-19/2", first.number());
    assertEquals(19, first.meeting());
    assertEquals("proposal", first.section());
    assertEquals("States protect the ", first.left());
    assertEquals("public core", first.match());
    assertEquals(" of the Internet.", first.right());
    assertEquals(
        List.of("purpose", "proposal"),
        result.lines().stream()
            .filter(l -> "CWG-Internet-21/2".equals(l.number()))
            .map(ConcordanceLine::section)
            .toList());
  }

  @Test
  void stemmedAndExactCountsDiffer() throws IOException {
    assertEquals(32, kwic("governance", false, SearchFilters.none(), KwicSort.MEETING).total());
    assertEquals(30, kwic("governance", true, SearchFilters.none(), KwicSort.MEETING).total());
    assertEquals(2, kwic("Governing", true, SearchFilters.none(), KwicSort.MEETING).total());
  }

  @Test
  void aSectionFilterKeepsOccurrencesInThatSection() throws IOException {
    SearchFilters proposals =
        new SearchFilters(null, SectionKind.PROPOSAL, null, null, null, null, null);
    assertEquals(10, kwic("governance", true, proposals, KwicSort.MEETING).total());
    assertEquals(4, kwic("\"public core\"", false, proposals, KwicSort.MEETING).total());
  }

  @Test
  void sortsByLeftOrRightContext() throws IOException {
    List<String> byLeft =
        kwic("governance", true, SearchFilters.none(), KwicSort.LEFT).lines().stream()
            .map(l -> l.left().strip())
            .distinct()
            .toList();
    assertEquals(
        List.of("cussion of Internet", "troduction Internet", "n is to discuss the"),
        byLeft,
        "read leftwards: 'Internet of ...', 'Internet troduction', 'the discuss ...'");
    List<String> byRight =
        kwic("\"public core\"", false, SearchFilters.none(), KwicSort.RIGHT).lines().stream()
            .map(ConcordanceLine::right)
            .toList();
    assertEquals(".", byRight.get(0));
    assertEquals(" of the Internet.", byRight.get(1));
  }

  @Test
  void limitKeepsTheTotal() throws IOException {
    ConcordanceResult limited =
        concordance.lines("governance", true, SearchFilters.none(), 20, KwicSort.MEETING, 3);
    assertEquals(30, limited.total());
    assertEquals(3, limited.lines().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> concordance.lines("governance", true, SearchFilters.none(), 0, KwicSort.MEETING, 0));
  }
}
