package org.cwg.validate;

import java.util.HashSet;
import java.util.Set;
import org.cwg.model.DocumentRecord;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;

/**
 * Resolution citations say whose resolution they cite, and the first mention of each resolution
 * says which revision: "Resolution 140 (Rev. Bucharest, 2022)".
 */
final class CitationCheck {

  private static final int MAX_QUOTE = 60;

  private CitationCheck() {}

  static void run(CheckedDocument doc, Findings findings) {
    DocumentRecord record = doc.record();
    Set<String> seen = new HashSet<>();
    for (ResolutionMention mention : record.resolutions()) {
      Section section = record.sectionAt(mention.start());
      String place = section == null ? "document" : Findings.placeOf(section);
      if (mention.body() == null || mention.body().isBlank()) {
        findings.add(Rule.CITATION_BODY_UNKNOWN, "cannot tell whose Resolution "
            + mention.number() + " is (PP, Council, WTSA...): " + quote(mention.text()),
            place, mention.section());
        continue;
      }
      if (seen.add(mention.key()) && isBlank(mention.qualifier())) {
        findings.add(Rule.CITATION_MISSING_REVISION, "first mention of " + mention.body()
            + " Resolution " + mention.number() + " gives no revision: " + quote(mention.text()),
            place, mention.section());
      }
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  static String quote(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    if (flat.length() > MAX_QUOTE) {
      flat = flat.substring(0, MAX_QUOTE - 1) + "…";
    }
    return "\"" + flat + "\"";
  }
}
