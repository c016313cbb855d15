package org.cwg.cite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents × resolutions: how many times each document cites each resolution.
 *
 * @param resolutions the resolutions, as keys such as {@code Council 1305}, most cited first
 * @param documents one row per citing document, by meeting then number
 */
public record CitationMatrix(List<String> resolutions, List<Row> documents) {

  public CitationMatrix {
    resolutions = List.copyOf(resolutions);
    documents = List.copyOf(documents);
  }

  /**
   * @param id stable id
   * @param path the file
   * @param number document number, or null
   * @param meeting meeting number, or null
   * @param mentions resolution key to mention count, for the resolutions it cites
   */
  public record Row(
      String id, String path, String number, Integer meeting, Map<String, Integer> mentions) {

    public Row {
      mentions = Collections.unmodifiableMap(new LinkedHashMap<>(mentions));
    }
  }
}
