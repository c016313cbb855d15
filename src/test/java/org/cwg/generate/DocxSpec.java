package org.cwg.generate;

import java.util.List;

/**
 * Everything {@link ContributionDocxWriter} needs to write one document.
 *
 * @param cover the cover table
 * @param title the title, in Word's Title style, or null when the document has none
 * @param paragraphs the body in reading order
 * @param language ISO 639-1 code of the document's language, for the core properties
 * @param created ISO date for the "created" property, or null to leave it out (which also keeps the
 *     file's bytes independent of when it was written)
 */
public record DocxSpec(
    CoverSpec cover,
    String title,
    List<DocxParagraph> paragraphs,
    String language,
    String created) {

  public DocxSpec {
    paragraphs = List.copyOf(paragraphs);
  }
}
