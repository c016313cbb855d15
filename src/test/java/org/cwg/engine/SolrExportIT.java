package org.cwg.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.ContentStreamBase;
import org.cwg.generate.CorpusGenerator;
import org.cwg.index.CorpusReader;
import org.cwg.ingest.IngestListener;
import org.cwg.ingest.IngestOptions;
import org.cwg.ingest.Ingester;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SectionKind;
import org.cwg.search.CorpusSearch;
import org.cwg.search.MatchingDocument;
import org.cwg.search.SearchFilters;
import org.cwg.search.SearchRequest;
import org.cwg.search.SearchResult;
import org.cwg.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads {@code cwg export --format solr} into an embedded Solr that runs the configset in {@code
 * src/main/solr/cwg}, and asks it four questions cwg answers: which documents cite Council
 * Resolution 1305, which match the phrase "public core", how many hits each meeting holds, and
 * which documents match in a purpose section. Solr's answer must be cwg's, document for document
 * and hit for hit, on the samples and on a generated corpus of 1,000 documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrExportIT {

  private static final Path CONFIGSET = Path.of("src/main/solr/cwg/conf");
  private static final Path SAMPLES = Path.of("samples");
  private static final int GENERATED = 1_000;

  /** What search ranks: the texts are in sections and fronts, as in cwg's index. */
  private static final String UNITS = "kind:(section OR front)";

  @TempDir static Path temp;

  private SolrClient solr;
  private Path samplesIndex;
  private Path generatedIndex;

  @BeforeAll
  void startSolrAndLoadBothCorpora() throws Exception {
    long start = System.nanoTime();
    samplesIndex = temp.resolve("samples-index");
    ingest(samplesIndex, SAMPLES);
    Path corpus = temp.resolve("corpus");
    long generating = System.nanoTime();
    new CorpusGenerator(2).generate(GENERATED, 6, 19, corpus, temp.resolve("corpus-truth.jsonl"));
    generatedIndex = temp.resolve("generated-index");
    long ingesting = System.nanoTime();
    ingest(generatedIndex, corpus);
    long loading = System.nanoTime();

    Path home = temp.resolve("solr");
    Files.createDirectories(home);
    Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n");
    for (String core : List.of("samples", "generated")) {
      Path conf = Files.createDirectories(home.resolve(core).resolve("conf"));
      try (Stream<Path> files = Files.list(CONFIGSET)) {
        for (Path file : files.toList()) {
          Files.copy(file, conf.resolve(file.getFileName()));
        }
      }
      Files.writeString(home.resolve(core).resolve("core.properties"), "name=" + core + "\n");
    }
    solr = new EmbeddedSolrServer(home, "samples");
    post("samples", export(samplesIndex));
    post("generated", export(generatedIndex));
    System.out.printf(
        "samples ingested in %d ms; %d documents generated in %d ms, ingested in %d ms; "
            + "Solr started and both exports checked and loaded in %d ms%n",
        (generating - start) / 1_000_000,
        GENERATED,
        (ingesting - generating) / 1_000_000,
        (loading - ingesting) / 1_000_000,
        (System.nanoTime() - loading) / 1_000_000);
  }

  @AfterAll
  void stopSolr() throws IOException {
    if (solr != null) {
      solr.close();
    }
  }

  private static void ingest(Path index, Path files) throws IOException {
    new Ingester(index, IngestOptions.defaults(), IngestListener.SILENT).ingest(List.of(files));
  }

  /** The export, every line checked against the schema the jar ships. */
  private static String export(Path index) throws IOException {
    StringWriter text = new StringWriter();
    try (CorpusReader reader = CorpusReader.open(index)) {
      SolrUpdates.write(reader.documents(), new PrintWriter(text), 50);
    }
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:org/cwg/schema/export-solr.schema.json"));
    for (String line : text.toString().lines().toList()) {
      JsonNode batch = Json.mapper().readTree(line);
      assertEquals(Set.of(), schema.validate(batch), "a line of the Solr export");
    }
    return text.toString();
  }

  /** The whole export as one request to /update, as curl --data-binary @file would send it. */
  private void post(String core, String body) throws Exception {
    ContentStreamUpdateRequest update = new ContentStreamUpdateRequest("/update");
    update.addContentStream(new ContentStreamBase.StringStream(body, "application/json"));
    update.setParam("commit", "true");
    update.process(solr, core);
  }

  @Test
  void solrHoldsEveryUnitOfCwgsIndexOnce() throws Exception {
    for (String core : List.of("samples", "generated")) {
      Path index = core.equals("samples") ? samplesIndex : generatedIndex;
      List<DocumentRecord> records;
      try (CorpusReader reader = CorpusReader.open(index)) {
        records = reader.documents();
      }
      long units = records.stream().mapToLong(r -> SearchUnits.of(r).all().size()).sum();
      assertEquals(records.size(), count(core, "kind:document"), core + ": documents");
      assertEquals(units, count(core, "*:*"), core + ": documents, sections and fronts");
    }
  }

  @Test
  void aReExportOverwritesAndADocumentThatLostASectionLosesItInSolr() throws Exception {
    long before = count("samples", "*:*");
    post("samples", export(samplesIndex));
    assertEquals(before, count("samples", "*:*"), "the same export posted twice");

    DocumentRecord record;
    try (CorpusReader reader = CorpusReader.open(samplesIndex)) {
      record =
          reader.documents().stream()
              .filter(r -> r.sections().size() > 1)
              .findFirst()
              .orElseThrow();
    }
    String docId = record.id();
    long sections = record.sections().size();
    DocumentRecord shorter =
        new DocumentRecord(
            record.id(),
            record.file(),
            record.metadata(),
            record.sections().subList(0, 1),
            record.proposals(),
            record.footnotes(),
            record.resolutions(),
            record.references(),
            record.text(),
            record.words());
    StringWriter line = new StringWriter();
    SolrUpdates.write(List.of(shorter), new PrintWriter(line), 1);
    post("samples", line.toString());
    assertEquals(1, count("samples", "kind:section AND doc_id:\"" + docId + "\""));
    assertEquals(before - sections + 1, count("samples", "*:*"));

    post("samples", export(samplesIndex));
    assertEquals(before, count("samples", "*:*"), "the whole export again");
  }

  @Test
  void documentsCitingCouncilResolution1305() throws Exception {
    for (Corpus corpus : corpora()) {
      Map<String, Integer> cwg = cwgDocuments(corpus.index, "cites:\"Council 1305\"", null);
      assertFalse(cwg.isEmpty(), corpus.core + ": a question with no answer tests nothing");
      assertEquals(cwg, solrDocuments(corpus.core, "cites:\"Council 1305\"", null), corpus.core);
      // The documents themselves carry what they cite too.
      SolrQuery documents = new SolrQuery("cites:\"Council 1305\"");
      documents.addFilterQuery("kind:document");
      documents.setFields("id");
      documents.setRows(Integer.MAX_VALUE);
      List<String> ids = new ArrayList<>();
      for (SolrDocument found : solr.query(corpus.core, documents).getResults()) {
        ids.add((String) found.getFieldValue("id"));
      }
      assertEquals(cwg.keySet(), new TreeSet<>(ids), corpus.core + ": documents");
      report(corpus.core, "cites Council 1305", cwg);
    }
  }

  /**
   * "public core" is the samples' phrase; the generated corpus never writes it, so there the phrase
   * must find nothing in Solr either, and "Internet governance", which it writes, is asked.
   */
  @Test
  void documentsMatchingThePhrasePublicCore() throws Exception {
    for (Corpus corpus : corpora()) {
      for (String phrase : List.of("\"public core\"", "\"Internet governance\"")) {
        Map<String, Integer> cwg = cwgDocuments(corpus.index, phrase, null);
        if (corpus.core.equals("samples") || !phrase.contains("public")) {
          assertFalse(cwg.isEmpty(), corpus.core + ": a question with no answer tests nothing");
        }
        assertEquals(cwg, solrDocuments(corpus.core, phrase, null), corpus.core + " " + phrase);
        report(corpus.core, phrase, cwg);
      }
    }
  }

  /** Words as written ({@code --exact}): "governments" is not "government" there. */
  @Test
  void documentsMatchingAWordAsWritten() throws Exception {
    for (Corpus corpus : corpora()) {
      Map<String, Integer> stemmed = cwgDocuments(corpus.index, "governments", null, false);
      Map<String, Integer> exact = cwgDocuments(corpus.index, "governments", null, true);
      SolrQuery query = new SolrQuery("governments");
      query.set("qf", "text text_zh");
      assertEquals(exact, solrDocuments(corpus.core, query, null), corpus.core);
      assertEquals(stemmed, solrDocuments(corpus.core, "governments", null), corpus.core);
      assertFalse(exact.isEmpty(), corpus.core + ": a question with no answer tests nothing");
      assertTrue(
          stemmed.keySet().containsAll(exact.keySet()), corpus.core + ": stemming finds more");
      report(corpus.core, "governments, as written", exact);
    }
  }

  @Test
  void hitsPerMeeting() throws Exception {
    for (Corpus corpus : corpora()) {
      SearchResult cwg;
      try (CorpusReader reader = CorpusReader.open(corpus.index)) {
        cwg =
            new CorpusSearch(reader)
                .search(
                    new SearchRequest(
                        "internet",
                        false,
                        SearchFilters.none(),
                        0,
                        SortOrder.RELEVANCE,
                        true,
                        false));
      }
      SolrQuery query = new SolrQuery("internet");
      query.addFilterQuery(UNITS);
      query.setRows(0);
      query.setFacet(true);
      query.addFacetField("meeting");
      query.setFacetMissing(true);
      query.setFacetMinCount(1);
      query.setFacetLimit(-1);
      QueryResponse answer = solr.query(corpus.core, query);
      Map<String, Integer> byMeeting = new TreeMap<>();
      for (FacetField.Count count : answer.getFacetField("meeting").getValues()) {
        if (count.getCount() > 0) {
          byMeeting.put(count.getName() == null ? "none" : count.getName(), (int) count.getCount());
        }
      }
      assertTrue(cwg.facets().meeting().size() > 1, corpus.core + ": more than one meeting");
      assertEquals(new TreeMap<>(cwg.facets().meeting()), byMeeting, corpus.core);
      assertEquals(cwg.total(), answer.getResults().getNumFound(), corpus.core + ": hits");
      System.out.printf(
          "%s: internet, hits per meeting %s (cwg and Solr)%n", corpus.core, byMeeting);
    }
  }

  @Test
  void documentsMatchingInAPurposeSectionAndInAProposal() throws Exception {
    for (Corpus corpus : corpora()) {
      for (SectionKind kind : List.of(SectionKind.PURPOSE, SectionKind.PROPOSAL)) {
        Map<String, Integer> cwg = cwgDocuments(corpus.index, "internet", kind);
        if (kind == SectionKind.PURPOSE) {
          assertFalse(cwg.isEmpty(), corpus.core + ": a question with no answer tests nothing");
        }
        assertEquals(cwg, solrDocuments(corpus.core, "internet", kind), corpus.core + " " + kind);
        report(corpus.core, "internet in " + kind.id(), cwg);
      }
    }
  }

  private record Corpus(String core, Path index) {}

  private List<Corpus> corpora() {
    return List.of(new Corpus("samples", samplesIndex), new Corpus("generated", generatedIndex));
  }

  /** cwg's answer: each matching document's id and how many of its units match. */
  private static Map<String, Integer> cwgDocuments(Path index, String query, SectionKind section)
      throws IOException {
    return cwgDocuments(index, query, section, false);
  }

  private static Map<String, Integer> cwgDocuments(
      Path index, String query, SectionKind section, boolean exact) throws IOException {
    SearchFilters filters =
        new SearchFilters(null, section, null, null, null, null, null, null, null);
    Map<String, Integer> hits = new TreeMap<>();
    try (CorpusReader reader = CorpusReader.open(index)) {
      for (MatchingDocument document :
          new CorpusSearch(reader)
              .documents(
                  new SearchRequest(
                      query,
                      exact,
                      filters,
                      Integer.MAX_VALUE,
                      SortOrder.RELEVANCE,
                      false,
                      false))) {
        hits.put(document.document().id(), document.hits());
      }
    }
    return hits;
  }

  /** Solr's answer through the configset's /select defaults: matching units per document. */
  private Map<String, Integer> solrDocuments(String core, String query, SectionKind section)
      throws Exception {
    return solrDocuments(core, new SolrQuery(query), section);
  }

  private Map<String, Integer> solrDocuments(String core, SolrQuery units, SectionKind section)
      throws Exception {
    units.addFilterQuery(UNITS);
    if (section != null) {
      units.addFilterQuery("section:" + section.id());
    }
    units.setFields("doc_id");
    units.setRows(Integer.MAX_VALUE);
    Map<String, Integer> hits = new TreeMap<>();
    for (SolrDocument unit : solr.query(core, units).getResults()) {
      hits.merge((String) unit.getFieldValue("doc_id"), 1, Integer::sum);
    }
    return hits;
  }

  private long count(String core, String query) throws Exception {
    SolrQuery all = new SolrQuery(query);
    all.set("defType", "lucene");
    all.setRows(0);
    return solr.query(core, all).getResults().getNumFound();
  }

  private static void report(String core, String question, Map<String, Integer> documents) {
    int units = documents.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "%s: %s, %d documents, %d sections or fronts (cwg and Solr)%n",
        core, question, documents.size(), units);
  }
}
