package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cwg.index.CorpusReader;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page in relevance order is chosen by shortcuts that skip reading the keys of hits that cannot
 * make it; with facets asked for, every hit's keys are read and the page is the plain order's
 * first hits. Both must give the same page, at every length, on queries full of ties.
 */
class RelevancePageTest {

  private static final List<String> QUERIES = List.of("cites:\"Council 1305\"",
      "cites:\"PP 102\"", "govern*", "governance", "\"public policy\"",
      "source:\"Russian Federation\"", "group:\"CWG-Internet\" OR core", "meeting:[19 TO 21]");

  @TempDir static Path tmp;
  static CorpusReader reader;
  static CorpusSearch search;

  @BeforeAll
  static void index() throws IOException {
    // Several commits, so that ties also span segments.
    try (CorpusWriter writer = CorpusWriter.open(tmp.resolve("index"))) {
      List<DocumentRecord> records = GeneratedCorpus.records();
      for (int i = 0; i < records.size(); i++) {
        writer.put(records.get(i));
        if (i % 4 == 3) {
          writer.commit();
        }
      }
      writer.commit();
    }
    reader = CorpusReader.open(tmp.resolve("index"));
    search = new CorpusSearch(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @Test
  void theShortcutsKeepThePageOfThePlainOrder() throws IOException {
    assertTrue(reader.indexReader().leaves().size() > 1, "the corpus spans segments");
    for (String query : QUERIES) {
      SearchResult all = page(query, 1000, true);
      assertTrue(all.total() > 3, query + " matches " + all.total());
      for (int limit = 0; limit <= all.total() + 1; limit++) {
        SearchResult fast = page(query, limit, false);
        List<SearchHit> expected = all.hits().subList(0, Math.min(limit, all.hits().size()));
        assertEquals(expected, fast.hits(), query + ", limit " + limit);
        assertEquals(all.total(), fast.total(), query);
        assertEquals(all.documents(), fast.documents(), query);
      }
    }
  }

  private static SearchResult page(String query, int limit, boolean facets) throws IOException {
    return search.search(new SearchRequest(query, false, SearchFilters.none(), limit,
        SortOrder.RELEVANCE, facets, false));
  }
}
