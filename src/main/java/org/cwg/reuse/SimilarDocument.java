package org.cwg.reuse;

import java.util.List;

/**
 * A document that shares passages with the one asked about.
 *
 * @param id its id
 * @param number its number, or null
 * @param title its title, or null
 * @param words the words of the asked document it shares, all passages together
 * @param share those words as a share of the asked document's words
 * @param sections the sections of this document the passages lie in, in order, each once
 * @param passages the shared passages, {@code a} in the asked document
 */
public record SimilarDocument(
    String id,
    String number,
    String title,
    int words,
    double share,
    List<String> sections,
    List<SharedPassage> passages) {

  public SimilarDocument {
    sections = List.copyOf(sections);
    passages = List.copyOf(passages);
  }
}
