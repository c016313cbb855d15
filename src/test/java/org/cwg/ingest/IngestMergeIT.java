package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest that wrote most of the index leaves it in one segment; a small addition does not. */
class IngestMergeIT {

  @TempDir Path tmp;

  /** Counts the merges it hears of. */
  private static final class Merges implements IngestListener {
    final AtomicInteger heard = new AtomicInteger();

    @Override
    public void merging() {
      heard.incrementAndGet();
    }
  }

  @Test
  void aFreshIngestEndsInOneSegment() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SmallCorpus.write(corpus, 40, 0, new Random(1));
    Merges merges = new Merges();

    IngestSummary summary = ingest(corpus, merges);

    assertEquals(40, summary.added());
    assertEquals(1, merges.heard.get());
    assertEquals(1, segments());
    IndexChecks.assertClean(tmp.resolve("index"));
  }

  @Test
  void addingAFewFilesToALargerIndexLeavesTheMergingToLucene() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Random random = new Random(2);
    SmallCorpus.write(corpus, 40, 0, random);
    ingest(corpus, new Merges());
    Path more = tmp.resolve("more");
    SmallCorpus.write(more, 3, 0, random);
    Merges merges = new Merges();

    IngestSummary summary = ingest(List.of(corpus, more), merges);

    assertEquals(3, summary.added());
    assertEquals(40, summary.unchanged());
    assertEquals(0, merges.heard.get());
    assertTrue(segments() > 1, "the new files stay in segments of their own");
  }

  @Test
  void rewritingMostFilesMergesAgain() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Random random = new Random(3);
    List<Path> files = SmallCorpus.write(corpus, 40, 0, random);
    ingest(corpus, new Merges());
    for (int i = 0; i < 25; i++) {
      SmallCorpus.rewrite(files.get(i), i, 1, random);
      files.get(i).toFile().setLastModified(files.get(i).toFile().lastModified() + 2000);
    }
    Merges merges = new Merges();

    IngestSummary summary = ingest(corpus, merges);

    assertEquals(25, summary.updated());
    assertEquals(1, merges.heard.get());
    assertEquals(1, segments());
    assertEquals(40, IndexChecks.documentPaths(tmp.resolve("index")).size());
  }

  @Test
  void anUnchangedRunDoesNotMerge() throws Exception {
    Path corpus = tmp.resolve("corpus");
    SmallCorpus.write(corpus, 10, 0, new Random(4));
    ingest(corpus, new Merges());
    Merges merges = new Merges();

    IngestSummary summary = ingest(corpus, merges);

    assertEquals(10, summary.unchanged());
    assertEquals(0, merges.heard.get());
  }

  private IngestSummary ingest(Path corpus, IngestListener listener) throws IOException {
    return ingest(List.of(corpus), listener);
  }

  private IngestSummary ingest(List<Path> roots, IngestListener listener) throws IOException {
    // A commit every few files flushes a segment each time, as a large corpus does.
    IngestOptions options = IngestOptions.defaults().withCommitEvery(5);
    return new Ingester(tmp.resolve("index"), options, listener).ingest(roots);
  }

  private int segments() throws IOException {
    try (Directory directory = FSDirectory.open(tmp.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }
}
