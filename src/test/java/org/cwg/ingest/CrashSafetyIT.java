package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL at random moments leaves, every time, an index that opens and
 * checks clean; a final run converges to exactly the files on disk, with their latest text.
 */
class CrashSafetyIT {

  private static final int FILES = 300;
  private static final int KILLS = 20;

  @TempDir Path tmp;

  @Test
  void killedIngestsLeaveACleanIndexAndAReRunConverges() throws Exception {
    Random random = new Random(20_241_007L);
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    List<Path> files = SmallCorpus.write(corpus, FILES, 0, random);
    ChildCli cli = new ChildCli(tmp);
    int noIndexYet = 0;
    int killed = 0;
    int stale = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      // Change a third of the files each round, so that every run has updates to write.
      for (int i = 0; i < FILES / 3; i++) {
        int number = random.nextInt(FILES);
        SmallCorpus.rewrite(files.get(number), number, kill + 1, random);
      }
      long generation = lastCommitGeneration(index);
      Process ingest =
          cli.start(
              "kill-" + kill,
              "ingest",
              "--index",
              index.toString(),
              "--threads",
              "2",
              "--commit-every",
              "10",
              "--quiet",
              corpus.toString());
      // A JVM with Tika takes seconds to start: the first kill lands before any commit exists,
      // a quarter of the others at any moment from the start, the rest while the run writes:
      // after one to four of its commits (of about eight, one per ten files), counted rather
      // than timed, so that the kills land mid-run however fast the machine parses.
      if (kill == 0) {
        Thread.sleep(500);
      } else if (random.nextInt(4) == 0) {
        Thread.sleep(random.nextInt(6000));
      } else {
        awaitCommits(index, generation + 1 + random.nextInt(4), ingest);
        Thread.sleep(random.nextInt(20));
      }
      boolean killedMidRun = ingest.isAlive();
      ingest.destroyForcibly();
      ingest.waitFor();
      if (killedMidRun) {
        killed++;
      }

      if (!IndexChecks.exists(index)) {
        noIndexYet++;
        continue;
      }
      IndexChecks.assertClean(index);
      Set<String> indexed = IndexChecks.documentPaths(index);
      assertTrue(paths(files).containsAll(indexed), "documents that are not files: " + indexed);
      if (!upToDate(index)) {
        stale++;
      }
    }
    System.out.printf(
        "%d runs, %d killed before they ended: %d before any commit existed, "
            + "%d leaving the index behind the files%n",
        KILLS, killed, noIndexYet, stale);
    assertTrue(stale >= KILLS / 2, "too few kills landed while the index was being written");

    ChildCli.Result last =
        cli.run("final", 120, "ingest", "--index", index.toString(), "--quiet", corpus.toString());
    assertEquals(0, last.exitCode(), last.err());
    assertEquals("", last.err());
    IndexChecks.assertClean(index);
    assertEquals(paths(files), IndexChecks.documentPaths(index));
    assertTrue(upToDate(index), "the final run left documents with old text");
  }

  /** The generation of the index's last commit, 0 when there is none. */
  private static long lastCommitGeneration(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    long last = 0;
    try (var listing = Files.list(index)) {
      for (Path file : (Iterable<Path>) listing::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith("segments_")) {
          last =
              Math.max(
                  last, Long.parseLong(name.substring("segments_".length()), Character.MAX_RADIX));
        }
      }
    }
    return last;
  }

  /** Waits until the child's commits reach {@code generation}, or it ends. */
  private static void awaitCommits(Path index, long generation, Process ingest) throws Exception {
    while (ingest.isAlive() && lastCommitGeneration(index) < generation) {
      Thread.sleep(2);
    }
  }

  /** True when every file's indexed text is the text now on disk, judged by its first line. */
  private static boolean upToDate(Path index) throws Exception {
    try (CorpusReader reader = CorpusReader.open(index)) {
      List<DocumentRecord> records = reader.documents();
      for (DocumentRecord record : records) {
        String onDisk = Files.readString(Path.of(record.file().path()), StandardCharsets.UTF_8);
        if (!onDisk.lines().findFirst().equals(record.text().lines().findFirst())) {
          return false;
        }
      }
      return records.size() == FILES;
    }
  }

  private static Set<String> paths(List<Path> files) {
    return files.stream().map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
  }
}
