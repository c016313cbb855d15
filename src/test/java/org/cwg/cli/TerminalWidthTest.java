package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            List.of("show", "000_390a1167734b5728.txt"),
            List.of("show", "001_27e60200d3c8a806.txt"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  command.stream(), java.util.stream.Stream.of("--index", index))
              .toArray(String[]::new);
      CliRun run = CliRun.of(args);
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
