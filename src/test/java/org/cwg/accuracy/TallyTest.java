package org.cwg.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cwg.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The P/R/F1 arithmetic and the scorer, on cases small enough to count by hand. */
class TallyTest {

  @Test
  void precisionRecallAndF1FollowTheirDefinitions() {
    Tally tally = new Tally(6, 2, 4);
    assertEquals(0.75, tally.precision(), 1e-9);
    assertEquals(0.6, tally.recall(), 1e-9);
    assertEquals(2 * 0.75 * 0.6 / 1.35, tally.f1(), 1e-9);
  }

  @Test
  void emptySidesAreVacuouslyPerfectButNothingFoundIsZero() {
    assertEquals(1.0, new Tally(0, 0, 3).precision(), 1e-9);
    assertEquals(0.0, new Tally(0, 0, 3).recall(), 1e-9);
    assertEquals(0.0, new Tally(0, 0, 3).f1(), 1e-9);
    assertEquals(1.0, new Tally(0, 0, 0).f1(), 1e-9);
    assertEquals(new Tally(7, 3, 5), new Tally(6, 2, 4).plus(new Tally(1, 1, 1)));
  }

  @Test
  void scorerCountsEveryKindOfMiss() throws Exception {
    JsonNode label =
        Json.mapper()
            .readTree(
                """
        {"metadata": {"number": "C25/45", "title": "Budget", "revision": null,
                      "sources": ["Brazil (Federative Republic of)", "Mexico"]},
         "sections": [{"kind": "purpose", "level": 1, "number": null, "heading": "Purpose"},
                      {"kind": "other", "level": 1, "number": "1", "heading": "Costs"}],
         "resolutions": [{"body": "PP", "number": "101", "mentions": 2},
                         {"body": "UNGA", "number": "70/125", "mentions": 1}],
         "references": ["C25/46", "C24/12"]}""");
    JsonNode record =
        Json.mapper()
            .readTree(
                """
        {"metadata": {"number": "C25/44", "title": "BUDGET", "revision": "Rev.1",
                      "sources": ["Brazil", "Chile"]},
         "sections": [{"kind": "purpose", "level": 1, "number": null, "heading": "Purpose"},
                      {"kind": "other", "level": 2, "number": "1", "heading": "Costs"},
                      {"kind": "other", "level": 1, "number": null, "heading": "Costs ....... 3"}],
         "resolutions": [{"body": "PP", "number": "101"}, {"body": "PP", "number": "101"},
                         {"body": "PP", "number": "101"}, {"body": "WTDC", "number": "70/125"}],
         "references": [{"id": "C25/46"}, {"id": "C25/46"}]}""");

    DocumentScorer.Score score = DocumentScorer.score(label, record, Set.of());

    assertEquals(new Tally(0, 1, 1), score.fields().get("metadata.number"));
    assertEquals(new Tally(1, 0, 0), score.fields().get("metadata.title"));
    assertEquals(new Tally(0, 1, 0), score.fields().get("metadata.revision"));
    assertEquals(new Tally(1, 1, 1), score.fields().get("metadata.sources"));
    assertEquals(new Tally(2, 1, 0), score.fields().get("sections.kind"));
    assertEquals(new Tally(2, 1, 0), score.fields().get("sections.kind+level"));
    assertEquals(new Tally(1, 2, 1), score.fields().get("sections.full"));
    assertEquals(1, score.tocSections());
    assertEquals(new Tally(2, 2, 1), score.fields().get("resolutions (mentions)"));
    assertEquals(new Tally(1, 1, 1), score.fields().get("resolutions (distinct)"));
    assertEquals(new Tally(1, 0, 1), score.fields().get("references"));
  }

  @Test
  void aFigureUnderItsFloorFailsAndAnUnmeasuredOneIsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("thresholds.json");
    Files.writeString(
        file,
        """
        {"figures": {"dev/all/references/f1": 0.8, "dev/all/references/recall": 0.5,
                     "real/all/references/f1": 0.9},
         "maxTocSections": {"dev": 0}}""");
    Map<String, Double> figures =
        Map.of("dev/all/references/f1", 0.75, "dev/all/references/recall", 0.5);
    List<String> failures = Thresholds.failures(file, figures, new AccuracyTable());
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith("dev/all/references/f1 = 0.750"), failures.toString());
  }

  @Test
  void floorsRoundDownToTheTwentieth() {
    assertEquals(0.85, Thresholds.roundDown(0.8999), 1e-9);
    assertEquals(0.9, Thresholds.roundDown(0.9), 1e-9);
    assertEquals(0.0, Thresholds.roundDown(0.049), 1e-9);
  }
}
