package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cwg.index.CorpusReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known answers over the real sample documents. They hold at document level whatever the
 * structure extraction finds, since sections and front matter together cover every word.
 */
class SamplesSearchTest {

  @TempDir static Path tmp;
  static CorpusReader reader;

  @BeforeAll
  static void index() throws IOException {
    assumeTrue(SampleIndex.available(), "no samples at " + SampleIndex.SAMPLES.toAbsolutePath()
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
    SearchResult result = new CorpusSearch(reader).search(
        new SearchRequest(query, false, SearchFilters.none(), 1000, SortOrder.MEETING, false));
    return result.hits().stream().map(h -> Path.of(h.path()).getFileName().toString())
        .distinct().sorted().toList();
  }

  private static int occurrences(String query) throws IOException {
    return new Concordance(reader).lines(query, false, SearchFilters.none(), 10, KwicSort.MEETING,
        0).total();
  }

  @Test
  void phrasesFoundInTheDocumentsThatUseThem() throws IOException {
    assertEquals(List.of("000_390a1167734b5728.txt", "001_27e60200d3c8a806.txt",
        "002_286d323b42f9aff4.txt", "004_631d3bb824dc1921.txt"),
        documentsMatching("\"Tunis Agenda\""));
    assertEquals(List.of("001_27e60200d3c8a806.txt", "003_a40fdb2044d530c8.txt"),
        documentsMatching("\"public core\""));
    assertEquals(5, documentsMatching("\"Internet governance\"").size());
  }

  @Test
  void everyOccurrenceIsCounted() throws IOException {
    assertEquals(18, occurrences("\"Tunis Agenda\""), "6 + 3 + 2 + 0 + 5, as grep -oi counts");
    assertEquals(62, occurrences("\"Internet governance\""));
  }
}
