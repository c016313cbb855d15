package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cwg.index.CorpusReader;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page in relevance order is the first hits of the whole order, at every length: ties (a citation
 * query is one big tie) are broken in corpus order, on queries full of ties, whatever order the
 * files were indexed in and however many segments they span.
 */
class RelevancePageTest {

  private static final List<String> QUERIES =
      List.of(
          "cites:\"Council 1305\"",
          "cites:\"PP 102\"",
          "govern*",
          "governance",
          "\"public policy\"",
          "source:\"Russian Federation\"",
          "group:\"CWG-Internet\" OR core",
          "meeting:[19 TO 21]");

  @TempDir static Path tmp;
  static List<CorpusReader> readers = new ArrayList<>();

  /**
   * The corpus three times: in corpus order, reversed, and shuffled, so that hits met later in the
   * index can come first on the page. Several commits each, so that ties also span segments.
   */
  @BeforeAll
  static void index() throws IOException {
    List<DocumentRecord> inOrder = GeneratedCorpus.records();
    List<DocumentRecord> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);
    List<DocumentRecord> shuffled = new ArrayList<>(inOrder);
    Collections.shuffle(shuffled, new Random(7));
    for (List<DocumentRecord> records : List.of(inOrder, reversed, shuffled)) {
      Path dir = tmp.resolve("index-" + readers.size());
      try (CorpusWriter writer = CorpusWriter.open(dir)) {
        for (int i = 0; i < records.size(); i++) {
          writer.put(records.get(i));
          if (i % 4 == 3) {
            writer.commit();
          }
        }
        writer.commit();
      }
      readers.add(CorpusReader.open(dir));
    }
  }

  @AfterAll
  static void close() throws IOException {
    for (CorpusReader reader : readers) {
      reader.close();
    }
  }

  @Test
  void everyPageIsTheStartOfTheWholeOrder() throws IOException {
    for (CorpusReader reader : readers) {
      assertTrue(reader.indexReader().leaves().size() > 1, "the corpus spans segments");
      CorpusSearch search = new CorpusSearch(reader);
      for (String query : QUERIES) {
        SearchResult all = page(search, query, 1000, true);
        assertTrue(all.total() > 3, query + " matches " + all.total());
        for (int limit = 0; limit <= all.total() + 1; limit++) {
          SearchResult fast = page(search, query, limit, false);
          List<SearchHit> expected = all.hits().subList(0, Math.min(limit, all.hits().size()));
          assertEquals(expected, fast.hits(), query + ", limit " + limit);
          assertEquals(all.total(), fast.total(), query);
          assertEquals(all.documents(), fast.documents(), query);
        }
      }
    }
  }

  private static SearchResult page(CorpusSearch search, String query, int limit, boolean facets)
      throws IOException {
    return search.search(
        new SearchRequest(
            query, false, SearchFilters.none(), limit, SortOrder.RELEVANCE, facets, false));
  }
}
