package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import org.cwg.model.DocumentNumber;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/** Finds resolution citations and document references in cleaned text. Thread-safe. */
public final class CitationExtractor {

  private final ResolutionFinder resolutions = new ResolutionFinder();
  private final ReferenceFinder references = new ReferenceFinder();

  /**
   * @param text the document's cleaned text
   * @param sections its sections, to tell which section a citation falls in
   * @param ownNumber the document's own number (not a reference), or null
   */
  public Citations extract(String text, List<Section> sections, String ownNumber) {
    List<ResolutionMention> mentions = new ArrayList<>();
    ResolutionId own = ownResolution(ownNumber);
    for (ResolutionFinder.Mention m : resolutions.find(text, bodyOf(ownNumber))) {
      if (own != null
          && own.number().equals(m.number())
          && (m.inferred() || own.body().equals(m.body()))) {
        continue;
      }
      if (ContentsLines.holds(text, m.start())) {
        continue;
      }
      mentions.add(
          new ResolutionMention(
              m.body(),
              m.number(),
              m.qualifier(),
              m.title(),
              text.substring(m.start(), m.end()),
              m.start(),
              m.end(),
              sectionAt(sections, m.start()),
              m.inferred()));
    }
    return new Citations(mentions, references.find(text, ownNumber));
  }

  /**
   * The resolution a published resolution is ("WTSA Res. 76"): its own number heads it and runs
   * through its text, and is no citation. Null for any other document.
   */
  static ResolutionId ownResolution(String ownNumber) {
    if (ownNumber == null || !ownNumber.matches("(?i).*\\bRes(?:\\.|olution)\\s*\\d.*")) {
      return null;
    }
    try {
      ResolutionId.Parsed parsed = ResolutionId.parse(ownNumber);
      return parsed.bodyGiven() ? parsed.id() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Whose resolutions a bare number means in a document of this number: a conference's own (PP,
   * WTSA, WTDC, WRC, RA), WTDC's at its regional preparatory meetings, WTSA's in ITU-T and WTDC's
   * in ITU-D; null elsewhere.
   */
  static String bodyOf(String ownNumber) {
    ResolutionId resolution = ownResolution(ownNumber);
    if (resolution != null) {
      // A published WTSA resolution's bare "Resolution 2" is WTSA's.
      return resolution.body();
    }
    if (ownNumber != null && ownNumber.startsWith("ITU-T ")) {
      // A published ITU-T Recommendation's bare "Resolution 1" is WTSA's, an ITU-R one's the
      // Radiocommunication Assembly's.
      return ResolutionBodies.WTSA;
    }
    if (ownNumber != null && ownNumber.startsWith("ITU-R ")) {
      return ResolutionBodies.RA;
    }
    String own = ownNumber == null ? null : DocumentNumber.canonical(ownNumber).orElse(null);
    if (own == null) {
      return null;
    }
    String group = DocumentNumber.groupOf(own);
    if (List.of("PP", "WTSA", "WTDC", "WRC", "RA").contains(group)) {
      return group;
    }
    if (group.startsWith("RPM-")) {
      // A regional preparatory meeting prepares the next WTDC: its bare numbers are WTDC's.
      return ResolutionBodies.WTDC;
    }
    return switch (DocumentNumber.familyOf(own)) {
      case DocumentNumber.ITU_T -> "WTSA";
      case DocumentNumber.ITU_D -> "WTDC";
      default -> null;
    };
  }

  private static SectionKind sectionAt(List<Section> sections, int offset) {
    for (Section section : sections) {
      if (section.start() <= offset && offset < section.end()) {
        return section.kind();
      }
    }
    return null;
  }
}
