package org.cwg.cite;

import java.util.List;
import org.cwg.model.SectionKind;

/**
 * The documents citing one resolution, as {@code cwg cites RESOLUTION} shows them. The JSON field
 * names are a scripting interface: add, never rename.
 *
 * @param resolution the resolution
 * @param documents the citing documents, by meeting then number
 */
public record CitingDocuments(Resolution resolution, List<Document> documents) {

  public CitingDocuments {
    documents = List.copyOf(documents);
  }

  /** The resolution: body, number and title (null when unknown). */
  public record Resolution(String body, String number, String title) {

    public ResolutionId id() {
      return new ResolutionId(body, number);
    }
  }

  /**
   * A citing document.
   *
   * @param id stable id
   * @param path the file
   * @param number document number, or null
   * @param meeting meeting number, or null
   * @param mentions each place it cites the resolution, in text order
   */
  public record Document(
      String id, String path, String number, Integer meeting, List<Mention> mentions) {

    public Document {
      mentions = List.copyOf(mentions);
    }
  }

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
