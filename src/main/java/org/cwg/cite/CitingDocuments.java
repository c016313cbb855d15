package org.cwg.cite;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.cwg.model.DocumentSummary;
import org.cwg.model.SectionKind;

/**
 * The documents citing one resolution, as {@code cwg cites RESOLUTION} shows them. The JSON field
 * names are a scripting interface: add, never rename.
 *
 * @param resolution the resolution
 * @param documents the citing documents, by meeting then number
 * @param meetings citing documents and mentions per meeting, in meeting order, documents without a
 *     meeting last
 * @param years citing documents and mentions per year of the document's date, in year order,
 *     documents without a date last
 */
public record CitingDocuments(
    Resolution resolution,
    List<Document> documents,
    List<MeetingCount> meetings,
    List<YearCount> years) {

  public CitingDocuments {
    documents = List.copyOf(documents);
    meetings = List.copyOf(meetings);
    years = List.copyOf(years);
  }

  /**
   * The resolution: body, number, qualifier (always null here: the documents may cite several
   * revisions, and all count) and title (null when unknown).
   */
  public record Resolution(String body, String number, String qualifier, String title) {

    public ResolutionId id() {
      return new ResolutionId(body, number);
    }
  }

  /**
   * A citing document.
   *
   * @param document the document, its fields written flat in the JSON
   * @param mentions each place it cites the resolution, in text order
   */
  public record Document(@JsonUnwrapped DocumentSummary document, List<Mention> mentions) {

    public Document {
      mentions = List.copyOf(mentions);
    }
  }

  /**
   * The citing documents of one meeting.
   *
   * @param meeting the meeting number, or null for documents without one
   * @param documents how many of them cite the resolution
   * @param mentions how many times they cite it
   */
  public record MeetingCount(Integer meeting, int documents, int mentions) {}

  /**
   * The citing documents dated in one year.
   *
   * @param year the year of the document's date, or null for documents without a date
   * @param documents how many of them cite the resolution
   * @param mentions how many times they cite it
   */
  public record YearCount(Integer year, int documents, int mentions) {}

  /**
   * One mention: the fields of {@link org.cwg.model.ResolutionMention} plus the line around it.
   *
   * @param context the mention's paragraph, cut around the mention when long
   */
  public record Mention(
      String body,
      String number,
      String qualifier,
      String title,
      String text,
      int start,
      int end,
      SectionKind section,
      boolean inferred,
      String context) {}
}
