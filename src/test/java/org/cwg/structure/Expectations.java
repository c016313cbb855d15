package org.cwg.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;

/**
 * Compares a {@link DocumentStructure} with hand-written expectations in the shape of {@code
 * gold/seeds.json}: metadata fields, sections ({@code kind, heading, number, level, starts}),
 * {@code proposal_items}, {@code footnotes}. Only the fields an expectation names are checked. Each
 * comparison is one {@link Check}, so tests can assert them all and the accuracy report can count
 * them per field.
 */
final class Expectations {

  /** One compared value. */
  record Check(String document, String field, Object expected, Object actual) {
    boolean passed() {
      return Objects.equals(expected, actual);
    }

    @Override
    public String toString() {
      return document + " " + field + ": expected <" + expected + "> but was <" + actual + ">";
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A run-in label on a line of its own, which the gold's "starts" looks past. */
  private static final Pattern RUN_IN_LABEL = Pattern.compile("(?i)summary|discussions?");

  /** A paragraph's own number, which the gold's "starts" leaves out. */
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-z]\\)|\\d{1,2}\\)|[IVX]{1,5}\\.?)\\s+");

  private static final List<String> METADATA_FIELDS =
      List.of(
          "number",
          "group",
          "meeting",
          "place",
          "meetingDate",
          "date",
          "sources",
          "title",
          "type",
          "language");

  private Expectations() {}

  static List<Check> compare(String document, JsonNode expected, DocumentStructure actual) {
    List<Check> checks = new ArrayList<>();
    Map<String, Object> metadata = JSON.convertValue(actual.metadata(), Map.class);
    for (String field : METADATA_FIELDS) {
      if (expected.has(field)) {
        checks.add(new Check(document, field, plain(expected.get(field)), metadata.get(field)));
      }
    }
    if (expected.has("provenance")) {
      Map<String, Object> provenance = JSON.convertValue(actual.metadata().provenance(), Map.class);
      expected
          .get("provenance")
          .fields()
          .forEachRemaining(
              entry ->
                  checks.add(
                      new Check(
                          document,
                          "provenance." + entry.getKey(),
                          entry.getValue().asText(),
                          provenance.get(entry.getKey()))));
    }
    if (expected.has("sections")) {
      compareSections(document, expected.get("sections"), actual, checks);
    }
    if (expected.has("proposal_items")) {
      checks.add(
          new Check(
              document,
              "proposal_items",
              expected.get("proposal_items").asInt(),
              actual.proposals().size()));
    }
    if (expected.has("proposals")) {
      JsonNode items = expected.get("proposals");
      for (int i = 0; i < items.size(); i++) {
        ProposalItem item = i < actual.proposals().size() ? actual.proposals().get(i) : null;
        checks.add(
            new Check(
                document,
                "proposal.number",
                items.get(i).get("number").asText(),
                item == null ? null : item.number()));
        String starts = items.get(i).get("starts").asText();
        checks.add(
            new Check(
                document,
                "proposal.starts",
                starts,
                item == null ? null : prefix(item.text(), starts.length())));
      }
    }
    if (expected.has("footnotes")) {
      checks.add(
          new Check(
              document, "footnotes", expected.get("footnotes").asInt(), actual.footnotes().size()));
    }
    return checks;
  }

  private static void compareSections(
      String document, JsonNode expected, DocumentStructure actual, List<Check> checks) {
    List<Section> sections = actual.sections();
    checks.add(new Check(document, "section_count", expected.size(), sections.size()));
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i);
      Section got = i < sections.size() ? sections.get(i) : null;
      String where = document + " §" + (i + 1);
      checks.add(
          new Check(
              where,
              "section.kind",
              want.get("kind").asText(),
              got == null ? null : got.kind().id()));
      checks.add(
          new Check(
              where,
              "section.heading",
              want.get("heading").asText(),
              got == null ? null : got.heading()));
      checks.add(
          new Check(
              where,
              "section.number",
              want.get("number").isNull() ? null : want.get("number").asText(),
              got == null ? null : got.number()));
      checks.add(
          new Check(
              where, "section.level", want.get("level").asInt(), got == null ? null : got.level()));
      if (want.has("starts")) {
        String starts = want.get("starts").asText();
        checks.add(
            new Check(
                where,
                "section.starts",
                starts,
                got == null
                    ? null
                    : prefix(firstWordsAfterHeading(actual.text(), got), starts.length())));
      }
      checks.add(
          new Check(
              where, "section.offset", true, got != null && headingLineAt(actual.text(), got)));
    }
  }

  /**
   * The words that follow a section's heading in the document: its body, or the next heading when
   * the body is empty, less run-in labels and paragraph numbers.
   */
  static String firstWordsAfterHeading(String text, Section section) {
    int lineEnd = text.indexOf('\n', section.start());
    if (lineEnd < 0) {
      return "";
    }
    for (String line : text.substring(lineEnd + 1).split("\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty() || RUN_IN_LABEL.matcher(stripped).matches()) {
        continue;
      }
      return PARAGRAPH_NUMBER.matcher(stripped).replaceFirst("");
    }
    return "";
  }

  /** Whether the section's start offset is where its heading (and number) is written. */
  static boolean headingLineAt(String text, Section section) {
    int lineEnd = text.indexOf('\n', section.start());
    String line =
        text.substring(section.start(), lineEnd < 0 ? text.length() : lineEnd).replace('\t', ' ');
    boolean numberFirst =
        section.number() == null
            || line.startsWith(section.number())
            || line.matches(
                "(?i)(?:topic|th[èe]me|tema)\\s+" + Pattern.quote(section.number()) + "\\b.*");
    return numberFirst
        && line.contains(section.heading())
        && (section.start() == 0 || text.charAt(section.start() - 1) == '\n');
  }

  private static String prefix(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  private static Object plain(JsonNode node) {
    return JSON.convertValue(node, Object.class);
  }
}
