package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The English sample CWG-Internet-20/4 and its French, Russian and Spanish versions (made by the
 * sample generator): one document under one number, each version stemmed in its own language.
 */
class LanguageVersionsTest {

  private static final Path ENGLISH = Path.of("samples", "docx", "S24-CWGINT20-C-0004!!MSW-E.docx");
  private static final Path VERSIONS = Path.of("samples", "versions");
  private static final Path REPORT =
      Path.of("samples", "docx", "CWG-Internet-20-meeting-report-E.docx");

  @TempDir static Path temp;
  static String index;

  @BeforeAll
  static void ingest() throws Exception {
    Path docs = Files.createDirectories(temp.resolve("docs"));
    Files.copy(ENGLISH, docs.resolve(ENGLISH.getFileName()));
    for (String letter : List.of("F", "R", "S")) {
      String name = "S24-CWGINT20-C-0004!!MSW-" + letter + ".docx";
      Files.copy(VERSIONS.resolve(name), docs.resolve(name));
    }
    index = temp.resolve("index").toString();
    CliRun run = CliRun.of("ingest", "--quiet", "--index", index, docs.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  /** The file names (not paths) of the documents a search finds, in its order. */
  private static List<String> found(String... query) {
    List<String> args = new ArrayList<>(List.of("search", "--index", index, "--documents"));
    args.addAll(List.of(query));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
    return run.out().lines().map(line -> line.replaceAll(".*/|'", "")).toList();
  }

  private static String version(String letter) {
    return "S24-CWGINT20-C-0004!!MSW-" + letter + ".docx";
  }

  @Test
  void theReportNamingTheNumberRefersToTheDocumentWhateverVersionsItHas() throws Exception {
    Path docs = Files.createDirectories(temp.resolve("with-report"));
    Files.copy(REPORT, docs.resolve(REPORT.getFileName()));
    Files.copy(ENGLISH, docs.resolve(ENGLISH.getFileName()));
    Files.copy(VERSIONS.resolve(version("F")), docs.resolve(version("F")));
    String withReport = temp.resolve("with-report-index").toString();
    assertEquals(
        0, CliRun.of("ingest", "--quiet", "--index", withReport, docs.toString()).exitCode());
    CliRun run = CliRun.of("refs", "--index", withReport, "--format", "json", "CWG-Internet-20/4");
    JsonNode links = run.json();
    assertEquals(1, links.get("referencedBy").size(), run.out());
    assertTrue(links.get("referencedBy").get(0).toString().contains("meeting-report"), run.out());
  }

  @Test
  void everyVersionHasTheNumberAndItsLanguage() throws Exception {
    CliRun run = CliRun.of("list", "--index", index, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    List<String> seen = new ArrayList<>();
    for (JsonNode entry : Json.mapper().readTree(run.out())) {
      assertEquals("CWG-Internet-20/4", entry.get("number").asText(), entry.toString());
      seen.add(entry.get("language").asText());
    }
    assertEquals(List.of("en", "es", "fr", "ru"), seen.stream().sorted().toList());
  }

  @Test
  void listShowsTheVersionsOnOneLineWithTheirLanguages() {
    CliRun run = CliRun.of("list", "--index", index);
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    assertTrue(lines.get(0).contains("LANG"), lines.get(0));
    assertTrue(lines.get(1).contains("CWG-Internet-20/4  EFRS"), lines.get(1));
    assertTrue(lines.get(1).contains("MSW-E.docx"), "shown by its English version: " + lines);
    assertTrue(lines.stream().allMatch(line -> line.length() <= 80), run.out());
  }

  @Test
  void langKeepsTheVersionsInThatLanguage() {
    CliRun run = CliRun.of("list", "--index", index, "--lang", "French", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = run.out().lines().skip(1).toList();
    assertEquals(1, rows.size(), run.out());
    assertTrue(rows.get(0).endsWith(",fr"), rows.get(0));
    assertEquals(List.of(version("R")), found("Интернет", "--lang", "R"));
  }

  @Test
  void showListsTheVersionsAndLangPicksOne() throws Exception {
    CliRun english = CliRun.of("show", "--index", index, "CWG-Internet-20/4");
    assertEquals(0, english.exitCode(), english.err());
    assertTrue(english.out().contains("  language     en"), english.out());
    for (String language : List.of("en", "fr", "ru", "es")) {
      assertTrue(
          english
              .out()
              .lines()
              .anyMatch(l -> l.matches("  [* ] " + language + "  \\p{XDigit}{12}.*")),
          language + " missing from\n" + english.out());
    }

    CliRun russian =
        CliRun.of(
            "show", "--index", index, "cwg-internet-20/4", "--lang", "ru", "--format", "json");
    assertEquals(0, russian.exitCode(), russian.err());
    JsonNode view = Json.mapper().readTree(russian.out());
    assertEquals("ru", view.get("language").asText());
    assertEquals(4, view.get("versions").size());

    CliRun missing = CliRun.of("show", "--index", index, "CWG-Internet-20/4", "--lang", "zh");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("it exists in en, fr, ru, es"), missing.err());
  }

  @Test
  void aSearchForTheNumberFindsEveryVersion() {
    assertEquals(
        List.of(version("E"), version("F"), version("R"), version("S")),
        found("CWG-Internet-20/4").stream().sorted().toList());
  }

  /** Each word in a form the text does not have: only its language's stemmer links the two. */
  @Test
  void eachVersionIsStemmedInItsOwnLanguage() {
    // "gouvernance" and "réglementation" are in the French text, never in these forms.
    assertEquals(List.of(version("F")), found("gouvernances"));
    assertEquals(List.of(version("F")), found("réglementations"));
    assertEquals(List.of(), found("--exact", "gouvernances"));
    // The text has "управления" and "управление", never the dative.
    assertEquals(List.of(version("R")), found("управлению"));
    assertEquals(List.of(), found("--exact", "управлению"));
    // The text has "reglamentación" only.
    assertEquals(List.of(version("S")), found("reglamentaciones"));
    assertEquals(List.of(), found("--exact", "reglamentaciones"));
    // An English inflection still finds the English version alone.
    assertEquals(List.of(version("E")), found("governed"));
  }
}
