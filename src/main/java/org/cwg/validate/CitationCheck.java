package org.cwg.validate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cwg.cite.ResolutionCatalogue;
import org.cwg.cite.ResolutionId;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;

/**
 * Resolution citations say whose resolution they cite, the first mention of each resolution says
 * which revision ("Resolution 140 (Rev. Bucharest, 2022)"), that revision is the latest one made by
 * the document's date, and the number is one its body gave. A revision written after the last
 * number of a list ("Resolutions 101, 102 and 133 (Rev. Bucharest, 2022)") is every number's; UN
 * resolutions are never revised, so they need none.
 */
final class CitationCheck {

  private static final int MAX_QUOTE = 60;

  private CitationCheck() {}

  static void run(CheckedDocument doc, Findings findings) {
    run(doc, findings, ResolutionCatalogue.builtIn());
  }

  static void run(CheckedDocument doc, Findings findings, ResolutionCatalogue catalogue) {
    DocumentRecord record = doc.record();
    List<ResolutionMention> mentions = record.resolutions();
    String[] qualifiers = qualifiersWithLists(mentions);
    int year = yearOf(record.metadata());
    Set<String> seen = new HashSet<>();
    Set<String> judged = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      ResolutionMention mention = mentions.get(i);
      Section section = record.sectionAt(mention.start());
      String place = section == null ? "document" : Findings.placeOf(section);
      if (isBlank(mention.body())) {
        findings.add(
            Rule.CITATION_BODY_UNKNOWN,
            "cannot tell whose Resolution "
                + mention.number()
                + " is (PP, Council, WTSA...): "
                + quote(mention.text()),
            place,
            mention.section());
        continue;
      }
      ResolutionId id = new ResolutionId(mention.body(), mention.number());
      boolean first = seen.add(mention.key());
      if (catalogue.neverAdopted(id)) {
        if (first) {
          findings.add(
              Rule.CITATION_UNKNOWN_RESOLUTION,
              "no " + id.spoken() + " has ever been" + " adopted: " + quote(mention.text()),
              place,
              mention.section());
        }
        continue;
      }
      if (!ResolutionCatalogue.isRevised(mention.body())) {
        continue;
      }
      String qualifier = qualifiers[i];
      if (first && isBlank(qualifier)) {
        findings.add(
            Rule.CITATION_MISSING_REVISION,
            "first mention of " + id.spoken() + " gives no revision: " + quote(mention.text()),
            place,
            mention.section());
      }
      Optional<Integer> cited = ResolutionCatalogue.yearOf(qualifier);
      Optional<ResolutionCatalogue.Revision> latest = catalogue.latestBy(id, year);
      if (cited.isPresent()
          && latest.isPresent()
          && cited.get() < latest.get().year()
          && judged.add(mention.key() + "|" + qualifier)) {
        findings.add(
            Rule.CITATION_OUTDATED_REVISION,
            id.spoken()
                + " is cited as of "
                + cited.get()
                + " but was revised in "
                + latest.get()
                + ": "
                + quote(mention.text()),
            place,
            mention.section());
      }
    }
  }

  /**
   * Each mention's qualifier, or for a number of a list written without one, the qualifier of the
   * next number of the same list that has one. The finder writes a list's later numbers from the
   * number on ("102", "133 (Rev. Bucharest, 2022)"), so a mention whose text starts with a digit
   * continues the list of the mention before it.
   */
  static String[] qualifiersWithLists(List<ResolutionMention> mentions) {
    String[] qualifiers = new String[mentions.size()];
    String carried = null;
    for (int i = mentions.size() - 1; i >= 0; i--) {
      ResolutionMention mention = mentions.get(i);
      if (!isBlank(mention.qualifier())) {
        carried = mention.qualifier();
      }
      qualifiers[i] = isBlank(mention.qualifier()) ? carried : mention.qualifier();
      if (!continuesList(mention)) {
        carried = null;
      }
    }
    return qualifiers;
  }

  private static boolean continuesList(ResolutionMention mention) {
    String text = mention.text();
    return text != null && !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  /** The year the document speaks from: its date, else its meeting's, else this year. */
  private static int yearOf(Metadata metadata) {
    for (String date : new String[] {metadata.date(), metadata.meetingDate()}) {
      if (date != null && date.matches("\\d{4}.*")) {
        return Integer.parseInt(date.substring(0, 4));
      }
    }
    return LocalDate.now().getYear();
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
