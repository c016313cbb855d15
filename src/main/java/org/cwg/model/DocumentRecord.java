package org.cwg.model;

import java.util.List;

/**
 * Everything cwg knows about one document: what is indexed, shown and exported.
 *
 * @param id stable id derived from the file's path
 * @param file the file it was read from
 * @param metadata what the document is
 * @param sections its sections in document order
 * @param proposals the items of its Proposal(s) sections
 * @param footnotes footnotes, kept out of the body text
 * @param resolutions every resolution citation, in text order
 * @param references every reference to another document, in text order
 * @param text the cleaned full text that all offsets point into
 * @param words number of words in {@code text}
 */
public record DocumentRecord(
    String id,
    SourceFile file,
    Metadata metadata,
    List<Section> sections,
    List<ProposalItem> proposals,
    List<Footnote> footnotes,
    List<ResolutionMention> resolutions,
    List<DocumentReference> references,
    String text,
    int words) {

  public DocumentRecord {
    sections = List.copyOf(sections);
    proposals = List.copyOf(proposals);
    footnotes = List.copyOf(footnotes);
    resolutions = List.copyOf(resolutions);
    references = List.copyOf(references);
  }

  /** The same record with other text (null: stored apart, as the index does). */
  public DocumentRecord withText(String otherText) {
    return new DocumentRecord(
        id,
        file,
        metadata,
        sections,
        proposals,
        footnotes,
        resolutions,
        references,
        otherText,
        words);
  }

  /** The same record with its references resolved, or otherwise replaced. */
  public DocumentRecord withReferences(List<DocumentReference> otherReferences) {
    return new DocumentRecord(
        id,
        file,
        metadata,
        sections,
        proposals,
        footnotes,
        resolutions,
        otherReferences,
        text,
        words);
  }

  /** The section whose span holds the given offset of {@code text}, or null. */
  public Section sectionAt(int offset) {
    for (Section section : sections) {
      if (section.start() <= offset && offset < section.end()) {
        return section;
      }
    }
    return null;
  }
}
