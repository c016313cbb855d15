package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cwg.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command's JSON output, on the sample documents, validates against the JSON Schema the jar
 * ships for it (org/cwg/schema, listed in the README).
 */
class JsonSchemasTest {

  private static final Path SAMPLES = Path.of("samples");

  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  /**
   * Each JSON output: the command line (the index is added), the schema of what it prints, and
   * whether it prints JSON Lines (each line checked on its own).
   */
  private record Output(List<String> args, String schema, boolean lines) {

    static Output json(String schema, String... args) {
      return new Output(List.of(args), schema, false);
    }

    static Output jsonLines(String schema, String... args) {
      return new Output(List.of(args), schema, true);
    }
  }

  private static final List<Output> OUTPUTS =
      List.of(
          Output.json("list", "list", "--format", "json"),
          Output.json("show", "show", "CWG-Internet-20/4", "--format", "json"),
          Output.json("show", "show", "004_631d3bb824dc1921.txt", "--format", "json"),
          Output.json("search", "search", "internet governance", "--format", "json"),
          Output.json("search", "search", "internet", "--facets", "--format", "json"),
          Output.jsonLines("search-hit", "search", "internet", "--format", "jsonl"),
          Output.json("search-documents", "search", "internet", "-l", "--format", "json"),
          Output.jsonLines("search-document", "search", "internet", "-l", "--format", "jsonl"),
          Output.json("kwic", "kwic", "Internet", "--format", "json"),
          Output.jsonLines("kwic-line", "kwic", "Internet", "--format", "jsonl"),
          Output.json("cites", "cites", "--format", "json"),
          Output.json("cites-resolution", "cites", "1305", "--format", "json"),
          Output.json("cites-resolution", "cites", "PP 102", "--format", "json"),
          Output.json("cites-matrix", "cites", "--matrix", "--format", "json"),
          Output.json("refs", "refs", "CWG-Internet-20/4", "--format", "json"),
          Output.json("outcome", "outcome", "CWG-Internet-20/4", "--format", "json"),
          Output.json(
              "outcome",
              "outcome",
              "Russian-Federation-Internet-governance-model-E.docx",
              "--format",
              "json"),
          Output.json("meeting", "meeting", "20", "--format", "json"),
          Output.json("reuse", "reuse", "--format", "json"),
          Output.json(
              "reuse",
              "reuse",
              "--between",
              "CWG-Internet-20/4",
              "CWG-Internet-20-meeting-report-E.docx",
              "--format",
              "json"),
          Output.json("similar", "similar", "CWG-Internet-20/4", "--format", "json"),
          Output.json("sections", "sections", "CWG-Internet-20/4", "--format", "json"),
          Output.json("sections", "sections", "--all", "--format", "json"),
          Output.json("stats", "stats", "--format", "json"),
          Output.json("trend", "trend", "internet", "--format", "json"),
          Output.json("trend", "trend", "--cites", "1305", "--format", "json"),
          Output.json("export", "export", "--format", "json"),
          Output.jsonLines("export-document", "export", "--format", "jsonl"),
          Output.jsonLines("export-solr", "export", "--format", "solr", "--batch", "2"),
          Output.jsonLines("export-opensearch", "export", "--format", "opensearch"),
          Output.json("validate", "validate", "samples/docx", "--format", "json"),
          Output.json("validate-rules", "validate", "--list-rules", "--format", "json"));

  @TempDir static Path temp;

  private static String index;

  private static JsonNode ingestSummary;

  @BeforeAll
  static void ingestTheSamples() throws Exception {
    assumeTrue(Files.isDirectory(SAMPLES), "no samples folder");
    index = temp.resolve("index").toString();
    CliRun run = CliRun.of("ingest", "--index", index, "--format", "json", SAMPLES.toString());
    ingestSummary = run.json();
  }

  private static JsonSchema schema(String name) {
    return SCHEMAS.getSchema(
        SchemaLocation.of("classpath:org/cwg/schema/" + name + ".schema.json"));
  }

  private static CliRun run(List<String> args) {
    boolean usesIndex = !args.get(0).equals("validate");
    String[] line =
        Stream.concat(args.stream(), usesIndex ? Stream.of("--index", index) : Stream.of())
            .toArray(String[]::new);
    CliRun run = CliRun.of(line);
    // validate exits 1 when the drafts have findings; that is its answer, not a failure.
    assertTrue(run.exitCode() == 0 || args.get(0).equals("validate"), args + ": " + run.err());
    return run;
  }

  private static List<JsonNode> documentsOf(CliRun run, boolean lines) throws Exception {
    List<JsonNode> documents = new ArrayList<>();
    if (lines) {
      for (String line : run.out().lines().toList()) {
        documents.add(Json.mapper().readTree(line));
      }
    } else {
      documents.add(Json.mapper().readTree(run.out()));
    }
    return documents;
  }

  @Test
  void everyJsonOutputOfEveryCommandMeetsItsSchema() throws Exception {
    assertEquals(Set.of(), schema("ingest").validate(ingestSummary), "ingest");
    for (Output output : OUTPUTS) {
      List<JsonNode> documents = documentsOf(run(output.args()), output.lines());
      assertFalse(documents.isEmpty(), output.args() + " printed nothing");
      JsonSchema schema = schema(output.schema());
      for (JsonNode document : documents) {
        assertFalse(document.isEmpty(), output.args() + " printed an empty result");
        Set<ValidationMessage> errors = schema.validate(document);
        assertEquals(Set.of(), errors, output.args() + " against " + output.schema());
      }
    }
  }

  @Test
  void everyCommandThatWritesJsonIsCheckedAndEverySchemaIsUsed() throws Exception {
    Set<String> writingJson = new TreeSet<>();
    CommandLine cwg =
        Main.newCommandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    cwg.getSubcommands()
        .forEach(
            (name, command) -> {
              CommandLine.Model.OptionSpec format = command.getCommandSpec().findOption("--format");
              if (format != null && String.join(" ", format.description()).contains("json")) {
                writingJson.add(name);
              }
            });
    Set<String> checked = new TreeSet<>(List.of("ingest"));
    // api-error: the server's answer to a refused request, checked by the server's tests.
    Set<String> schemas = new LinkedHashSet<>(List.of("ingest", "common", "api-error"));
    for (Output output : OUTPUTS) {
      checked.add(output.args().get(0));
      schemas.add(output.schema());
    }
    assertEquals(writingJson, checked);
    Set<String> shipped = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/cwg/schema"))) {
      files.forEach(f -> shipped.add(f.getFileName().toString().replace(".schema.json", "")));
    }
    assertEquals(shipped, new TreeSet<>(schemas));
  }

  @Test
  void theSchemasCanFail() throws Exception {
    JsonNode list = Json.mapper().readTree(run(List.of("list", "--format", "json")).out());
    ((ObjectNode) list.get(0)).remove("language");
    assertFalse(schema("list").validate(list).isEmpty(), "a summary without language");

    JsonNode stats = Json.mapper().readTree(run(List.of("stats", "--format", "json")).out());
    ((ObjectNode) stats.get("resolutions").get(0)).put("body", "Parliament");
    assertFalse(schema("stats").validate(stats).isEmpty(), "a body no one has");

    JsonNode export = documentsOf(run(List.of("export", "--format", "jsonl")), true).get(0);
    ((ObjectNode) export).remove("file");
    assertFalse(schema("export-document").validate(export).isEmpty(), "export without file");

    JsonNode solr = documentsOf(run(List.of("export", "--format", "solr")), true).get(0);
    assertTrue(schema("export-solr").validate(solr).isEmpty(), "the line as written");
    ObjectNode withSections = null;
    for (JsonNode document : solr) {
      if (document.has("sections")) {
        withSections = (ObjectNode) document;
      }
    }
    ((ObjectNode) withSections.at("/sections/0")).remove("section");
    assertFalse(schema("export-solr").validate(solr).isEmpty(), "a section of no kind");
    JsonNode solrText = documentsOf(run(List.of("export", "--format", "solr")), true).get(0);
    ((ObjectNode) solrText.get(0)).put("text_stem_xx", "words");
    assertFalse(schema("export-solr").validate(solrText).isEmpty(), "a language no one has");
    JsonNode action = documentsOf(run(List.of("export", "--format", "opensearch")), true).get(0);
    ((ObjectNode) action.get("index")).remove("_id");
    assertFalse(schema("export-opensearch").validate(action).isEmpty(), "an action with no id");

    JsonNode search =
        Json.mapper().readTree(run(List.of("search", "internet", "--format", "json")).out());
    ((ObjectNode) search.get("hits").get(0)).put("meeting", "twenty");
    assertFalse(schema("search").validate(search).isEmpty(), "a meeting that is not a number");

    JsonNode outcome =
        Json.mapper()
            .readTree(run(List.of("outcome", "CWG-Internet-20/4", "--format", "json")).out());
    ((ObjectNode) outcome.at("/outcomes/0")).put("link", "rumour");
    assertFalse(schema("outcome").validate(outcome).isEmpty(), "a link of no known kind");

    JsonNode meeting =
        Json.mapper().readTree(run(List.of("meeting", "20", "--format", "json")).out());
    ((ObjectNode) meeting.at("/contributions/0")).remove("title");
    assertFalse(schema("meeting").validate(meeting).isEmpty(), "a contribution without title");

    JsonNode reuse = Json.mapper().readTree(run(List.of("reuse", "--format", "json")).out());
    ((ObjectNode) reuse.at("/pairs/0/b")).remove("start");
    assertFalse(schema("reuse").validate(reuse).isEmpty(), "a passage without its offsets");

    JsonNode similar =
        Json.mapper()
            .readTree(run(List.of("similar", "CWG-Internet-20/4", "--format", "json")).out());
    ((ObjectNode) similar.at("/similar/0")).put("share", 1.5);
    assertFalse(schema("similar").validate(similar).isEmpty(), "a share over the whole");
    JsonNode unnamed =
        Json.mapper()
            .readTree(run(List.of("similar", "CWG-Internet-20/4", "--format", "json")).out());
    ((ObjectNode) unnamed.at("/similar/0/passages/0/a")).remove("path");
    assertFalse(schema("similar").validate(unnamed).isEmpty(), "a passage's document without path");
  }

  /** Why: export nested file.path and metadata.number while show, list and search were flat. */
  @Test
  void exportKeepsItsNestedFieldsAndWritesTheFlatOnesOfListShowAndSearch() throws Exception {
    JsonNode list = Json.mapper().readTree(run(List.of("list", "--format", "json")).out());
    List<JsonNode> export = documentsOf(run(List.of("export", "--format", "jsonl")), true);
    assertEquals(list.size(), export.size());
    for (JsonNode exported : export) {
      assertEquals(exported.at("/file/path"), exported.get("path"));
      assertEquals(exported.at("/metadata/number"), exported.get("number"));
      assertEquals(exported.at("/metadata/sources"), exported.get("sources"));
      JsonNode listed = entryWithId(list, exported.get("id").asText());
      for (String field : SUMMARY_FIELDS) {
        assertEquals(listed.get(field), exported.get(field), field + " of list and export");
      }
    }
    JsonNode first = export.get(0);
    JsonNode shown =
        Json.mapper()
            .readTree(run(List.of("show", first.get("id").asText(), "--format", "json")).out());
    for (String field : SUMMARY_FIELDS) {
      assertEquals(shown.get(field), first.get(field), field + " of show and export");
    }
    JsonNode hit =
        Json.mapper()
            .readTree(run(List.of("search", "Tunis Agenda", "--format", "json")).out())
            .at("/hits/0");
    JsonNode listed = entryWithId(list, hit.get("id").asText());
    for (String field : SUMMARY_FIELDS) {
      assertEquals(listed.get(field), hit.get(field), field + " of list and search");
    }
  }

  /** reuse and similar name each document by the same summary as list, beside their own fields. */
  @Test
  void reuseAndSimilarNameTheirDocumentsAsListDoes() throws Exception {
    JsonNode list = Json.mapper().readTree(run(List.of("list", "--format", "json")).out());
    JsonNode reuse = Json.mapper().readTree(run(List.of("reuse", "--format", "json")).out());
    JsonNode similar =
        Json.mapper()
            .readTree(run(List.of("similar", "CWG-Internet-20/4", "--format", "json")).out());
    List<JsonNode> named =
        new ArrayList<>(List.of(reuse.at("/pairs/0/a"), reuse.at("/pairs/0/b"), similar));
    named.add(similar.at("/similar/0"));
    named.add(similar.at("/similar/0/passages/0/b"));
    for (JsonNode document : named) {
      JsonNode listed = entryWithId(list, document.get("id").asText());
      for (String field : SUMMARY_FIELDS) {
        assertEquals(listed.get(field), document.get(field), field + " of " + document);
      }
    }
    assertTrue(reuse.at("/pairs/0/a/start").isInt(), "the passage's own fields stay");
  }

  /** Why: stats wrote a resolution as the string "Council 1305", cites as {body, number}. */
  @Test
  void statsAndCitesNameAResolutionByBodyNumberAndQualifier() throws Exception {
    JsonNode stats = Json.mapper().readTree(run(List.of("stats", "--format", "json")).out());
    JsonNode mostCited = stats.at("/resolutions/0");
    JsonNode cites = Json.mapper().readTree(run(List.of("cites", "--format", "json")).out());
    JsonNode cited = cites.get(0);
    for (JsonNode resolution : List.of(mostCited, cited)) {
      assertTrue(resolution.has("qualifier"), resolution.toString());
      assertTrue(resolution.get("body").isTextual(), resolution.toString());
    }
    assertEquals(cited.get("body"), mostCited.get("body"));
    assertEquals(cited.get("number"), mostCited.get("number"));
    assertEquals(
        mostCited.get("body").asText() + " " + mostCited.get("number").asText(),
        mostCited.get("resolution").asText(),
        "the string form stays");
  }

  /** Why: cites RES gave no date, title or sources, so "since when" had no answer. */
  @Test
  void citesOfOneResolutionGivesEachDocumentsDateTitleAndSourcesAndCountsPerYear()
      throws Exception {
    JsonNode citing =
        Json.mapper().readTree(run(List.of("cites", "PP 102", "--format", "json")).out());
    JsonNode documents = citing.get("documents");
    assertTrue(documents.size() > 1, citing.toString());
    boolean dated = false;
    for (JsonNode document : documents) {
      for (String field : SUMMARY_FIELDS) {
        assertTrue(document.has(field), field + " in " + document.get("id"));
      }
      dated |=
          document.get("date").isTextual()
              && document.get("title").isTextual()
              && !document.get("sources").isEmpty();
    }
    assertTrue(dated, "the meeting report has a date, title and source on its cover");
    int byYear = 0;
    for (JsonNode year : citing.get("years")) {
      byYear += year.get("documents").asInt();
    }
    int byMeeting = 0;
    for (JsonNode meeting : citing.get("meetings")) {
      byMeeting += meeting.get("documents").asInt();
    }
    assertEquals(documents.size(), byYear);
    assertEquals(documents.size(), byMeeting);
    assertTrue(citing.at("/years/0/year").isInt(), "the earliest year comes first");
  }

  private static final List<String> SUMMARY_FIELDS =
      List.of("id", "path", "number", "meeting", "date", "type", "sources", "title", "language");

  private static JsonNode entryWithId(JsonNode list, String id) {
    for (JsonNode entry : list) {
      if (entry.get("id").asText().equals(id)) {
        return entry;
      }
    }
    throw new AssertionError("no " + id + " in list");
  }
}
