package org.cwg.reuse;

import java.util.List;

/**
 * The documents most like one document, most shared words first.
 *
 * @param id the asked document's id
 * @param number its number, or null
 * @param title its title, or null
 * @param words its length in words
 * @param similar the documents sharing passages with it
 */
public record SimilarReport(
    String id, String number, String title, int words, List<SimilarDocument> similar) {

  public SimilarReport {
    similar = List.copyOf(similar);
  }
}
