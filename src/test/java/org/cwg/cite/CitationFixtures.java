package org.cwg.cite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cwg.json.Json;
import org.cwg.model.ResolutionMention;

/** The citation forms of {@code cite/fixtures.json}. */
final class CitationFixtures {

  /** A mention as the fixtures write it: body, number, qualifier, and whether deduced. */
  record Expected(String body, String number, String qualifier, boolean inferred) {

    static Expected parse(String written) {
      boolean inferred = written.contains("~");
      String[] parts = written.replace("~", "").split("\\|", 2);
      String[] key = parts[0].strip().split(" ", 2);
      return new Expected(key[0], key[1], parts.length > 1 ? parts[1].strip() : null, inferred);
    }

    static Expected of(ResolutionMention m) {
      return new Expected(m.body(), m.number(), m.qualifier(), m.inferred());
    }
  }

  /** One fixture; lists left out of the file are null (not checked). */
  record Case(
      String form,
      String text,
      String own,
      List<Expected> resolutions,
      List<String> texts,
      List<String> titles,
      List<String> references,
      List<String> referenceTexts) {

    @Override
    public String toString() {
      return form;
    }
  }

  private CitationFixtures() {}

  static List<Case> load() throws IOException {
    return load("/cite/fixtures.json");
  }

  /**
   * @param resource a fixtures file on the test class path, such as {@code /cite/languages.json}
   */
  static List<Case> load(String resource) throws IOException {
    JsonNode root;
    try (InputStream in = CitationFixtures.class.getResourceAsStream(resource)) {
      root = Json.mapper().readTree(in);
    }
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      List<String> resolutions = strings(c, "resolutions");
      cases.add(
          new Case(
              c.get("form").asText(),
              c.get("text").asText(),
              c.has("own") ? c.get("own").asText() : null,
              resolutions == null ? null : resolutions.stream().map(Expected::parse).toList(),
              strings(c, "texts"),
              strings(c, "titles"),
              strings(c, "references"),
              strings(c, "reference_texts")));
    }
    return cases;
  }

  private static List<String> strings(JsonNode node, String field) {
    if (!node.has(field)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    node.get(field).forEach(v -> values.add(v.asText()));
    return values;
  }
}
