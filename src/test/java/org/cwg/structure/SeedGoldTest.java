package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.generate.SampleEntry;
import org.cwg.generate.SampleSet;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.ParsedDocument;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed documents meet {@code gold/seeds.json} exactly, in both forms the repository ships
 * them: the plain text of {@code samples/txt} and the Word files of {@code samples/docx}, read
 * through Tika like any file a user ingests. The Word files are the committed ones, so the test
 * fails when they drift from the gold.
 */
class SeedGoldTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WORD_SAMPLES = Path.of("samples", "docx");

  private static DocumentAnalyzer analyzer;

  @BeforeAll
  static void openAnalyzer() {
    analyzer = new DocumentAnalyzer(ParserLimits.defaults(), Manifest.none());
  }

  @AfterAll
  static void closeAnalyzer() {
    analyzer.close();
  }

  static JsonNode gold() {
    try (InputStream in = SeedGoldTest.class.getResourceAsStream("/gold/seeds.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seedText(String file) {
    try (InputStream in = SeedGoldTest.class.getResourceAsStream("/seeds/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One argument set a gold document: the name to show, the seed's gold entry. */
  private static Stream<Arguments> goldDocuments(Function<String, String> name) {
    List<Arguments> documents = new ArrayList<>();
    for (JsonNode doc : gold().get("documents")) {
      documents.add(Arguments.of(name.apply(doc.get("file").asText()), doc));
    }
    return documents.stream();
  }

  static Stream<Arguments> plainTextSeeds() {
    return goldDocuments(seed -> seed);
  }

  /** The Word form of each seed, named as the generator's sample list names it. */
  static Stream<Arguments> wordSamples() {
    Map<String, String> docxBySeed =
        SampleSet.bundled().samples().stream()
            .collect(Collectors.toMap(SampleEntry::seed, SampleEntry::file));
    return goldDocuments(
        seed -> {
          String docx = docxBySeed.get(seed);
          if (docx == null) {
            throw new IllegalStateException("samples.json lists no Word form of " + seed);
          }
          return docx;
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainTextSeeds")
  void plainTextMeetsGold(String file, JsonNode expected) {
    ParsedDocument parsed = ParsedDocument.ofPlainText(seedText(file));
    assertMeetsGold(
        file, expected, new StructureExtractor(Manifest.none()).extract(parsed, Path.of(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordSamples")
  void wordSampleMeetsGold(String file, JsonNode expected) throws UnreadableFileException {
    Path docx = WORD_SAMPLES.resolve(file);
    assertTrue(
        Files.isRegularFile(docx),
        () -> "missing " + docx.toAbsolutePath() + "; run: mvn -Psamples process-test-classes");
    DocumentRecord record = analyzer.analyze(docx);
    assertMeetsGold(
        file,
        expected,
        new DocumentStructure(
            record.metadata(),
            record.text(),
            record.sections(),
            record.proposals(),
            record.footnotes()));
  }

  private static void assertMeetsGold(String file, JsonNode expected, DocumentStructure structure) {
    List<Expectations.Check> failed =
        Expectations.compare(file, expected, structure).stream()
            .filter(check -> !check.passed())
            .toList();
    assertTrue(
        failed.isEmpty(),
        () -> failed.stream().map(Object::toString).collect(Collectors.joining("\n", "\n", "\n")));
  }
}
