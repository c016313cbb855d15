package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.json.Json;
import org.cwg.search.GeneratedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Isolated // one test sets cwg.stdout.tty, which every command run in the process reads
class SearchCommandTest {

  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void index() throws IOException {
    index = GeneratedCorpus.writeTo(tmp.resolve("index")).toString();
  }

  static CommandRun search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index));
    all.addAll(List.of(args));
    return CommandRun.of(all.toArray(String[]::new));
  }

  static JsonNode json(CommandRun run) throws IOException {
    assertEquals(0, run.exit(), run.err());
    return Json.mapper().readTree(run.out());
  }

  @Test
  void textShowsHitsPassagesAndFacets() throws IOException {
    CommandRun run = search("\"public core\"", "--facets", "--limit", "3");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    run.assertGolden("search-public-core.txt");
  }

  @Test
  void aTerminalGetsBoldInsteadOfMarkers() {
    String before = System.getProperty("cwg.stdout.tty");
    System.setProperty("cwg.stdout.tty", "true");
    try {
      CommandRun run = search("\"public core\"", "--limit", "1");
      assertTrue(run.out().contains("protecting the \033[1mpublic core\033[0m."), run.out());
      assertTrue(!run.out().contains("[["));
    } finally {
      if (before == null) {
        System.clearProperty("cwg.stdout.tty");
      } else {
        System.setProperty("cwg.stdout.tty", before);
      }
    }
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    JsonNode result =
        json(
            search(
                "\"public core\"",
                "--format",
                "json",
                "--facets",
                "--sort",
                "meeting",
                "--limit",
                "1"));
    assertEquals(6, result.get("total").asInt());
    JsonNode hit = result.get("hits").get(0);
    for (String field :
        List.of("id", "path", "number", "meeting", "date", "section", "score", "snippets")) {
      assertTrue(hit.has(field), field);
    }
    assertEquals("CWG-Internet-19/2", hit.get("number").asText());
    assertEquals(19, hit.get("meeting").asInt());
    assertEquals("2023-09-15", hit.get("date").asText());
    assertEquals("proposal", hit.get("section").asText());
    assertEquals("2", hit.get("proposals").get(0).get("number").asText());
    assertTrue(hit.get("snippets").get(0).asText().contains("protect the [[public core]] of"));
    assertEquals(2, result.get("facets").get("meeting").get("19").asInt());
    assertEquals(5, result.get("facets").get("source").get("Russian Federation").asInt());
    assertEquals(4, result.get("facets").get("section").get("proposal").asInt());
  }

  @Test
  void facetsAreLeftOutUnlessAskedFor() throws IOException {
    assertTrue(!json(search("\"public core\"", "--format", "json")).has("facets"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--meeting=21|4",
        "--meeting=18-20|2",
        "--meeting=22|0",
        "--section=proposal|4",
        "--section=purpose|1",
        "--cites=1305|3",
        "--cites=Council 1305|3",
        "--cites=Res 102|2",
        "--cites=PP 102|2",
        "--source=russian federation|5",
        "--source=Belarus|2",
        "--type=report|1",
        "--type=contribution|5",
        "--from=2025|4",
        "--from=2024-10-04|4",
        "--to=2024|2",
        "--to=2023-09-14|0",
      })
  void eachFilterKeepsItsCount(String filter, int total) throws IOException {
    assertEquals(
        total, json(search("\"public core\"", filter, "--format", "json")).get("total").asInt());
  }

  @Test
  void exactMatchesWordsAsWritten() throws IOException {
    assertEquals(30, json(search("governing", "--format", "json")).get("total").asInt());
    assertEquals(2, json(search("governing", "--exact", "--format", "json")).get("total").asInt());
  }

  @Test
  void jsonLinesHaveOneHitPerLineAndCsvOneRow() {
    CommandRun lines = search("\"public core\"", "--format", "jsonl", "--limit", "4");
    assertEquals(4, lines.out().lines().count());
    CommandRun csv = search("\"public core\"", "--format", "csv", "--sort", "meeting");
    List<String> rows = csv.out().lines().toList();
    assertEquals(7, rows.size());
    assertEquals(
        "id,number,meeting,date,sources,section,section_number,heading,score,snippet," + "path",
        rows.get(0));
    assertTrue(
        rows.get(1)
            .startsWith(
                "m19-d2,CWG-Internet-19/2,19,2023-09-15,Russian Federation,"
                    + "proposal,2,Proposal,"),
        rows.get(1));
  }

  @Test
  void aBadQueryIsOneLineAndExitCodeTwo() {
    CommandRun run = search("public AND");
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertEquals(
        "cwg: cannot parse query 'public AND': the query ends too soon (after column 10)"
            + System.lineSeparator(),
        run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--meeting=twenty|cwg: --meeting 'twenty': expected a meeting number such as 20 or a range"
            + " such as 18-22",
        "--section=preamble|cwg: unknown section kind 'preamble'",
        "--cites=Article 5|cwg: 'Article 5' is not a resolution; write it as 1305, \"Council"
            + " 1305\", \"PP 102\" or \"WTSA 75\"",
        "--from=last week|cwg: --from 'last week': expected a date such as 2024-10-04, 2024-10 or"
            + " 2024",
      })
  void badFiltersAreUsageErrors(String option, String message) {
    CommandRun run = search("core", option);
    assertEquals(2, run.exit());
    assertEquals(message, run.err().strip());
  }

  @Test
  void formatsTheCommandCannotWriteAreRefused() {
    CommandRun run = search("core", "--format", "markdown");
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .startsWith(
                "cwg: --format markdown is not available here; use one of:"
                    + " text, json, jsonl, csv"),
        run.err());
  }

  @Test
  void aMissingIndexIsAUsageError() {
    CommandRun run = CommandRun.of("search", "--index", tmp.resolve("nowhere").toString(), "x");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("cwg: no index at "), run.err());
  }
}
