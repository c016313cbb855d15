package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.cwg.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionsCommandTest {

  @TempDir Path temp;

  private String noIndex() {
    return temp.resolve("no-index").toString();
  }

  @Test
  void jsonIsTheArrayOfTheSectionsOfTheKindsAsked() throws Exception {
    Path file = SeedFolder.copyTo(temp.resolve("docs")).resolve("000_390a1167734b5728.txt");
    CliRun run =
        CliRun.of(
            "sections",
            "--index",
            noIndex(),
            "--kind",
            "purpose,action-required,proposal",
            "--format",
            "json",
            file.toString());
    JsonNode sections = run.json();
    assertEquals(3, sections.size());
    assertEquals("purpose", sections.get(0).get("kind").asText());
    assertEquals("Purpose", sections.get(0).get("heading").asText());
    assertTrue(sections.get(0).get("number").isNull());
    assertEquals(1, sections.get(0).get("level").asInt());
    assertTrue(
        sections
            .get(0)
            .get("text")
            .asText()
            .startsWith("The purpose of this contribution is to facilitate"));
    assertEquals("action-required", sections.get(1).get("kind").asText());
    assertEquals("3", sections.get(2).get("number").asText());
  }

  @Test
  void textPrintsEachHeadingThenItsText() throws Exception {
    Path file = SeedFolder.copyTo(temp.resolve("docs")).resolve("002_286d323b42f9aff4.txt");
    CliRun run =
        CliRun.of("sections", "--index", noIndex(), "--kind", "action-required", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "Action required  [action-required]\n"
            + "The Council Working Group on international Internet-related public policy issues\n"
            + "  is invited to consider this document.\n\n",
        run.out());
  }

  @Test
  void allPrintsTheKindForEveryIndexedDocument() throws Exception {
    Path docs = SeedFolder.copyTo(temp.resolve("docs"));
    String index = temp.resolve("index").toString();
    assertEquals(0, CliRun.of("ingest", "--quiet", "--index", index, docs.toString()).exitCode());
    CliRun run = CliRun.of("sections", "--index", index, "--all", "--kind", "purpose");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(5, run.out().split("\n== ", -1).length, run.out());
    assertEquals(5, run.out().split("Purpose  \\[purpose\\]\n", -1).length - 1);

    CliRun json =
        CliRun.of("sections", "--index", index, "--all", "--kind", "purpose", "--format", "json");
    JsonNode sections = Json.mapper().readTree(json.out());
    assertEquals(5, sections.size());
    for (JsonNode section : sections) {
      assertEquals("purpose", section.get("kind").asText());
      assertEquals(12, section.get("document").get("id").asText().length());
    }
  }

  @Test
  void markdownMakesSectionsHeadings() throws Exception {
    Path file = SeedFolder.copyTo(temp.resolve("docs")).resolve("003_a40fdb2044d530c8.txt");
    CliRun run =
        CliRun.of(
            "sections",
            "--index",
            noIndex(),
            "--kind",
            "topic,outcome",
            "--format",
            "markdown",
            file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "## 1 The security, safety, continuity, sustainability, and"
                    + " robustness of the Internet\n\nThe Russian Federation has repeatedly"),
        run.out());
    assertTrue(run.out().contains("\n### Outcome for Council\n\n"), run.out());
  }

  @Test
  void needsEitherADocumentOrAll() {
    CliRun run = CliRun.of("sections", "--index", noIndex());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("cwg: give either DOC or --all\n"), run.err());
  }

  @Test
  void anUnknownKindIsAUsageError() throws Exception {
    Path file = SeedFolder.copyTo(temp.resolve("docs")).resolve("000_390a1167734b5728.txt");
    CliRun run = CliRun.of("sections", "--index", noIndex(), "--kind", "preamble", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals("cwg: unknown section kind 'preamble'\n", run.err());
  }
}
