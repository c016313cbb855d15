package org.cwg.model;

/**
 * One place where a document cites a resolution. A list such as "Resolutions 101, 102 and 133"
 * yields one mention per number.
 *
 * @param body PP, Council, WTSA, WTDC, WRC, RA, UNGA, ECOSOC or UNSC; null when the body could not
 *     be told (a deduced body the catalogue of resolutions rules out)
 * @param number the resolution's number as a string ("1305", "70/125")
 * @param qualifier revision or adoption ("Rev. Bucharest, 2022", "Modified 2019", "WRC-23"), or
 *     null
 * @param title the title quoted next to the citation, or null
 * @param text the citation as written
 * @param start offset of the citation in the document's cleaned text
 * @param end offset just past the citation
 * @param section kind of the section the citation falls in, or null outside any section
 * @param inferred true when the body was not written but deduced
 */
public record ResolutionMention(
    String body,
    String number,
    String qualifier,
    String title,
    String text,
    int start,
    int end,
    SectionKind section,
    boolean inferred) {

  /** The resolution's key, such as {@code Council 1305}. */
  public String key() {
    return body + " " + number;
  }
}
