package org.cwg.cite;

import java.util.List;

/**
 * One resolution cited in the corpus, as {@code cwg cites} lists it. The JSON field names are a
 * scripting interface: add, never rename.
 *
 * @param body the body that adopted it
 * @param number its number
 * @param qualifier always null: the counts take in every revision of the resolution
 * @param title its title from the catalogue, else as first quoted in a document, else null
 * @param documents how many documents cite it
 * @param mentions how many times they cite it
 * @param meetings the meetings of the citing documents, ascending
 */
public record CitedResolution(
    String body,
    String number,
    String qualifier,
    String title,
    int documents,
    int mentions,
    List<Integer> meetings) {

  public CitedResolution {
    meetings = List.copyOf(meetings);
  }

  public ResolutionId id() {
    return new ResolutionId(body, number);
  }
}
