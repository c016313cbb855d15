package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.cwg.index.CorpusReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cwg reuse} and {@code cwg similar} on the five sample documents. */
class ReuseCommandTest {

  @TempDir static Path work;

  static String index;
  static String contribution;
  static String report;
  static String fragmentation;
  static String agenda;
  static String governanceModel;

  @BeforeAll
  static void ingestSamples() throws Exception {
    index = work.resolve("index").toString();
    assertEquals(0, CliRun.of("ingest", "--quiet", "--index", index, "samples/docx").exitCode());
    try (CorpusReader reader = CorpusReader.open(Path.of(index))) {
      contribution = reader.find("CWG-Internet-20/4").orElseThrow().id();
      report = idOf(reader, "CWG-Internet-20-meeting-report-E.docx");
      fragmentation = idOf(reader, "Russian-Federation-Internet-fragmentation-E.docx");
      agenda = idOf(reader, "Russian-Federation-future-working-agenda-E.docx");
      governanceModel = idOf(reader, "Russian-Federation-Internet-governance-model-E.docx");
    }
  }

  private static String idOf(CorpusReader reader, String file) throws Exception {
    return reader.find("samples/docx/" + file).orElseThrow().id();
  }

  @Test
  void findsThePurposeOfTheContributionInTheSummaryOfTheReport() throws Exception {
    JsonNode json = reuse("reuse", "--format", "json");
    boolean found = false;
    for (JsonNode pair : json.get("pairs")) {
      if (pair.at("/a/id").asText().equals(contribution)
          && pair.at("/b/id").asText().equals(report)) {
        assertEquals("Purpose", pair.at("/a/section").asText());
        assertEquals("6.2.1", pair.at("/b/section").asText());
        assertTrue(pair.get("words").asInt() >= 100, pair.toString());
        assertTrue(pair.get("similarity").asDouble() >= 0.95, pair.toString());
        assertTrue(pair.get("text").asText().startsWith("The purpose of this contribution"));
        found = true;
      }
    }
    assertTrue(found, json.toPrettyString());
  }

  @Test
  void reportsNothingBetweenUnrelatedSamples() throws Exception {
    JsonNode json = reuse("reuse", "--format", "json");
    for (JsonNode pair : json.get("pairs")) {
      Set<String> ids = Set.of(pair.at("/a/id").asText(), pair.at("/b/id").asText());
      assertFalse(ids.contains(agenda) && !ids.contains(governanceModel), pair.toString());
      assertFalse(
          ids.contains(fragmentation)
              && (ids.contains(contribution) || ids.contains(governanceModel)),
          pair.toString());
    }
    assertEquals(
        0, reuse("reuse", "--format", "json", "--between", agenda, report).get("pairs").size());
  }

  @Test
  void findsTheProposalTheAgendaRestatesFromTheEarlierContribution() throws Exception {
    // "At the previous meeting, the Russian Federation proposed to prepare a working plan/roadmap
    // for the CWG-Internet and formulate thematic aspects on ...": the earlier proposal, recycled
    // with a few words changed.
    JsonNode pairs = reuse("reuse", "--format", "json").get("pairs");
    boolean found = false;
    for (JsonNode pair : pairs) {
      if (Set.of(pair.at("/a/id").asText(), pair.at("/b/id").asText())
          .equals(Set.of(governanceModel, agenda))) {
        assertTrue(pair.get("words").asInt() >= 30, pair.toString());
        assertTrue(pair.get("text").asText().contains("for the next four years"), pair.toString());
        found = true;
      }
    }
    assertTrue(found, pairs.toPrettyString());
  }

  @Test
  void betweenTwoDocumentsKeepsToThem() throws Exception {
    JsonNode json = reuse("reuse", "--format", "json", "--between", "CWG-Internet-20/4", report);
    assertTrue(json.get("pairs").size() >= 1);
    for (JsonNode pair : json.get("pairs")) {
      assertEquals(contribution, pair.at("/a/id").asText());
      assertEquals(report, pair.at("/b/id").asText());
    }
  }

  @Test
  void similarNamesTheReportSectionThatRepeatsTheContribution() throws Exception {
    JsonNode json = reuse("similar", "--format", "json", "CWG-Internet-20/4");
    boolean found = false;
    int previous = Integer.MAX_VALUE;
    for (JsonNode similar : json.get("similar")) {
      assertTrue(similar.get("words").asInt() <= previous, "most shared words first");
      previous = similar.get("words").asInt();
      assertFalse(similar.get("id").asText().equals(agenda), similar.toString());
      if (similar.get("id").asText().equals(report)) {
        assertEquals("[\"6.2.1\"]", similar.get("sections").toString());
        found = true;
      }
    }
    assertTrue(found, json.toPrettyString());
    CliRun text = CliRun.of("similar", "--index", index, "CWG-Internet-20/4");
    assertEquals(0, text.exitCode());
    text.out().lines().forEach(line -> assertTrue(line.length() <= 80, line));
  }

  @Test
  void badInputIsAOneLineErrorWithExitCode2() {
    CliRun unknown = CliRun.of("similar", "--index", index, "CWG-Internet-99/9");
    assertEquals(2, unknown.exitCode());
    assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    assertEquals(2, CliRun.of("reuse", "--index", index, "--min-words", "3").exitCode());
    assertEquals(2, CliRun.of("reuse", "--index", work.resolve("none").toString()).exitCode());
    assertEquals(2, CliRun.of("reuse", "--index", index, "--between", report, report).exitCode());
  }

  private static JsonNode reuse(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = index;
    CliRun run = CliRun.of(all);
    return run.json();
  }
}
