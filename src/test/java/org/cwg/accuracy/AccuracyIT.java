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
import java.util.stream.Stream;
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

  /**
   * The held-out corpora, each written later than the one before and apart from the rules and from
   * all earlier corpora, never tuned to: honest figures beside the dev corpus. Each is a folder of
   * src/test/resources and the corpus name in the report.
   */
  private static final List<String> HELD_OUT =
      List.of(
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
          "holdout11",
          "holdout12",
          "holdout13",
          "holdout14",
          "holdout15",
          "holdout16",
          "holdout17",
          "holdout18",
          "holdout19",
          "holdout20",
          "holdout21",
          "holdout22",
          "holdout23",
          "holdout24",
          "holdout25",
          "holdout26",
          "holdout27",
          "holdout28",
          "holdout29",
          "holdout30",
          "holdout31",
          "holdout32",
          "holdout33",
          "holdout34",
          "holdout35",
          "holdout36",
          "holdout37",
          "holdout38",
          "holdout39",
          "holdout40",
          "holdout41",
          "holdout42",
          "holdout43",
          "holdout44",
          "holdout45",
          "holdout46",
          "holdout47",
          "holdout48",
          "holdout49",
          "holdout50",
          "holdout51",
          "holdout52",
          "holdout53",
          "holdout54",
          "holdout55",
          "holdout56",
          "holdout57",
          "holdout58",
          "holdout59",
          "holdout60",
          "holdout61",
          "holdout62",
          "holdout63",
          "holdout64",
          "holdout65",
          "holdout66",
          "holdout67",
          "holdout68",
          "holdout69",
          "holdout70",
          "holdout71",
          "holdout72",
          "holdout73",
          "holdout74",
          "holdout75",
          "holdout76",
          "holdout77",
          "holdout78",
          "holdout79",
          "holdout80");

  private static final Path REAL_LABELS = Path.of("src/test/resources/itu-real/labels.json");
  private static final Path OUT = Path.of("target/accuracy");

  @Test
  void accuracyStaysAboveItsThresholds() throws IOException {
    List<String> skipped = new ArrayList<>();
    List<LabelledDocument> documents =
        new ArrayList<>(DevCorpus.render(SOURCES, Path.of("target/devcorpus")));
    for (String heldOut : HELD_OUT) {
      documents.addAll(
          DevCorpus.render(
              Path.of("src/test/resources", heldOut), Path.of("target", heldOut), heldOut));
    }
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
            Stream.of(List.of("dev"), HELD_OUT, List.of("real")).flatMap(List::stream).toList()),
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
