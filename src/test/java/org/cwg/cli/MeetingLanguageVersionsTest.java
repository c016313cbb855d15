package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cwg meeting} over every sample: the English CWG-Internet-20/4 and its French, Russian and
 * Spanish versions are one contribution of meeting 20, listed once with its languages.
 */
class MeetingLanguageVersionsTest {

  @TempDir static Path root;
  static String index;

  @BeforeAll
  static void ingestTheSamplesAndTheVersions() {
    index = root.resolve("index").toString();
    CliRun ingest =
        CliRun.of("ingest", "--quiet", "--index", index, "samples/docx", "samples/versions");
    assertEquals(0, ingest.exitCode(), ingest.err());
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index, "--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    return run.json();
  }

  @Test
  void meeting20ListsCwgInternet20Slash4OnceWithItsFourLanguages() throws IOException {
    JsonNode m = json("meeting", "20");
    List<JsonNode> versions = new ArrayList<>();
    m.get("contributions")
        .forEach(
            c -> {
              if ("CWG-Internet-20/4".equals(c.get("number").asText())) {
                versions.add(c);
              }
            });
    assertEquals(1, versions.size(), m.get("contributions").toString());
    JsonNode c = versions.get(0);
    assertEquals("en", c.get("language").asText(), "the English version stands for it");
    assertEquals("Russian Federation", c.at("/sources/0").asText());
    List<String> languages = new ArrayList<>();
    c.get("languages").forEach(l -> languages.add(l.asText()));
    assertEquals(List.of("en", "fr", "ru", "es"), languages);
    assertTrue(c.get("discussed").asBoolean());
    assertEquals(1, c.get("outcomes").size(), c.toString());
    assertEquals("6.2", c.at("/outcome/section").asText());
    assertEquals(1, m.get("reports").size());
    assertEquals(5, m.get("missing").size(), m.get("missing").toString());
    assertEquals(1, m.get("references").size(), m.get("references").toString());
    assertEquals("CWG-Internet-20/4", m.at("/references/0/to").asText());
    assertEquals(1, m.at("/references/0/count").asInt());

    CliRun text = CliRun.of("meeting", "20", "--index", index);
    assertTrue(text.out().contains("\n  CWG-Internet-20/4 (en, fr, ru, es)  "), text.out());
    assertEquals(1, text.out().split("CWG-Internet-20/4 \\(").length - 1, text.out());
    CliRun csv = CliRun.of("meeting", "20", "--index", index, "--format", "csv");
    assertEquals(1, csv.out().split(",CWG-Internet-20/4,").length - 1, csv.out());
  }

  @Test
  void eachVersionStillHasItsOutcome() throws IOException {
    for (String letter : List.of("F", "R", "S")) {
      JsonNode o = json("outcome", "S24-CWGINT20-C-0004!!MSW-" + letter + ".docx");
      assertEquals(1, o.get("outcomes").size(), letter + ": " + o);
      assertEquals("6.2", o.at("/outcomes/0/section/number").asText());
    }
  }
}
