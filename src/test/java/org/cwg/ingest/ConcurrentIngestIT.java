package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cwg.cli.Main;
import org.cwg.index.CorpusReader;
import org.cwg.search.CorpusSearch;
import org.cwg.search.SearchFilters;
import org.cwg.search.SearchRequest;
import org.cwg.search.SearchResult;
import org.cwg.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While one ingest runs (in a child JVM), readers answer from its last commit and a second ingest
 * on the same index fails at once with one line and exit code 2.
 */
class ConcurrentIngestIT {

  @TempDir Path tmp;

  @Test
  void readersSeeTheLastCommitAndASecondIngestFailsAtOnce() throws Exception {
    Random random = new Random(5);
    Path index = tmp.resolve("index");
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    SmallCorpus.write(first, 20, 0, random);
    SmallCorpus.write(second, 1500, 0, random);
    ChildCli cli = new ChildCli(tmp);
    assertEquals(
        0,
        cli.run("first", 120, "ingest", "--index", index.toString(), first.toString()).exitCode());

    Process running =
        cli.start(
            "second",
            "ingest",
            "--index",
            index.toString(),
            "--threads",
            "1",
            "--commit-every",
            "25",
            "--quiet",
            second.toString());
    int seen = 20;
    int views = 0;
    while (running.isAlive() && seen < 200) {
      try (CorpusReader reader = CorpusReader.open(index)) {
        int documents = reader.documents().size();
        assertTrue(
            documents >= seen && documents <= 1520, "went from " + seen + " to " + documents);
        // A search answers too, from the same commit.
        SearchResult council =
            new CorpusSearch(reader)
                .search(
                    new SearchRequest(
                        "council",
                        false,
                        SearchFilters.none(),
                        1,
                        SortOrder.RELEVANCE,
                        false,
                        false));
        assertEquals(documents, council.documents());
        seen = documents;
        views++;
      }
      Thread.sleep(50);
    }
    assertTrue(running.isAlive(), "the ingest ended before the test could overlap it");
    assertTrue(seen > 20, "no commit of the running ingest was ever seen");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
            .execute("ingest", "--index", index.toString(), first.toString());
    boolean stillRunning = running.isAlive();

    assertEquals(2, code);
    assertEquals("", out.toString());
    assertEquals(
        List.of(
            "cwg: another cwg ingest is writing to the index at "
                + index
                + "; wait for it to finish"),
        err.toString().lines().toList());
    assertTrue(stillRunning, "the second ingest waited for the first one");
    assertTrue(running.waitFor(180, TimeUnit.SECONDS));
    assertEquals(0, running.exitValue(), cli.result("second", running.exitValue()).err());
    assertEquals(1520, IndexChecks.documentPaths(index).size());
    IndexChecks.assertClean(index);
    System.out.printf("%d reads during the ingest, the last saw %d documents%n", views, seen);
  }
}
