package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.analyze.RecordAssembler;
import org.cwg.generate.SampleEntry;
import org.cwg.generate.SampleSet;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.ParserLimits;
import org.cwg.structure.Manifest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed documents meet the hand-checked gold exactly: as text, as a bare Word file of one
 * paragraph a line, and as the committed Word samples of {@code samples/docx}.
 */
class SeedCitationsTest {

  private static final Path WORD_SAMPLES = Path.of("samples", "docx");

  @TempDir static Path temp;

  static Stream<SeedGold.Expected> seeds() throws IOException {
    return SeedGold.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void extractorMeetsGold(SeedGold.Expected expected) throws IOException {
    Citations citations =
        new CitationExtractor().extract(SeedGold.seedText(expected.file()), List.of(), null);
    assertEquals(expected.resolutions(), SeedGold.fold(citations.resolutions()));
    assertEquals(expected.references(), SeedGold.distinctIds(citations.references()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void plainTextRecordMeetsGold(SeedGold.Expected expected) throws IOException {
    DocumentRecord record =
        new RecordAssembler(Manifest.none())
            .assembleText(Path.of(expected.file()), SeedGold.seedText(expected.file()));
    assertMeetsGold(expected, record);
  }

  /** The same text through Word and Tika: one paragraph per line of the seed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void wordRecordMeetsGold(SeedGold.Expected expected) throws Exception {
    Path docx = temp.resolve(expected.file().replace(".txt", ".docx"));
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(docx)) {
      for (String line : SeedGold.seedText(expected.file()).split("\r?\n")) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
    }
    try (DocumentAnalyzer analyzer =
        new DocumentAnalyzer(ParserLimits.defaults(), Manifest.none())) {
      assertMeetsGold(expected, analyzer.analyze(docx));
    }
  }

  /**
   * The committed Word samples, laid out by the test-scope {@code SampleGenerator}, read through
   * Tika.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void wordSampleMeetsGold(SeedGold.Expected expected) throws Exception {
    String name =
        SampleSet.bundled().samples().stream()
            .filter(entry -> entry.seed().equals(expected.file()))
            .map(SampleEntry::file)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no sample for " + expected.file()));
    Path docx = WORD_SAMPLES.resolve(name);
    assertTrue(Files.isRegularFile(docx), () -> "missing " + docx.toAbsolutePath());
    try (DocumentAnalyzer analyzer =
        new DocumentAnalyzer(ParserLimits.defaults(), Manifest.none())) {
      assertMeetsGold(expected, analyzer.analyze(docx));
    }
  }

  private static void assertMeetsGold(SeedGold.Expected expected, DocumentRecord record) {
    assertEquals(expected.resolutions(), SeedGold.fold(record.resolutions()));
    assertEquals(expected.references(), SeedGold.distinctIds(record.references()));
    record
        .resolutions()
        .forEach(m -> assertEquals(m.text(), record.text().substring(m.start(), m.end())));
    record
        .references()
        .forEach(r -> assertEquals(r.text(), record.text().substring(r.start(), r.end())));
  }
}
