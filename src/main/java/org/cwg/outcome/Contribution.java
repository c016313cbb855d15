package org.cwg.outcome;

import java.util.List;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * What a report can link to a contribution by: its number (a revision shares its original's
 * outcomes, and the other way round) and its Purpose, which report summaries copy.
 *
 * @param number canonical number, or null when the document has none
 * @param passage the Purpose (else the abstract, else the summary) to look for in reports
 * @param shingles the shingles of its whole text ({@link ShingleContainment#shinglesOf}), to tell
 *     how much of a report's section is made of it; compared by identity, as a record's arrays are,
 *     which nothing needs otherwise
 */
public record Contribution(String number, ShingleContainment passage, long[] shingles) {

  private static final List<SectionKind> PASSAGES =
      List.of(SectionKind.PURPOSE, SectionKind.ABSTRACT, SectionKind.SUMMARY);

  public static Contribution of(DocumentRecord record) {
    StringBuilder text = new StringBuilder();
    if (record.text() != null) {
      text.append(record.text());
    } else {
      record.sections().forEach(s -> text.append(s.text()).append('\n'));
    }
    return new Contribution(
        record.metadata().number(),
        new ShingleContainment(passageOf(record)),
        ShingleContainment.shinglesOf(text.toString()));
  }

  /** The text a report's summary would copy: the first Purpose, abstract or summary section. */
  static String passageOf(DocumentRecord record) {
    for (SectionKind kind : PASSAGES) {
      for (Section s : record.sections()) {
        if (s.kind() == kind && !s.text().isBlank()) {
          return s.text();
        }
      }
    }
    return "";
  }
}
