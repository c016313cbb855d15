package org.cwg.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a labelled value and a predicted one are compared: what a reader would call the same text
 * (case, spacing, dash and quote shapes, trailing punctuation aside), and lists as multisets so
 * that order and duplicates are scored fairly.
 */
final class Compare {

  private Compare() {}

  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[\u2010-\u2015\u2212]", "-")
            .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
            .replaceAll("[\u201C\u201D\u201E]", "\"")
            .replaceAll("\\s+", " ")
            .strip()
            .replaceAll("[.:;,]+$", "")
            .strip();
    return folded.toLowerCase(Locale.ROOT);
  }

  /**
   * A source as the name it identifies: what stands before a parenthesis, without a leading "the"
   * ("Brazil (Federative Republic of)" and "Brazil" name the same Member State), nor a Russian
   * state form before the name ("Республика Узбекистан" and "Узбекистан (Республика)" are one), nor
   * a Spanish or French republic before its adjective ("República Dominicana" is the list's
   * "Dominicana (República)").
   */
  static JsonNode sourceName(JsonNode source) {
    String name = source == null ? "" : source.asText("");
    name =
        name.replaceFirst("\\s*\\(.*$", "")
            .replaceFirst("(?i)^the\\s+", "")
            .replaceFirst(
                "(?iu)^(?:Республика|Королевство|Государство|República|République)\\s+(?=\\p{L})",
                "");
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(name);
  }

  /** A node's value as comparable text; null for absent, null, empty text or an empty list. */
  static String value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isContainerNode()) {
      return node.isEmpty() ? null : normalize(node.toString());
    }
    String text = normalize(node.asText());
    return text.isEmpty() ? null : text;
  }

  /** Whether a predicted node agrees with every key the label gives (or the value itself). */
  static boolean agrees(JsonNode expected, JsonNode predicted) {
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!java.util.Objects.equals(
            value(field.getValue()),
            value(predicted == null ? null : predicted.get(field.getKey())))) {
          return false;
        }
      }
      return true;
    }
    return java.util.Objects.equals(value(expected), value(predicted));
  }

  /** Scores a list: each expected item may consume one agreeing predicted item. */
  static Tally multiset(List<JsonNode> expected, List<JsonNode> predicted) {
    List<JsonNode> left = new ArrayList<>(predicted);
    int matched = 0;
    for (JsonNode want : expected) {
      for (int i = 0; i < left.size(); i++) {
        if (agrees(want, left.get(i))) {
          left.remove(i);
          matched++;
          break;
        }
      }
    }
    return new Tally(matched, predicted.size() - matched, expected.size() - matched);
  }

  /** Scores one value: right, wrong (a false positive and a false negative), missed, invented. */
  static Tally scalar(JsonNode expected, JsonNode predicted) {
    String want = value(expected);
    String got = value(predicted);
    if (want == null) {
      return new Tally(0, got == null ? 0 : 1, 0);
    }
    if (got == null) {
      return new Tally(0, 0, 1);
    }
    return want.equals(got) ? new Tally(1, 0, 0) : new Tally(0, 1, 1);
  }

  static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(items::add);
    }
    return items;
  }
}
