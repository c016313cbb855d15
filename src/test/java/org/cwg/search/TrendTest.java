package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.model.MeetingRange;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendTest {

  @TempDir static Path tmp;
  static CorpusReader reader;
  static Trend trend;

  @BeforeAll
  static void index() throws IOException {
    reader = CorpusReader.open(GeneratedCorpus.writeTo(tmp.resolve("index")));
    trend = new Trend(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  /** Words of a meeting's documents, straight from the records the index was built from. */
  private static long wordsOf(int meeting) {
    return GeneratedCorpus.records().stream()
        .filter(r -> r.metadata().meeting() == meeting)
        .mapToLong(DocumentRecord::words)
        .sum();
  }

  private static List<Integer> occurrences(TrendReport report) {
    return report.rows().stream().map(TrendReport.Row::occurrences).toList();
  }

  @Test
  void countsAQueryPerMeetingAbsoluteAndPerTenThousandWords() throws IOException {
    TrendReport report = trend.ofQuery("\"public core\"", false, SearchFilters.none());
    assertEquals(6, report.occurrences());
    assertEquals(
        GeneratedCorpus.MEETINGS, report.rows().stream().map(TrendReport.Row::meeting).toList());
    assertEquals(List.of(0, 2, 0, 4, 0), occurrences(report));
    assertEquals(
        List.of(0, 2, 0, 3, 0),
        report.rows().stream().map(TrendReport.Row::matchingDocuments).toList());
    TrendReport.Row m21 = report.rows().get(3);
    assertEquals(3, m21.documents());
    assertEquals(wordsOf(21), m21.words());
    assertEquals(Math.round(4 * 1_000_000.0 / wordsOf(21)) / 100.0, m21.per10kWords());
  }

  @Test
  void countsCitationsPerMeetingOverAllDocuments() throws IOException {
    TrendReport report = trend.ofCitations("Council 1305", SearchFilters.none());
    assertEquals(6, report.occurrences());
    assertEquals(List.of(0, 0, 2, 2, 2), occurrences(report));
    assertEquals(wordsOf(20), report.rows().get(2).words(), "reports count towards the words");
    assertEquals(
        List.of(2, 2, 0, 0, 0), occurrences(trend.ofCitations("PP 102", SearchFilters.none())));
  }

  @Test
  void filtersNarrowTheDocumentsAndTheSections() throws IOException {
    SearchFilters meetings =
        new SearchFilters(MeetingRange.parse("20-21"), null, null, null, null, null, null);
    assertEquals(List.of(0, 4), occurrences(trend.ofQuery("\"public core\"", false, meetings)));
    SearchFilters proposals =
        new SearchFilters(null, SectionKind.PROPOSAL, null, null, null, null, null);
    assertEquals(
        List.of(0, 2, 0, 2, 0), occurrences(trend.ofQuery("\"public core\"", false, proposals)));
    assertEquals(
        List.of(0, 0, 0, 0, 0),
        occurrences(trend.ofCitations("Council 1305", proposals)),
        "cited in introductions");
    SearchFilters brazil = new SearchFilters(null, null, null, "Brazil", null, null, null);
    TrendReport fromBrazil = trend.ofQuery("governance", true, brazil);
    assertEquals(
        List.of(18, 20, 22), fromBrazil.rows().stream().map(TrendReport.Row::meeting).toList());
    assertEquals(List.of(3, 3, 3), occurrences(fromBrazil));
  }
}
