package org.cwg.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.structure.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Runs the real pipeline over the labelled development and the held-out corpora (rendered here as
 * plain text, Word and PDF) and the labelled real ITU files, prints precision, recall and F1 per
 * field, family and encoding, writes them to target/accuracy/, and fails under the checked-in
 * floors (the held-out corpora have none).
 */
class AccuracyIT {

  private static final Path SOURCES = Path.of("src/test/resources/devcorpus");
  // Written apart from the rules and never tuned to: an honest figure beside the dev corpus.
  private static final Path HOLDOUT = Path.of("src/test/resources/holdout");
  // A second held-out set, written later and as apart from the rules: more families and languages.
  private static final Path HOLDOUT2 = Path.of("src/test/resources/holdout2");
  // A third held-out set, written apart from the rules and from the earlier corpora.
  private static final Path HOLDOUT3 = Path.of("src/test/resources/holdout3");
  // A fourth held-out set, written apart from the rules and from all earlier corpora.
  private static final Path HOLDOUT4 = Path.of("src/test/resources/holdout4");
  // A fifth held-out set, written apart from the rules and from all earlier corpora.
  private static final Path HOLDOUT5 = Path.of("src/test/resources/holdout5");
  // A sixth held-out set, written apart from the rules and from all earlier corpora.
  private static final Path HOLDOUT6 = Path.of("src/test/resources/holdout6");
  // A seventh held-out set, written apart from the rules and from all earlier corpora.
  private static final Path HOLDOUT7 = Path.of("src/test/resources/holdout7");
  // An eighth held-out set, written apart from the rules and from all earlier corpora.
  private static final Path HOLDOUT8 = Path.of("src/test/resources/holdout8");
  private static final Path HOLDOUT9 = Path.of("src/test/resources/holdout9");
  private static final Path HOLDOUT10 = Path.of("src/test/resources/holdout10");
  private static final Path REAL_LABELS = Path.of("src/test/resources/itu-real/labels.json");
  private static final Path OUT = Path.of("target/accuracy");

  @Test
  void accuracyStaysAboveItsThresholds() throws IOException {
    List<String> skipped = new ArrayList<>();
    List<LabelledDocument> documents =
        new ArrayList<>(DevCorpus.render(SOURCES, Path.of("target/devcorpus")));
    documents.addAll(DevCorpus.render(HOLDOUT, Path.of("target/holdout"), "holdout"));
    documents.addAll(DevCorpus.render(HOLDOUT2, Path.of("target/holdout2"), "holdout2"));
    documents.addAll(DevCorpus.render(HOLDOUT3, Path.of("target/holdout3"), "holdout3"));
    documents.addAll(DevCorpus.render(HOLDOUT4, Path.of("target/holdout4"), "holdout4"));
    documents.addAll(DevCorpus.render(HOLDOUT5, Path.of("target/holdout5"), "holdout5"));
    documents.addAll(DevCorpus.render(HOLDOUT6, Path.of("target/holdout6"), "holdout6"));
    documents.addAll(DevCorpus.render(HOLDOUT7, Path.of("target/holdout7"), "holdout7"));
    documents.addAll(DevCorpus.render(HOLDOUT8, Path.of("target/holdout8"), "holdout8"));
    documents.addAll(DevCorpus.render(HOLDOUT9, Path.of("target/holdout9"), "holdout9"));
    documents.addAll(DevCorpus.render(HOLDOUT10, Path.of("target/holdout10"), "holdout10"));
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "itu");
    documents.addAll(DevCorpus.real(REAL_LABELS, corpus, skipped));

    AccuracyTable table = new AccuracyTable();
    StringBuilder details = new StringBuilder("# Differences from the labels\n");
    try (DocumentAnalyzer analyzer =
        new DocumentAnalyzer(ParserLimits.defaults(), Manifest.none())) {
      for (LabelledDocument document : documents) {
        JsonNode record = analyse(analyzer, document.file(), details);
        DocumentScorer.Score score =
            DocumentScorer.score(document.label(), record, document.tocEntries());
        table.add(document, score);
        if (!score.misses().isEmpty()) {
          details
              .append("\n## ")
              .append(document.corpus())
              .append(": ")
              .append(document.name())
              .append("\n\n");
          score.misses().forEach(miss -> details.append("- ").append(miss).append('\n'));
        }
      }
    }

    String report = table.markdown();
    Map<String, Double> figures = table.figures();
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("report.md"), report, StandardCharsets.UTF_8);
    Files.writeString(OUT.resolve("details.md"), details, StandardCharsets.UTF_8);
    Files.writeString(
        OUT.resolve("thresholds-measured.json"),
        Thresholds.measured(
            figures,
            table,
            List.of(
                "dev",
                "holdout",
                "holdout2",
                "holdout3",
                "holdout4",
                "holdout5",
                "holdout6",
                "holdout7",
                "holdout8",
                "holdout9",
                "holdout10",
                "real")),
        StandardCharsets.UTF_8);
    System.out.println(report);
    skipped.forEach(reason -> System.out.println("skipped: " + reason));

    List<String> failures = Thresholds.failures(SOURCES.resolve("thresholds.json"), figures, table);
    assertTrue(
        failures.isEmpty(),
        "accuracy under its thresholds (see target/accuracy/):\n" + String.join("\n", failures));
  }

  private static JsonNode analyse(DocumentAnalyzer analyzer, Path file, StringBuilder details) {
    try {
      DocumentRecord record = analyzer.analyze(file);
      return Json.mapper().valueToTree(record);
    } catch (UnreadableFileException e) {
      details
          .append("\n## unreadable: ")
          .append(file)
          .append(": ")
          .append(e.getMessage())
          .append('\n');
      return Json.mapper().createObjectNode();
    }
  }
}
