package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cwg.cli.Main;
import org.cwg.parse.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Word file of Apache POI's test corpus, written to break parsers, in one in-process run: no
 * crash, no hang, one line with a reason for each failure, and a clean index.
 */
class PoiCorpusIngestIT {

  @TempDir Path tmp;

  @Test
  @Timeout(600)
  void theWholePoiCorpusIngestsInOneRun() throws Exception {
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "poi");
    assumeTrue(Files.isDirectory(corpus), "skipped: no POI corpus at " + corpus.toAbsolutePath());
    Path index = tmp.resolve("index");
    long files;
    try (Stream<Path> listing = Files.list(corpus)) {
      files = listing.filter(Files::isRegularFile).count();
    }

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int code =
        Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
            .execute("ingest", "--index", index.toString(), corpus.toString());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    List<String> lines = err.toString().lines().toList();
    Set<String> labels =
        Stream.of(FailureReason.values()).map(FailureReason::label).collect(Collectors.toSet());
    Map<String, Integer> byReason = new TreeMap<>();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      assertTrue(colon > 0, "not 'path: reason': " + line);
      String reason = line.substring(colon + 2);
      String label =
          labels.stream()
              .filter(reason::startsWith)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no known reason: " + line));
      byReason.merge(label, 1, Integer::sum);
    }
    Set<String> failedPaths = IndexChecks.failurePaths(index);
    Set<String> reportedPaths =
        lines.stream().map(l -> l.substring(0, l.indexOf(": "))).collect(Collectors.toSet());
    assertEquals(failedPaths, reportedPaths, "one stderr line per failure recorded");
    assertEquals(lines.size(), reportedPaths.size(), "a file reported twice");
    int documents = IndexChecks.documentPaths(index).size();
    assertEquals(files, documents + failedPaths.size(), "every file indexed or failed");
    assertEquals(failedPaths.isEmpty() ? 0 : 1, code);
    assertTrue(
        out.toString()
            .startsWith(
                documents
                    + " added, 0 updated, 0 unchanged, 0 removed, "
                    + failedPaths.size()
                    + " failed"),
        out.toString());
    for (String encrypted :
        List.of(
            "PasswordProtected.doc",
            "password_password_cryptoapi.doc",
            "password_tika_binaryrc4.doc",
            "bug53475-password-is-pass.docx")) {
      String path = corpus.toAbsolutePath().normalize().resolve(encrypted).toString();
      assertTrue(lines.contains(path + ": encrypted (password-protected)"), path);
    }
    IndexChecks.assertClean(index);
    System.out.printf(
        "%d files in %d s: %d indexed, %d failed %s%n",
        files, seconds, documents, failedPaths.size(), byReason);
  }
}
