package org.cwg.generate;

import java.util.List;

/**
 * What the corpus generator put into one document: the ground truth that ingest, extraction and
 * search results are checked against. One line of the truth manifest (JSON Lines).
 *
 * @param file the file name inside the corpus folder
 * @param number canonical document number, such as {@code CWG-Internet-12/3}
 * @param type contribution or report
 * @param meeting the meeting number
 * @param meetingDate ISO date of the meeting
 * @param place where the meeting was held
 * @param date ISO date of the document
 * @param title the title
 * @param sources submitting Member States, in cover order (empty for reports)
 * @param sections every section in document order
 * @param proposals number of proposal items
 * @param resolutions each cited resolution once, in order of first citation
 * @param citations every resolution citation exactly as written, in text order
 * @param references canonical numbers of the other documents referred to, in order of first
 *     reference
 * @param passages ids of the shared passages the document reuses
 * @param themes the topics a contribution dwells on, its title's first (empty for a report)
 * @param planted the planted reuse it holds: passages it is the source of, and copies it holds with
 *     the edits that made them
 */
public record TruthRecord(
    String file,
    String number,
    String type,
    int meeting,
    String meetingDate,
    String place,
    String date,
    String title,
    List<String> sources,
    List<TruthSection> sections,
    int proposals,
    List<TruthResolution> resolutions,
    List<String> citations,
    List<String> references,
    List<Integer> passages,
    List<String> themes,
    List<PlantedReuse.Planted> planted) {

  public TruthRecord {
    planted = planted == null ? List.of() : List.copyOf(planted);
    sources = List.copyOf(sources);
    sections = List.copyOf(sections);
    resolutions = List.copyOf(resolutions);
    citations = List.copyOf(citations);
    references = List.copyOf(references);
    passages = List.copyOf(passages);
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  /**
   * A section as written.
   *
   * @param kind the section kind's id ("purpose", "proposal", ...)
   * @param heading the heading without its number
   * @param number the printed number, or null
   * @param level 1 for top-level sections
   */
  public record TruthSection(String kind, String heading, String number, int level) {}

  /**
   * A cited resolution.
   *
   * @param body PP, Council, WTSA, WTDC or UNGA
   * @param number its number
   * @param qualifier the qualifier written with it in this document, or null when never written
   * @param mentions how many times it is cited, each number of a list counting once
   */
  public record TruthResolution(String body, String number, String qualifier, int mentions) {}
}
