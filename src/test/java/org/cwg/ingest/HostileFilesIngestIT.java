package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One ingest, in a child JVM with a 256 MB heap, of a folder where most files are built to break a
 * parser: each failure is one stderr line with its reason, the good files are indexed with the
 * right text, and the index passes CheckIndex.
 */
class HostileFilesIngestIT {

  static final String WESTERN =
      "Résolution 1305 du Conseil — « naïve » “quoted” € 50.\n"
          + "Proposal: the Council Working Group, in Zürich.\n";
  static final String RUSSIAN = "Предложение Российской Федерации по Резолюции 1305 Совета.\n";

  @TempDir Path tmp;

  @Test
  void everyHostileFileEndsInOneLineAndTheRunGoesOn() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Map<Path, String> expectedFailures = new TreeMap<>();
    expectedFailures.put(HostileFiles.zeroBytes(corpus.resolve("zero.docx")), "empty");
    expectedFailures.put(HostileFiles.truncatedDocx(corpus.resolve("truncated.docx")), "corrupt");
    expectedFailures.put(
        HostileFiles.encryptedDocx(corpus.resolve("password.docx"), "secret"), "encrypted");
    expectedFailures.put(
        HostileFiles.zipBombDocx(corpus.resolve("zip-bomb.docx"), 2L << 30), "too large");
    expectedFailures.put(HostileFiles.entityBombDocx(corpus.resolve("laughs.docx")), "too large");
    expectedFailures.put(
        HostileFiles.textFloodDocx(corpus.resolve("flood.docx"), 25_000_000, false), "too large");
    // The type comes from the content: random bytes are no Word file, whatever their name.
    expectedFailures.put(
        HostileFiles.binaryNamedDocx(corpus.resolve("noise.docx"), 200_000), "unsupported type");
    expectedFailures.put(HostileFiles.sparse(corpus.resolve("huge.txt"), 1L << 30), "too large");
    Path loop =
        Files.createSymbolicLink(
            corpus.resolve("sub").resolve("loop"),
            Files.createDirectories(corpus.resolve("sub")).toAbsolutePath());
    expectedFailures.put(loop, "symlink loop");

    Path goodDocx =
        HostileFiles.write(
            corpus.resolve("good.docx"),
            HostileFiles.docx("Purpose", "This contribution cites Resolution 1305."));
    Path windows =
        HostileFiles.text(
            corpus.resolve("windows-1252.txt"), WESTERN, Charset.forName("windows-1252"));
    Path utf16 = HostileFiles.utf16WithBom(corpus.resolve("utf-16.txt"), WESTERN + RUSSIAN);
    HostileFiles.write(corpus.resolve("~$good.docx"), new byte[] {1, 2, 3});

    ChildCli cli = new ChildCli(tmp);
    ChildCli.Result result =
        cli.run(
            "ingest",
            180,
            "ingest",
            "--index",
            index.toString(),
            "--threads",
            "2",
            corpus.toString());

    // The figures for the record: what each hostile file came to, and how long the run took.
    System.out.print(result.err() + result.out());
    assertEquals(1, result.exitCode(), result.err());
    Map<String, String> lines = new TreeMap<>();
    for (String line : result.errLines()) {
      int colon = line.indexOf(": ");
      assertTrue(colon > 0, "not 'path: reason': " + line);
      String previous = lines.put(line.substring(0, colon), line.substring(colon + 2));
      assertEquals(null, previous, "two lines for " + line);
    }
    Map<String, String> expected = new TreeMap<>();
    expectedFailures.forEach((path, reason) -> expected.put(path.toString(), reason));
    assertEquals(expected.keySet(), lines.keySet(), result.err());
    expected.forEach(
        (path, reason) ->
            assertTrue(
                lines.get(path).startsWith(reason),
                path + ": expected " + reason + ", got " + lines.get(path)));

    Set<String> indexed = Set.of(goodDocx.toString(), windows.toString(), utf16.toString());
    assertEquals(indexed, IndexChecks.documentPaths(index));
    int failed = expected.size();
    assertTrue(
        result
            .out()
            .startsWith(
                indexed.size()
                    + " added, 0 updated, 0 unchanged, "
                    + "0 removed, "
                    + failed
                    + " failed"),
        result.out());
    try (CorpusReader reader = CorpusReader.open(index)) {
      assertEquals(WESTERN.strip(), textOf(reader, windows));
      assertEquals((WESTERN + RUSSIAN).strip(), textOf(reader, utf16));
    }
    IndexChecks.assertClean(index);
  }

  private static String textOf(CorpusReader reader, Path file) throws Exception {
    DocumentRecord record = reader.find(file.toString()).orElseThrow();
    return record.text().strip();
  }

  @Test
  void aFileNobodyMayReadIsReportedAsUnreadable() throws Exception {
    Path corpus = tmp.resolve("locked");
    Path locked =
        HostileFiles.write(
            corpus.resolve("locked.docx"), HostileFiles.docx("Nobody may read this."));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(
        Files.isReadable(locked),
        "skipped: this user (root?) reads a file with permissions 000 anyway");
    ChildCli.Result result =
        new ChildCli(tmp)
            .run(
                "locked",
                60,
                "ingest",
                "--index",
                tmp.resolve("index").toString(),
                corpus.toString());
    assertEquals(1, result.exitCode());
    assertEquals(List.of(locked + ": unreadable (permission denied)"), result.errLines());
  }

  @Test
  void theRunGoesOnWhenEveryFileFails() throws Exception {
    Path corpus = tmp.resolve("bad");
    HostileFiles.zeroBytes(corpus.resolve("a.docx"));
    HostileFiles.text(corpus.resolve("b.txt"), "   \n", StandardCharsets.UTF_8);
    ChildCli.Result result =
        new ChildCli(tmp)
            .run(
                "all-bad",
                60,
                "ingest",
                "--index",
                tmp.resolve("index").toString(),
                corpus.toString());
    assertEquals(1, result.exitCode());
    assertEquals(
        Set.of(
            corpus.resolve("a.docx") + ": empty (0 bytes)",
            corpus.resolve("b.txt") + ": empty (no text)"),
        Set.copyOf(result.errLines()));
    IndexChecks.assertClean(tmp.resolve("index"));
  }
}
