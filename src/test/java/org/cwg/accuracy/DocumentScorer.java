package org.cwg.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores one record's JSON against one document's labels. Only what the label gives is scored, and
 * every metadata key the label names is read from the record's JSON by that name, so a field the
 * model gains later is scored as soon as it is labelled.
 */
final class DocumentScorer {

  /** What a contents line leaves in a heading: a dot leader, or a page number after a gap. */
  private static final Pattern TOC_TRACE =
      Pattern.compile("(\\.{4,}|\u2026{2,}|(\t|\\s{2,})\\d+\\s*$)");

  private static final Pattern TOC_TAIL = Pattern.compile("[\\s.\u2026]*\\d*\\s*$");

  /** The figures of one document, and what went wrong, for the details file. */
  record Score(Map<String, Tally> fields, int tocSections, List<String> misses) {}

  private DocumentScorer() {}

  static Score score(JsonNode label, JsonNode record, Set<String> tocEntries) {
    Map<String, Tally> fields = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    JsonNode metadata = label.get("metadata");
    if (metadata != null) {
      Tally all = Tally.ZERO;
      for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode predicted = record.path("metadata").get(field.getKey());
        Tally tally;
        if (field.getKey().equals("sources")) {
          tally =
              Compare.multiset(
                  Compare.elements(field.getValue()).stream().map(Compare::sourceName).toList(),
                  Compare.elements(predicted).stream().map(Compare::sourceName).toList());
        } else if (field.getValue().isArray()) {
          tally = Compare.multiset(Compare.elements(field.getValue()), Compare.elements(predicted));
        } else {
          tally = Compare.scalar(field.getValue(), predicted);
        }
        fields.put("metadata." + field.getKey(), tally);
        all = all.plus(tally);
        if (tally.falsePositives() + tally.falseNegatives() > 0) {
          misses.add(field.getKey() + ": expected " + field.getValue() + ", got " + predicted);
        }
      }
      fields.put("metadata (all)", all);
    }
    int toc = 0;
    if (label.has("sections")) {
      toc =
          scoreSections(label.get("sections"), record.path("sections"), tocEntries, fields, misses);
    }
    if (label.has("resolutions")) {
      scoreResolutions(label.get("resolutions"), record.path("resolutions"), fields, misses);
    }
    if (label.has("references")) {
      Set<String> predicted = new LinkedHashSet<>();
      record.path("references").forEach(ref -> predicted.add(Compare.value(ref.get("id"))));
      List<JsonNode> got =
          predicted.stream().map(id -> (JsonNode) JsonNodeFactory.instance.textNode(id)).toList();
      Tally tally = Compare.multiset(Compare.elements(label.get("references")), got);
      fields.put("references", tally);
      if (tally.falsePositives() + tally.falseNegatives() > 0) {
        misses.add("references: expected " + label.get("references") + ", got " + predicted);
      }
    }
    return new Score(fields, toc, misses);
  }

  private static int scoreSections(
      JsonNode expected,
      JsonNode predicted,
      Set<String> tocEntries,
      Map<String, Tally> fields,
      List<String> misses) {
    List<JsonNode> want = new ArrayList<>();
    List<JsonNode> wantKinds = new ArrayList<>();
    for (JsonNode section : expected) {
      want.add(section(section));
      wantKinds.add(section.get("kind"));
    }
    List<JsonNode> got = new ArrayList<>();
    List<JsonNode> gotKinds = new ArrayList<>();
    for (JsonNode section : predicted) {
      got.add(section(section));
      gotKinds.add(section.get("kind"));
    }
    fields.put("sections.kind", Compare.multiset(wantKinds, gotKinds));
    fields.put(
        "sections.kind+level",
        Compare.multiset(
            want.stream().map(DocumentScorer::kindAndLevel).toList(),
            got.stream().map(DocumentScorer::kindAndLevel).toList()));
    Tally full = Compare.multiset(want, got);
    fields.put("sections.full", full);

    // What the labels leave unmatched, so that a contents line that became a section shows.
    List<JsonNode> unmatched = new ArrayList<>(got);
    List<JsonNode> missed = new ArrayList<>();
    for (JsonNode section : want) {
      int at = indexOfAgreeing(section, unmatched);
      if (at >= 0) {
        unmatched.remove(at);
      } else {
        missed.add(section);
      }
    }
    missed.forEach(section -> misses.add("section missed: " + section));
    unmatched.forEach(section -> misses.add("section extra: " + section));
    return tocCopies(want, got, tocEntries);
  }

  /**
   * Contents lines that became sections: those still showing a dot leader or a trailing page
   * number, and the copies beyond the labelled count of a heading (or of a contents entry).
   */
  private static int tocCopies(List<JsonNode> want, List<JsonNode> got, Set<String> tocEntries) {
    Map<String, Integer> labelled = new HashMap<>();
    want.forEach(section -> labelled.merge(Compare.value(section.get("heading")), 1, Integer::sum));
    Set<String> known = new HashSet<>(labelled.keySet());
    tocEntries.forEach(entry -> known.add(Compare.normalize(entry)));
    int toc = 0;
    Map<String, Integer> predicted = new HashMap<>();
    for (JsonNode section : got) {
      String raw = section.path("heading").asText("");
      if (TOC_TRACE.matcher(raw).find()) {
        toc++;
      } else {
        String whole = Compare.normalize(raw);
        String bare = Compare.normalize(TOC_TAIL.matcher(raw).replaceFirst(""));
        predicted.merge(known.contains(whole) ? whole : bare, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> heading : predicted.entrySet()) {
      if (known.contains(heading.getKey())) {
        toc += Math.max(0, heading.getValue() - labelled.getOrDefault(heading.getKey(), 0));
      }
    }
    return toc;
  }

  private static int indexOfAgreeing(JsonNode want, List<JsonNode> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      if (Compare.agrees(want, candidates.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode kindAndLevel(JsonNode section) {
    ObjectNode key = JsonNodeFactory.instance.objectNode();
    key.set("kind", section.get("kind"));
    key.set("level", section.get("level"));
    return key;
  }

  private static JsonNode section(JsonNode section) {
    ObjectNode key = JsonNodeFactory.instance.objectNode();
    for (String field : List.of("kind", "level", "number", "heading")) {
      key.set(field, section.get(field));
    }
    return key;
  }

  private static void scoreResolutions(
      JsonNode expected, JsonNode predicted, Map<String, Tally> fields, List<String> misses) {
    Map<String, Integer> want = new LinkedHashMap<>();
    for (JsonNode resolution : expected) {
      want.merge(key(resolution), resolution.path("mentions").asInt(1), Integer::sum);
    }
    Map<String, Integer> got = new LinkedHashMap<>();
    predicted.forEach(mention -> got.merge(key(mention), 1, Integer::sum));
    int matched = 0;
    int distinct = 0;
    for (Map.Entry<String, Integer> entry : want.entrySet()) {
      int found = got.getOrDefault(entry.getKey(), 0);
      matched += Math.min(found, entry.getValue());
      distinct += found > 0 ? 1 : 0;
      if (found != entry.getValue()) {
        misses.add(
            "resolution "
                + entry.getKey()
                + ": expected "
                + entry.getValue()
                + " mention(s), got "
                + found);
      }
    }
    got.keySet().stream()
        .filter(key -> !want.containsKey(key))
        .forEach(key -> misses.add("resolution extra: " + key + " x" + got.get(key)));
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
    fields.put(
        "resolutions (mentions)", new Tally(matched, gotTotal - matched, wantTotal - matched));
    fields.put(
        "resolutions (distinct)",
        new Tally(distinct, got.size() - distinct, want.size() - distinct));
  }

  private static String key(JsonNode resolution) {
    return Compare.value(resolution.get("body")) + " " + Compare.value(resolution.get("number"));
  }
}
