package org.cwg.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cwg.json.Json;

/**
 * Scores a {@link ReuseReport} against the truth manifest of a generated corpus.
 *
 * <p>Recall is over the planted passages: each pair of documents holding the same planted passage
 * (its source and a copy, or two copies) counts as found when the passages reported for that pair
 * cover at least {@value #COVERED} of the passage's word trigrams. Precision is over the reported
 * pairs: one is right when its two documents share text by construction and its text lies in that
 * text: a planted passage, a passage the generator quotes in several contributions, or a
 * contribution's purpose that its meeting's report repeats as a summary.
 */
public final class ReuseEvaluation {

  static final double COVERED = 0.8;

  /** Share of a reported passage's trigrams that must come from the text the pair shares. */
  static final double INSIDE = 0.5;

  /** One planted pair: two documents and the passage they share. */
  record Planted(String a, String b, int id, Set<String> trigrams) {}

  /**
   * The scores.
   *
   * @param planted planted pairs in the truth
   * @param found planted pairs reported
   * @param reported pairs reported
   * @param right reported pairs that are reuse by construction
   */
  public record Score(int planted, int found, int reported, int right) {
    public double recall() {
      return planted == 0 ? 1 : (double) found / planted;
    }

    public double precision() {
      return reported == 0 ? 1 : (double) right / reported;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "recall %.3f (%d of %d planted pairs), precision %.3f (%d of %d reported passages)",
          recall(),
          found,
          planted,
          precision(),
          right,
          reported);
    }
  }

  private final List<Planted> planted = new ArrayList<>();
  private final Map<String, Set<String>> plantedText = new HashMap<>();
  private final Set<String> byConstruction = new HashSet<>();

  /** A few of the reported pairs that are not reuse by construction, to show what went wrong. */
  final List<SharedPassage> wrong = new ArrayList<>();

  private ReuseEvaluation() {}

  /** Reads a truth manifest (JSON Lines, as the corpus generator writes it). */
  public static ReuseEvaluation of(Path truth) throws IOException {
    ObjectMapper json = Json.mapper();
    ReuseEvaluation evaluation = new ReuseEvaluation();
    Map<Integer, List<String>> sharedPassage = new HashMap<>();
    Map<Integer, List<JsonNode>> plantedById = new HashMap<>();
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode record = json.readTree(line);
      String number = record.get("number").asText();
      if ("report".equals(record.get("type").asText())) {
        record
            .get("references")
            .forEach(r -> evaluation.byConstruction.add(key(number, r.asText())));
      }
      record
          .get("passages")
          .forEach(
              p -> sharedPassage.computeIfAbsent(p.asInt(), k -> new ArrayList<>()).add(number));
      for (JsonNode p : record.path("planted")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("holder", number);
        plantedById.computeIfAbsent(p.get("id").asInt(), k -> new ArrayList<>()).add(p);
      }
    }
    for (List<String> holders : sharedPassage.values()) {
      for (int x = 0; x < holders.size(); x++) {
        for (int y = x + 1; y < holders.size(); y++) {
          evaluation.byConstruction.add(key(holders.get(x), holders.get(y)));
        }
      }
    }
    for (Map.Entry<Integer, List<JsonNode>> entry : plantedById.entrySet()) {
      List<JsonNode> holders = entry.getValue();
      Set<String> trigrams = trigrams(holders.get(0).get("original").asText());
      for (int x = 0; x < holders.size(); x++) {
        for (int y = x + 1; y < holders.size(); y++) {
          String a = holders.get(x).get("holder").asText();
          String b = holders.get(y).get("holder").asText();
          if (a.equals(b)) {
            continue;
          }
          evaluation.planted.add(new Planted(a, b, entry.getKey(), trigrams));
          evaluation.plantedText.merge(key(a, b), trigrams, ReuseEvaluation::union);
        }
      }
    }
    return evaluation;
  }

  public Score score(ReuseReport report) {
    Map<String, List<Set<String>>> reportedByPair = new HashMap<>();
    int right = 0;
    for (SharedPassage pair : report.pairs()) {
      String key = key(pair.a().number(), pair.b().number());
      Set<String> trigrams = trigrams(pair.text());
      reportedByPair.computeIfAbsent(key, k -> new ArrayList<>()).add(trigrams);
      Set<String> plantedHere = plantedText.get(key);
      boolean inPlanted = plantedHere != null && inside(trigrams, plantedHere) >= INSIDE;
      if (inPlanted || byConstruction.contains(key)) {
        right++;
      } else if (wrong.size() < 8) {
        wrong.add(pair);
      }
    }
    int found = 0;
    for (Planted p : planted) {
      Set<String> covered = new HashSet<>();
      reportedByPair.getOrDefault(key(p.a(), p.b()), List.of()).forEach(covered::addAll);
      if (inside(p.trigrams(), covered) >= COVERED) {
        found++;
      }
    }
    return new Score(planted.size(), found, report.pairs().size(), right);
  }

  /** The share of {@code part}'s trigrams found in {@code whole}. */
  private static double inside(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int in = 0;
    for (String t : part) {
      in += whole.contains(t) ? 1 : 0;
    }
    return (double) in / part.size();
  }

  static Set<String> trigrams(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    Set<String> trigrams = new HashSet<>();
    for (int i = 0; i + 3 <= kept.size(); i++) {
      trigrams.add(kept.get(i) + " " + kept.get(i + 1) + " " + kept.get(i + 2));
    }
    return trigrams;
  }

  private static Set<String> union(Set<String> x, Set<String> y) {
    Set<String> both = new HashSet<>(x);
    both.addAll(y);
    return both;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
