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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The query line as a first-day user types it: document numbers, several words, filter fields
 * inside the query, regular expressions, and listing documents rather than hits.
 */
class QueryLineCommandTest {

  @TempDir static Path generatedRoot;
  @TempDir static Path seedRoot;
  static String generated;
  static String seeds;

  @BeforeAll
  static void index() throws IOException {
    generated = GeneratedCorpus.writeTo(generatedRoot.resolve("index")).toString();
    seeds = SeedIndex.build(seedRoot).toString();
  }

  private static CommandRun in(String index, String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--index", index));
    all.addAll(List.of(args));
    return CommandRun.of(all.toArray(String[]::new));
  }

  private static JsonNode json(CommandRun run) throws IOException {
    assertEquals(0, run.exit(), run.err());
    return Json.mapper().readTree(run.out());
  }

  private static int total(String index, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json", "--limit", "0"));
    return json(in(index, "search", all.toArray(String[]::new))).get("total").asInt();
  }

  private static List<String> documents(String index, String... args) {
    List<String> all = new ArrayList<>(List.of("-l"));
    all.addAll(List.of(args));
    CommandRun run = in(index, "search", all.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return run.out().lines().map(line -> Path.of(line).getFileName().toString()).toList();
  }

  @Test
  void aDocumentNumberIsALiteralTermNotAnOpenRegularExpression() {
    for (String number : List.of("CWG-Internet-20/4", "C24/12")) {
      CommandRun run = in(seeds, "search", number);
      assertEquals(0, run.exit(), run.err());
      assertEquals("", run.err());
    }
  }

  @Test
  void aNumberFindsItsDocumentAndTheDocumentsThatMentionIt() {
    // 000 is CWG-Internet-20/4 (its text has no cover); the report of meeting 20 lists it.
    assertEquals(
        List.of("000_390a1167734b5728.txt", "004_631d3bb824dc1921.txt"),
        documents(seeds, "CWG-Internet-20/4", "--sort", "meeting"));
    assertEquals(
        documents(seeds, "CWG-Internet-20/4", "--sort", "meeting"),
        documents(seeds, "cwg-internet-20/4", "--sort", "meeting"),
        "any case");
  }

  @Test
  void theNumberedDocumentRanksAboveItsMentions() {
    assertEquals(
        List.of("000_390a1167734b5728.txt", "004_631d3bb824dc1921.txt"),
        documents(seeds, "CWG-Internet-20/4"));
    CommandRun hits = in(seeds, "search", "CWG-Internet-20/4", "--limit", "1");
    assertTrue(hits.out().contains("\nCWG-Internet-20/4  meeting 20"), hits.out());
  }

  @Test
  void theNumberFieldMatchesTheCanonicalNumberInAnySpelling() throws IOException {
    for (String spelling :
        List.of(
            "number:CWG-Internet-19/2", "number:cwg-internet-19/2", "number:CWG-Internet19/2")) {
      assertEquals(List.of("CWG-Internet-19-2.txt"), documents(generated, spelling), spelling);
    }
    assertEquals(
        total(generated, "public", "number:CWG-Internet-19/2"),
        total(generated, "public", "--number", "cwg-internet-19/2"));
    assertEquals(List.of(), documents(generated, "number:CWG-Internet-19/2(Rev.1)"));
  }

  @Test
  void allPositionalWordsFormTheQuery() throws IOException {
    CommandRun run = in(generated, "search", "public", "core");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("7 hits in 6 documents for public core"), run.out());
    assertEquals(total(generated, "public core"), total(generated, "public", "core"));
    assertEquals(0, in(generated, "kwic", "public", "core").exit());
    assertEquals(0, in(generated, "trend", "public", "core").exit());
  }

  @Test
  void wordsAreAndedAndOrIsWritten() throws IOException {
    int both = total(generated, "Resolution", "1305");
    assertEquals(total(generated, "+Resolution +1305"), both);
    assertTrue(both < total(generated, "Resolution", "OR", "1305"), "OR widens");
    assertTrue(both <= total(generated, "1305"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "meeting:21|--meeting=21",
        "meeting:18-20|--meeting=18-20",
        "section:proposal|--section=proposal",
        "cites:1305|--cites=1305",
        "cites:\"Council 1305\"|--cites=Council 1305",
        "cites:\"Res 102\"|--cites=Res 102",
        "source:\"russian federation\"|--source=russian federation",
        "source:Belarus|--source=Belarus",
        "type:REPORT|--type=report",
        "number:CWG-Internet-21/2|--number=CWG-Internet-21/2",
        "lang:en|--lang=E",
        "lang:fr|--lang=French",
      })
  void aFieldInTheQueryMeansWhatItsOptionMeans(String field, String option) throws IOException {
    int withOption = total(generated, "\"public core\"", option);
    assertEquals(withOption, total(generated, "\"public core\" " + field), field);
    assertTrue(field.startsWith("lang:fr") || withOption > 0, "a test that cannot fail: " + field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "meeting:twenty|cwg: meeting:twenty is not a meeting number such as 20 or a range such as"
            + " 18-22",
        "section:preamble|cwg: unknown section kind 'preamble'",
        "cites:Article|cwg: 'Article' is not a resolution; write it as 1305, \"Council 1305\","
            + " \"PP 102\" or \"WTSA 75\"",
        "lang:xx|cwg: unknown language 'xx'; write en, fr, es, ru, ar or zh (or E, F, S, R, A, C,"
            + " or the name)",
      })
  void aBadFieldValueIsAUsageErrorAsItsOptionIs(String field, String message) {
    CommandRun run = in(generated, "search", "core", field);
    assertEquals(2, run.exit());
    assertEquals(message, run.err().strip());
  }

  @Test
  void citesInTheQueryNoLongerReturnsNothing() throws IOException {
    assertEquals(total(generated, "core", "--cites", "1305"), total(generated, "core cites:1305"));
    assertTrue(total(generated, "cites:1305") > 0);
  }

  @Test
  void aRegularExpressionStandsAlone() throws IOException {
    assertTrue(total(generated, "/govern.*/") > 0);
    CommandRun open = in(generated, "search", "/govern");
    assertEquals(2, open.exit());
    assertTrue(
        open.err().contains("a regular expression is written /…/ standing alone"), open.err());
  }

  @Test
  void anUnclosedQuoteIsStillNamed() {
    CommandRun run = in(generated, "search", "\"public core");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("a quote is not closed?"), run.err());
  }

  @Test
  void documentsPrintsOneLinePerDocument() throws IOException {
    CommandRun run = in(generated, "search", "-l", "\"public core\"");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(5, lines.size(), run.out());
    assertEquals(5, lines.stream().distinct().count());
    assertTrue(lines.stream().allMatch(line -> line.startsWith("/corpus/meeting-")), run.out());
    JsonNode listed =
        json(in(generated, "search", "--documents", "\"public core\"", "--format", "json"));
    assertEquals(5, listed.size());
    int hits = 0;
    for (JsonNode doc : listed) {
      hits += doc.get("hits").asInt();
      assertTrue(doc.has("path") && doc.has("number") && doc.has("id"));
    }
    assertEquals(6, hits, "every hit counted in its document");
    assertEquals(
        2, in(generated, "search", "-l", "--limit", "2", "\"public core\"").out().lines().count());
  }

  @Test
  void textOutputShowsThePathOfEachHit() {
    CommandRun run = in(generated, "search", "\"public core\"", "--limit", "1");
    assertTrue(run.out().contains("\n  /corpus/meeting-21/CWG-Internet-21-1.txt\n"), run.out());
  }
}
