package org.cwg.outcome;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.cwg.model.DocumentSummary;

/**
 * What {@code cwg meeting N} shows: a meeting's reports and contributions, what the reports said
 * about each contribution, the documents they discuss that are not in the index, and the meeting's
 * documents that refer to each other. The JSON field names are a scripting interface: add, never
 * rename.
 *
 * @param group the group, such as {@code CWG-Internet}, or null when no document says
 * @param meeting the meeting number
 * @param date the meeting's date, from its reports first
 * @param place where it was held, from its reports first
 * @param reports the meeting's reports, one per number: the English version, else another
 * @param contributions its contributions, one per number (its language versions together)
 * @param documents its other documents (agenda, information, ...), by number
 * @param missing documents its reports name that the index does not hold
 * @param references the meeting's documents that refer to each other
 */
public record MeetingOverview(
    String group,
    int meeting,
    String date,
    String place,
    List<DocumentSummary> reports,
    List<MeetingContribution> contributions,
    List<DocumentSummary> documents,
    List<MissingDocument> missing,
    List<MeetingReference> references) {

  public MeetingOverview {
    reports = List.copyOf(reports);
    contributions = List.copyOf(contributions);
    documents = List.copyOf(documents);
    missing = List.copyOf(missing);
    references = List.copyOf(references);
  }

  /**
   * A contribution of the meeting and whether a report discussed it: one per number, whatever
   * languages it was published in.
   *
   * @param document the contribution, its fields written flat: its English version, else the first
   *     in ITU's order of languages
   * @param outcome where it was discussed first (null when it was not); {@code outcomes} has all,
   *     found through any of its versions
   * @param languages the languages of its versions (ISO 639-1 codes, in ITU's order)
   */
  public record MeetingContribution(
      @JsonUnwrapped DocumentSummary document,
      boolean discussed,
      OutcomeAt outcome,
      List<OutcomeAt> outcomes,
      List<String> languages) {

    public MeetingContribution {
      outcomes = List.copyOf(outcomes);
      languages = List.copyOf(languages);
    }
  }

  /**
   * Where a report dealt with a contribution.
   *
   * @param report the report's number, else its id
   * @param reportId the report's id
   * @param section the section's number as printed, else its heading
   * @param heading the section's heading
   * @param link {@code reference} or {@code reuse}
   */
  public record OutcomeAt(
      String report, String reportId, String section, String heading, String link, double score) {

    static OutcomeAt of(Outcome o) {
      return new OutcomeAt(
          o.report().number() != null ? o.report().number() : o.report().id(),
          o.report().id(),
          o.section().number() != null ? o.section().number() : o.section().heading(),
          o.section().heading(),
          o.link(),
          o.score());
    }
  }

  /**
   * A document a report names that the index does not hold.
   *
   * @param number its canonical number
   * @param report the report naming it (number, else id)
   * @param sections the report's sections naming it (number, else heading)
   */
  public record MissingDocument(String number, String report, List<String> sections) {

    public MissingDocument {
      sections = List.copyOf(sections);
    }
  }

  /**
   * One of the meeting's documents referring to another.
   *
   * @param from the referring document (number, else id)
   * @param to the document referred to (number, else id)
   * @param count how many times
   */
  public record MeetingReference(String from, String to, int count) {}
}
