package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cwg.render.TextWidth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text output fits an 80-column terminal (the width of a pipe, and of COLUMNS=80). */
class TerminalWidthTest {

  @TempDir static Path temp;

  private static String index;

  @BeforeAll
  static void indexTheSeeds() throws Exception {
    Path docs = SeedFolder.copyTo(temp.resolve("docs"));
    index = temp.resolve("index").toString();
    assertEquals(0, CliRun.of("ingest", "--quiet", "--index", index, docs.toString()).exitCode());
  }

  @Test
  void theWidthIsColumnsWhenSetAndEightyOtherwise() {
    assertEquals(80, Terminal.columns(Map.of("COLUMNS", "80")));
    assertEquals(132, Terminal.columns(Map.of("COLUMNS", "132")));
    assertEquals(80, Terminal.columns(Map.of()));
    assertEquals(80, Terminal.columns(Map.of("COLUMNS", "wide")));
  }

  @Test
  void everyReadingCommandFitsEightyColumns() {
    for (List<String> command :
        List.of(
            List.of("list"),
            List.of("search", "internet"),
            List.of("search", "Internet governance", "--facets"),
            List.of("kwic", "internet"),
            List.of("cites"),
            List.of("cites", "1305"),
            List.of("cites", "--matrix"),
            List.of("stats"),
            List.of("trend", "internet"),
            List.of("trend", "--cites", "PP 102"),
            List.of("sections", "004_631d3bb824dc1921.txt"),
            List.of("show", "000_390a1167734b5728.txt"),
            List.of("show", "001_27e60200d3c8a806.txt"))) {
      String[] args =
          Stream.concat(command.stream(), Stream.of("--index", index)).toArray(String[]::new);
      assertFitsEightyColumns(command, CliRun.of(args));
    }
  }

  /**
   * Outcomes and meetings on the Word samples, kept in a folder whose long name holds ITU's {@code
   * !!}: headings and titles give way at their end, passages fold, and a path on its own line loses
   * its middle but keeps its file name and its quotes.
   */
  @Test
  void outcomesMeetingsAndReuseFitEightyColumns() throws Exception {
    Path docs =
        Files.createDirectories(
            temp.resolve("word").resolve("shared drive of the working group!!meeting documents"));
    try (Stream<Path> samples = Files.list(Path.of("samples/docx"))) {
      for (Path sample : samples.toList()) {
        Files.copy(sample, docs.resolve(sample.getFileName()));
      }
    }
    String wordIndex = temp.resolve("word-index").toString();
    assertEquals(
        0, CliRun.of("ingest", "--quiet", "--index", wordIndex, docs.toString()).exitCode());
    for (List<String> command :
        List.of(
            List.of("outcome", "CWG-Internet-20/4"),
            List.of("outcome", "Russian-Federation-Internet-governance-model-E.docx"),
            List.of("meeting", "20"),
            List.of("reuse"),
            List.of(
                "reuse", "--between", "CWG-Internet-20/4", "CWG-Internet-20-meeting-report-E.docx"),
            List.of("similar", "CWG-Internet-20/4"),
            List.of("similar", "CWG-Internet-20-meeting-report-E.docx"))) {
      String[] args =
          Stream.concat(command.stream(), Stream.of("--index", wordIndex)).toArray(String[]::new);
      assertFitsEightyColumns(command, CliRun.of(args));
    }
    CliRun unnumbered =
        CliRun.of(
            "outcome", "Russian-Federation-Internet-governance-model-E.docx", "--index", wordIndex);
    String pathLine = unnumbered.out().lines().skip(1).findFirst().orElseThrow();
    assertTrue(pathLine.startsWith("'") && pathLine.contains("…"), pathLine);
    assertTrue(
        pathLine.endsWith("/Russian-Federation-Internet-governance-model-E.docx'"), pathLine);
  }

  private static void assertFitsEightyColumns(List<String> command, CliRun run) {
    assertEquals(0, run.exitCode(), command + ": " + run.err());
    assertTrue(run.out().lines().count() > 1, command + ": " + run.out());
    run.out()
        .lines()
        .forEach(
            line ->
                assertTrue(
                    TextWidth.of(line) <= 80,
                    command + ": " + TextWidth.of(line) + " columns: " + line));
  }

  @Test
  void machineFormatsAreNeverCutOrFolded() {
    CliRun run = CliRun.of("list", "--index", index, "--format", "csv");
    assertTrue(run.out().lines().anyMatch(line -> line.length() > 80), run.out());
    assertTrue(run.out().contains(temp.resolve("docs").toString()), run.out());
  }

  @Test
  void listKeepsIdNumberAndTitleOnANarrowTerminal() {
    CliRun run = CliRun.of("list", "--index", index);
    String header = run.out().lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("ID "), header);
    assertTrue(header.contains("TITLE") && header.contains("PATH"), header);
    // Ids are never cut: they are what a user types to name a document.
    run.out().lines().skip(1).forEach(line -> assertTrue(line.matches("[0-9a-f]{12}  .*"), line));
  }
}
