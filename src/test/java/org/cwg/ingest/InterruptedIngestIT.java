package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.index.CorpusReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a first ingest: readers meanwhile hear that the index is being built; the ingest
 * commits what it has done, says so, exits 130, and the same command then finishes the job.
 */
class InterruptedIngestIT {

  private static final int FILES = 300;
  private static final Pattern INTERRUPTED =
      Pattern.compile("interrupted: (\\d+) documents committed; run the same command to finish");

  /**
   * A shell's background job ignores SIGINT, and a child inherits that; perl puts the default back
   * before it becomes the JVM, as an interactive shell would.
   */
  private static final List<String> WITH_CTRL_C =
      List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die");

  @TempDir Path tmp;

  @Test
  void ctrlCCommitsWhatIsDoneSaysSoAndExits130() throws Exception {
    Assumptions.assumeTrue(perlRuns(), "perl is needed to undo an inherited ignored SIGINT");
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    SmallCorpus.write(corpus, FILES, 0, new Random(16));
    ChildCli cli = new ChildCli(tmp);
    String[] ingest = {
      "ingest",
      "--index",
      index.toString(),
      "--threads",
      "1",
      "--commit-every",
      "10",
      "--quiet",
      corpus.toString()
    };
    Process first = cli.start("first", WITH_CTRL_C, ingest);
    while (first.isAlive() && !hasCommit(index)) {
      Thread.sleep(5);
    }
    assertTrue(first.isAlive(), "the ingest ended before it could be interrupted");

    IllegalArgumentException reading =
        assertThrows(IllegalArgumentException.class, () -> CorpusReader.open(index));
    assertTrue(
        reading.getMessage().matches("index is being built: \\d+ documents committed so far.*"),
        reading.getMessage());

    new ProcessBuilder("kill", "-INT", Long.toString(first.pid())).start().waitFor();
    assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the ingest did not stop on SIGINT");
    ChildCli.Result stopped = cli.result("first", first.exitValue());

    assertEquals(130, stopped.exitCode(), stopped.err());
    Matcher said = INTERRUPTED.matcher(stopped.err());
    assertTrue(said.find(), stopped.err());
    int committed = Integer.parseInt(said.group(1));
    assertTrue(committed > 0 && committed < FILES, stopped.err());
    IndexChecks.assertClean(index);
    assertEquals(committed, IndexChecks.documentPaths(index).size());

    ChildCli.Result rest = cli.run("rest", 120, ingest);
    assertEquals(0, rest.exitCode(), rest.err());
    assertTrue(
        rest.out()
            .startsWith((FILES - committed) + " added, 0 updated, " + committed + " unchanged"),
        rest.out());
    assertEquals(FILES, IndexChecks.documentPaths(index).size());
  }

  private static boolean hasCommit(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (var listing = Files.list(index)) {
      return listing.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
    }
  }

  private static boolean perlRuns() {
    try {
      return new ProcessBuilder("perl", "-e", "exit 0").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
