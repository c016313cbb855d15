package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cwg outcome} and {@code cwg meeting} on the Word samples: meeting 20 of CWG-Internet. */
class OutcomeCommandTest {

  @TempDir static Path root;
  static String index;

  @BeforeAll
  static void ingestTheSamples() {
    index = root.resolve("index").toString();
    CliRun ingest = CliRun.of("ingest", "--index", index, "samples/docx");
    assertEquals(0, ingest.exitCode(), ingest.err());
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index, "--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    return run.json();
  }

  @Test
  void theOutcomeOfCwgInternet20Slash4IsSection6Point2WithItsSummaryAndDiscussion()
      throws IOException {
    JsonNode result = json("outcome", "CWG-Internet-20/4");
    assertEquals("CWG-Internet-20/4", result.at("/document/number").asText());
    assertEquals("contribution", result.at("/document/type").asText());
    JsonNode outcomes = result.get("outcomes");
    assertEquals(1, outcomes.size(), outcomes.toString());
    JsonNode o = outcomes.get(0);
    assertEquals(20, o.at("/report/meeting").asInt());
    assertEquals("2024-10-04", o.at("/report/date").asText());
    assertEquals("6.2", o.at("/section/number").asText());
    assertTrue(o.at("/section/heading").asText().startsWith("CWG-Internet-20/4 (Russian"));
    assertTrue(
        o.get("summary").asText().startsWith("The purpose of this contribution is to facilitate"));
    assertTrue(o.get("discussion").asText().contains("Members welcomed the contribution."));
    assertEquals("The contribution was noted.", o.at("/actions/0").asText());
    assertEquals("reference", o.get("link").asText());
    assertEquals(1.0, o.get("score").asDouble());
    assertEquals(1.0, o.get("copied").asDouble(), "6.2.1 copies the Purpose whole");
  }

  @Test
  void contributionsNoReportDiscussedHaveNoOutcome() throws IOException {
    JsonNode result = json("outcome", "Russian-Federation-Internet-governance-model-E.docx");
    assertEquals(0, result.get("outcomes").size(), result.toString());
  }

  @Test
  void meeting20ListsItsReportContributionsOutcomesAndWhatIsNotIngested() throws IOException {
    JsonNode m = json("meeting", "20");
    assertEquals("CWG-Internet", m.get("group").asText());
    assertEquals("2024-10-04", m.get("date").asText());
    assertEquals("Geneva", m.get("place").asText());
    assertEquals(1, m.get("reports").size());
    assertEquals("report", m.at("/reports/0/type").asText());
    assertEquals(1, m.get("contributions").size());
    JsonNode c = m.at("/contributions/0");
    assertEquals("CWG-Internet-20/4", c.get("number").asText());
    assertEquals("Russian Federation", c.at("/sources/0").asText());
    assertTrue(c.get("discussed").asBoolean());
    assertEquals("6.2", c.at("/outcome/section").asText());
    List<String> missing = new ArrayList<>();
    m.get("missing").forEach(d -> missing.add(d.get("number").asText()));
    assertEquals(
        List.of(
            "CWG-Internet-20/1(Rev.2)",
            "CWG-Internet-20/2",
            "CWG-Internet-20/3",
            "CWG-Internet-20/5",
            "OPCWGINT-11/3"),
        missing);
    assertEquals("CWG-Internet-20/4", m.at("/references/0/to").asText());
  }

  @Test
  void textMarkdownAndCsvSayTheSame() {
    CliRun text = CliRun.of("outcome", "CWG-Internet-20/4", "--index", index);
    assertTrue(text.out().contains("\n  §6.2 CWG-Internet-20/4 (Russian"), text.out());
    CliRun markdown =
        CliRun.of("outcome", "CWG-Internet-20/4", "--index", index, "--format", "markdown");
    assertTrue(markdown.out().startsWith("# Outcomes of CWG-Internet-20/4: "), markdown.out());
    assertTrue(markdown.out().contains("\n### Summary\n"), markdown.out());
    CliRun csv = CliRun.of("meeting", "20", "--index", index, "--format", "csv");
    assertTrue(csv.out().startsWith("group,meeting,id,number,"), csv.out());
    assertTrue(csv.out().contains(",CWG-Internet-20/4,"), csv.out());
    CliRun meeting = CliRun.of("meeting", "20", "--index", index, "--format", "markdown");
    assertTrue(meeting.out().startsWith("# CWG-Internet meeting 20 · 2024-10-04"), meeting.out());
  }

  @Test
  void badInputIsAOneLineUsageError() throws IOException {
    assertUsageError(
        "cwg: no document 'CWG-Internet-20/99' in the index\n",
        "outcome",
        "CWG-Internet-20/99",
        "--index",
        index);
    CliRun report = CliRun.of("outcome", "CWG-Internet-20-meeting-report-E.docx", "--index", index);
    assertEquals(2, report.exitCode());
    assertTrue(
        report.err().matches("cwg: \\w+ is a report, not a contribution; .*\n"), report.err());
    assertUsageError(
        "cwg: no document of meeting 7 in the index\n", "meeting", "7", "--index", index);
    assertUsageError(
        "cwg: no document of meeting 20 of CWG-FHR in the index (its groups: CWG-Internet)\n",
        "meeting",
        "20",
        "--group",
        "CWG-FHR",
        "--index",
        index);
    Path empty = Files.createDirectories(root.resolve("empty"));
    String emptyIndex = root.resolve("empty-index").toString();
    assertEquals(0, CliRun.of("ingest", "--index", emptyIndex, empty.toString()).exitCode());
    for (String[] args :
        List.of(
            new String[] {"outcome", "CWG-Internet-20/4", "--index", emptyIndex},
            new String[] {"meeting", "20", "--index", emptyIndex})) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains(" holds no documents; run 'cwg ingest"), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
    }
  }

  @Test
  void onTheSeedsMeeting21HasTwoContributionsNoReportDiscussed() throws IOException {
    String seeds = SeedIndex.build(root.resolve("seeds")).toString();
    CliRun run = CliRun.of("meeting", "21", "--index", seeds, "--format", "json");
    JsonNode m = run.json();
    assertEquals(0, m.get("reports").size());
    assertEquals(2, m.get("contributions").size());
    m.get("contributions").forEach(c -> assertTrue(!c.get("discussed").asBoolean(), c.toString()));
    CliRun outcome =
        CliRun.of("outcome", "CWG-Internet-20/4", "--index", seeds, "--format", "json");
    JsonNode o = Json.mapper().readTree(outcome.out());
    assertEquals("6.2", o.at("/outcomes/0/section/number").asText(), outcome.out());
    assertEquals("reference", o.at("/outcomes/0/link").asText());
  }

  private static void assertUsageError(String message, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(message, run.err());
  }
}
