package org.cwg.cite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.json.Json;
import org.cwg.model.DocumentReference;
import org.cwg.model.ResolutionMention;

/** The hand-checked citations of the five seed documents, and how records are compared to it. */
final class SeedGold {

  /**
   * One resolution as the gold file counts it: the qualifier of its first qualified mention and the
   * number of its mentions.
   */
  record Cited(String body, String number, String qualifier, int mentions) {}

  /** One seed: its file name, resolutions in order of first mention, references likewise. */
  record Expected(String file, List<Cited> resolutions, List<String> references) {}

  private SeedGold() {}

  static List<Expected> load() throws IOException {
    JsonNode root;
    try (InputStream in = SeedGold.class.getResourceAsStream("/gold/seeds.json")) {
      root = Json.mapper().readTree(in);
    }
    List<Expected> expected = new ArrayList<>();
    for (JsonNode doc : root.get("documents")) {
      List<Cited> resolutions = new ArrayList<>();
      for (JsonNode r : doc.get("resolutions")) {
        resolutions.add(
            new Cited(
                r.get("body").asText(),
                r.get("number").asText(),
                r.get("qualifier").isNull() ? null : r.get("qualifier").asText(),
                r.get("mentions").asInt()));
      }
      List<String> references = new ArrayList<>();
      doc.get("document_references").forEach(id -> references.add(id.asText()));
      expected.add(new Expected(doc.get("file").asText(), resolutions, references));
    }
    return expected;
  }

  static String seedText(String file) throws IOException {
    try (InputStream in = SeedGold.class.getResourceAsStream("/seeds/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Mentions folded the way the gold file counts them. */
  static List<Cited> fold(List<ResolutionMention> mentions) {
    Map<String, Cited> byKey = new LinkedHashMap<>();
    for (ResolutionMention m : mentions) {
      Cited seen = byKey.get(m.key());
      if (seen == null) {
        byKey.put(m.key(), new Cited(m.body(), m.number(), m.qualifier(), 1));
      } else {
        byKey.put(
            m.key(),
            new Cited(
                m.body(),
                m.number(),
                seen.qualifier() != null ? seen.qualifier() : m.qualifier(),
                seen.mentions() + 1));
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Distinct reference ids in order of first appearance. */
  static List<String> distinctIds(List<DocumentReference> references) {
    return references.stream().map(DocumentReference::id).distinct().toList();
  }
}
