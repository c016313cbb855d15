package org.cwg.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.index.CorpusReader;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Language;
import org.cwg.search.SampleIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr and OpenSearch exports of the samples (in four languages): batches and pairs as
 * promised, ids stable and unique, and every field they write declared by the Solr configset and
 * mapped by the OpenSearch index template, so that neither engine guesses a field's type.
 */
class EngineExportsTest {

  private static final Path SAMPLES = Path.of("samples");

  @TempDir static Path temp;

  private static List<DocumentRecord> records;

  @BeforeAll
  static void ingestTheSamples() throws Exception {
    assumeTrue(Files.isDirectory(SAMPLES), "no samples folder");
    try (CorpusReader reader = CorpusReader.open(SampleIndex.ingest(SAMPLES, temp.resolve("i")))) {
      records = reader.documents();
    }
  }

  private static String solr(int batch) {
    StringWriter out = new StringWriter();
    SolrUpdates.write(records, new PrintWriter(out), batch);
    return out.toString();
  }

  private static List<String> openSearch() {
    StringWriter out = new StringWriter();
    OpenSearchBulk.write(records, new PrintWriter(out), "cwg");
    return out.toString().lines().toList();
  }

  @Test
  void solrWritesOneArrayOfAtMostBatchDocumentsPerLineAndTheSameBytesTwice() throws Exception {
    List<String> lines = solr(3).lines().toList();
    assertEquals((records.size() + 2) / 3, lines.size());
    int documents = 0;
    for (String line : lines) {
      JsonNode batch = Json.mapper().readTree(line);
      assertTrue(batch.isArray() && batch.size() >= 1 && batch.size() <= 3, line);
      documents += batch.size();
    }
    assertEquals(records.size(), documents);
    assertEquals(solr(3), solr(3), "a re-export writes the same ids, so it overwrites");
  }

  @Test
  void everyUnitHasItsOwnIdAndNamesItsDocument() throws Exception {
    Set<String> ids = new HashSet<>();
    for (DocumentRecord record : records) {
      List<Map<String, Object>> units = SearchUnits.of(record).all();
      for (Map<String, Object> unit : units) {
        assertTrue(ids.add((String) unit.get("id")), "twice: " + unit.get("id"));
        assertEquals(record.id(), unit.get("doc_id"));
      }
      assertEquals(record.sections().size(), units.stream().filter(this::isSection).count());
    }
  }

  private boolean isSection(Map<String, Object> unit) {
    return "section".equals(unit.get("kind"));
  }

  @Test
  void eachTextGoesToItsExactFieldAndToTheStemmedFieldOfItsLanguage() {
    Set<String> stemmed = new TreeSet<>();
    for (DocumentRecord record : records) {
      for (Map<String, Object> unit : SearchUnits.of(record).all()) {
        unit.keySet().stream().filter(f -> f.startsWith("text_stem_")).forEach(stemmed::add);
        if (!"document".equals(unit.get("kind"))) {
          String language =
              Language.ofCode(record.metadata().language()).map(Language::code).orElse("en");
          assertTrue(unit.containsKey("text_stem_" + language), unit.get("id") + " " + language);
          assertTrue(unit.containsKey("text") || unit.containsKey("text_zh"));
        }
      }
    }
    assertTrue(stemmed.containsAll(List.of("text_stem_en", "text_stem_fr")), stemmed.toString());
  }

  @Test
  void openSearchWritesAnActionBeforeEachUnitNamingItsId() throws Exception {
    List<String> lines = openSearch();
    long units = records.stream().mapToLong(r -> SearchUnits.of(r).all().size()).sum();
    assertEquals(2 * units, lines.size());
    for (int i = 0; i < lines.size(); i += 2) {
      JsonNode action = Json.mapper().readTree(lines.get(i));
      JsonNode unit = Json.mapper().readTree(lines.get(i + 1));
      assertEquals("cwg", action.at("/index/_index").asText());
      assertEquals(unit.get("id"), action.at("/index/_id"));
    }
  }

  @Test
  void theSolrConfigsetDeclaresEveryFieldTheExportWrites() throws Exception {
    String schema = Files.readString(Path.of("src/main/solr/cwg/conf/schema.xml"));
    Set<String> fields = names(schema, "<field name=\"([^\"]+)\"");
    List<String> suffixes = new ArrayList<>(names(schema, "<dynamicField name=\"\\*([^\"]+)\""));
    assertTrue(fields.contains("_nest_path_"), "child documents under sections and front");
    for (String field : writtenFields()) {
      assertTrue(
          fields.contains(field) || suffixes.stream().anyMatch(field::endsWith),
          field + " is not in schema.xml");
    }
  }

  @Test
  void theOpenSearchTemplateMapsEveryFieldTheExportWrites() throws Exception {
    JsonNode template =
        Json.mapper().readTree(Path.of("src/main/opensearch/cwg-template.json").toFile());
    JsonNode mappings = template.at("/template/mappings");
    Set<String> properties = new HashSet<>();
    mappings.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> suffixes = new ArrayList<>();
    for (JsonNode dynamic : mappings.get("dynamic_templates")) {
      suffixes.add(dynamic.elements().next().get("match").asText().replace("*", ""));
    }
    Set<String> analyzers = new HashSet<>();
    template
        .at("/template/settings/analysis/analyzer")
        .fieldNames()
        .forEachRemaining(analyzers::add);
    for (String field : writtenFields()) {
      assertTrue(
          properties.contains(field) || suffixes.stream().anyMatch(field::endsWith),
          field + " is not mapped by the template");
    }
    for (JsonNode property : mappings.get("properties")) {
      if (property.has("analyzer")) {
        assertTrue(analyzers.contains(property.get("analyzer").asText()), property.toString());
      }
    }
  }

  /** Every field name of every unit of the samples, children's included. */
  private static Set<String> writtenFields() {
    Set<String> fields = new TreeSet<>();
    for (DocumentRecord record : records) {
      SearchUnits.of(record).all().forEach(unit -> fields.addAll(unit.keySet()));
    }
    return fields;
  }

  private static Set<String> names(String xml, String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = Pattern.compile(pattern).matcher(xml);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
