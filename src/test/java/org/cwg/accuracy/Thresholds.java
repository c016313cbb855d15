package org.cwg.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cwg.json.Json;

/**
 * The checked-in floors: {@code "figures"} maps a figure's key to the lowest value allowed, {@code
 * "maxTocSections"} a corpus to the most contents lines allowed to become sections. A key whose
 * figure was not measured (the real files absent) is not checked.
 */
final class Thresholds {

  private Thresholds() {}

  static List<String> failures(Path file, Map<String, Double> figures, AccuracyTable table)
      throws IOException {
    JsonNode thresholds = Json.mapper().readTree(file.toFile());
    List<String> failures = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = thresholds.path("figures").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> floor = it.next();
      Double measured = figures.get(floor.getKey());
      if (measured != null && measured + 1e-9 < floor.getValue().asDouble()) {
        failures.add(
            String.format(
                Locale.ROOT,
                "%s = %.3f, under its threshold %.2f",
                floor.getKey(),
                measured,
                floor.getValue().asDouble()));
      }
    }
    thresholds
        .path("maxTocSections")
        .fields()
        .forEachRemaining(
            max -> {
              int measured = table.tocSections(max.getKey());
              if (measured > max.getValue().asInt()) {
                failures.add(
                    max.getKey()
                        + ": "
                        + measured
                        + " table-of-contents lines became sections, over "
                        + max.getValue().asInt());
              }
            });
    return failures;
  }

  /** Floors at what was measured, rounded down to 0.05, for ratcheting the file up. */
  static String measured(Map<String, Double> figures, AccuracyTable table, List<String> corpora)
      throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode floors = root.putObject("figures");
    figures.forEach((key, value) -> floors.put(key, roundDown(value)));
    ObjectNode toc = root.putObject("maxTocSections");
    corpora.forEach(corpus -> toc.put(corpus, table.tocSections(corpus)));
    return Json.pretty().writeValueAsString(root);
  }

  static double roundDown(double value) {
    return Math.floor(value * 20 + 1e-9) / 20;
  }
}
