package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;
import org.cwg.search.GeneratedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kwic, trend, stats and export over the generated corpus. */
class CorpusCommandsTest {

  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void index() throws IOException {
    index = GeneratedCorpus.writeTo(tmp.resolve("index")).toString();
  }

  static CommandRun run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--index", index));
    all.addAll(List.of(args));
    CommandRun run = CommandRun.of(all.toArray(String[]::new));
    return run;
  }

  @Test
  void kwicAlignsTheMatches() throws IOException {
    CommandRun run = run("kwic", "\"public core\"", "--width", "30");
    assertEquals(0, run.exit(), run.err());
    run.assertGolden("kwic-public-core.txt");
    List<String> lines = run.out().lines().toList();
    int column = lines.get(0).indexOf("[[");
    assertTrue(lines.subList(0, 6).stream().allMatch(l -> l.indexOf("[[") == column));
  }

  @Test
  void kwicSortsAndWritesCsvAndJson() throws IOException {
    CommandRun csv =
        run(
            "kwic",
            "governance",
            "--exact",
            "--sort",
            "left",
            "--format",
            "csv",
            "--meeting",
            "18");
    assertEquals(0, csv.exit(), csv.err());
    List<String> rows = csv.out().lines().toList();
    assertEquals(7, rows.size(), "header and 3 occurrences in each of 2 contributions");
    assertEquals("number,meeting,date,section,offset,left,match,right,id,path", rows.get(0));
    assertTrue(
        rows.get(1).startsWith("CWG-Internet-18/2,18,2023-02-01,introduction,"),
        "left context read leftwards: Internet Introduction ... first; " + rows.get(1));
    JsonNode json =
        Json.mapper()
            .readTree(
                run("kwic", "governance", "--exact", "--format", "json", "--limit", "2").out());
    assertEquals(30, json.get("total").asInt());
    assertEquals(2, json.get("lines").size());
    assertEquals("governance", json.get("lines").get(0).get("match").asText());
  }

  @Test
  void trendTableWithBars() throws IOException {
    CommandRun run = run("trend", "\"public core\"");
    assertEquals(0, run.exit(), run.err());
    run.assertGolden("trend-public-core.txt");
  }

  @Test
  void trendOfCitationsAsCsv() {
    CommandRun run = run("trend", "--cites", "1305", "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    List<String> rows = run.out().lines().toList();
    assertEquals(
        "meeting,documents,matching_documents,occurrences,words,per_10k_words", rows.get(0));
    assertEquals(
        List.of("18,3,0,0", "19,3,0,0", "20,3,2,2", "21,3,2,2", "22,3,2,2"),
        rows.subList(1, 6).stream()
            .map(r -> String.join(",", List.of(r.split(",")).subList(0, 4)))
            .toList());
  }

  @Test
  void trendJsonAndItsUsageError() throws IOException {
    JsonNode json =
        Json.mapper().readTree(run("trend", "governing", "--exact", "--format", "json").out());
    assertEquals(2, json.get("occurrences").asInt());
    assertEquals(2, json.get("rows").get(4).get("occurrences").asInt());
    CommandRun nothing = run("trend");
    assertEquals(2, nothing.exit());
    assertEquals("cwg: trend needs a QUERY or --cites RESOLUTION", nothing.err().strip());
  }

  @Test
  void statsAtAGlance() throws IOException {
    CommandRun run = run("stats");
    assertEquals(0, run.exit(), run.err());
    run.assertGolden("stats.txt");
    JsonNode json = Json.mapper().readTree(run("stats", "--format", "json").out());
    assertEquals(15, json.get("documents").asInt());
    assertEquals("Council 1305", json.get("resolutions").get(0).get("resolution").asText());
  }

  @Test
  void exportWritesEveryRecordOnePerLine() throws IOException {
    CommandRun run = run("export", "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    List<DocumentRecord> expected = GeneratedCorpus.records();
    assertEquals(expected.size(), lines.size());
    for (String line : lines) {
      DocumentRecord exported = Json.mapper().readValue(line, DocumentRecord.class);
      assertTrue(expected.contains(exported), "exported differs: " + exported.id());
    }
    assertEquals("m18-d1", Json.mapper().readTree(lines.get(0)).get("id").asText());
    assertEquals(run.out(), run("export").out(), "jsonl is the default");
    assertEquals(15, Json.mapper().readTree(run("export", "--format", "json").out()).size());
    assertEquals(2, run("export", "--format", "csv").exit());
  }
}
