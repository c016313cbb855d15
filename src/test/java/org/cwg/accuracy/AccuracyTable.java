package org.cwg.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tallies summed per corpus and scope ("all", "family:itu-t", "encoding:pdf"), and the report made
 * of them. A figure is named {@code corpus/scope/field/measure}, the key of the thresholds file.
 */
final class AccuracyTable {

  private final Map<String, Map<String, Map<String, Tally>>> tallies = new TreeMap<>();
  private final Map<String, Map<String, Integer>> tocSections = new TreeMap<>();
  private final Map<String, Integer> documents = new TreeMap<>();

  void add(LabelledDocument document, DocumentScorer.Score score) {
    documents.merge(document.corpus(), 1, Integer::sum);
    for (String scope :
        List.of("all", "family:" + document.family(), "encoding:" + document.encoding())) {
      Map<String, Tally> fields =
          tallies
              .computeIfAbsent(document.corpus(), c -> new TreeMap<>())
              .computeIfAbsent(scope, s -> new TreeMap<>());
      score.fields().forEach((field, tally) -> fields.merge(field, tally, Tally::plus));
      tocSections
          .computeIfAbsent(document.corpus(), c -> new TreeMap<>())
          .merge(scope, score.tocSections(), Integer::sum);
    }
  }

  /** Every figure by its key; "all" scopes give P, R and F1, the others F1. */
  Map<String, Double> figures() {
    Map<String, Double> figures = new LinkedHashMap<>();
    tallies.forEach(
        (corpus, scopes) ->
            scopes.forEach(
                (scope, fields) ->
                    fields.forEach(
                        (field, tally) -> {
                          // A measure whose denominator is empty is vacuous: a floor on it would
                          // only trip
                          // the first time the field is predicted at all.
                          String key = corpus + "/" + scope + "/" + field + "/";
                          boolean predicted = tally.truePositives() + tally.falsePositives() > 0;
                          boolean expected = tally.truePositives() + tally.falseNegatives() > 0;
                          if (scope.equals("all") && predicted) {
                            figures.put(key + "precision", tally.precision());
                          }
                          if (scope.equals("all") && expected) {
                            figures.put(key + "recall", tally.recall());
                          }
                          if (predicted || expected) {
                            figures.put(key + "f1", tally.f1());
                          }
                        })));
    return figures;
  }

  int tocSections(String corpus) {
    return tocSections.getOrDefault(corpus, Map.of()).getOrDefault("all", 0);
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# cwg accuracy on labelled documents\n");
    tallies.forEach(
        (corpus, scopes) -> {
          out.append(
              String.format(
                  Locale.ROOT,
                  "%n## %s corpus: %d documents, %d table-of-contents"
                      + " line(s) became sections%n%n",
                  corpus,
                  documents.get(corpus),
                  tocSections(corpus)));
          out.append("| field | precision | recall | F1 | TP | FP | FN |\n");
          out.append("|---|---:|---:|---:|---:|---:|---:|\n");
          scopes
              .get("all")
              .forEach(
                  (field, t) ->
                      out.append(
                          String.format(
                              Locale.ROOT,
                              "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n",
                              field,
                              t.precision(),
                              t.recall(),
                              t.f1(),
                              t.truePositives(),
                              t.falsePositives(),
                              t.falseNegatives())));
          for (String prefix : List.of("family:", "encoding:")) {
            List<String> columns =
                scopes.keySet().stream().filter(s -> s.startsWith(prefix)).toList();
            out.append(
                String.format(
                    Locale.ROOT,
                    "%nF1 per %s%n%n| field | %s |%n|---|%s%n",
                    prefix.substring(0, prefix.length() - 1),
                    String.join(
                        " | ", columns.stream().map(s -> s.substring(prefix.length())).toList()),
                    "---:|".repeat(columns.size())));
            TreeSet<String> fields = new TreeSet<>();
            columns.forEach(scope -> fields.addAll(scopes.get(scope).keySet()));
            for (String field : fields) {
              List<String> cells = new ArrayList<>();
              for (String scope : columns) {
                Tally t = scopes.get(scope).get(field);
                cells.add(
                    t == null || t.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", t.f1()));
              }
              out.append("| ")
                  .append(field)
                  .append(" | ")
                  .append(String.join(" | ", cells))
                  .append(" |\n");
            }
            out.append(
                String.format(
                    Locale.ROOT,
                    "| toc lines as sections | %s |%n",
                    String.join(
                        " | ",
                        columns.stream()
                            .map(
                                scope ->
                                    String.valueOf(tocSections.get(corpus).getOrDefault(scope, 0)))
                            .toList())));
          }
        });
    return out.toString();
  }
}
