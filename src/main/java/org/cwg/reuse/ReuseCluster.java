package org.cwg.reuse;

import java.util.List;

/**
 * One passage that travels through several documents.
 *
 * @param documents where it lies in each document, in corpus order, one entry per document
 * @param words its length in words, as in the first document
 * @param text the passage as written in the first document
 */
public record ReuseCluster(List<PassageRef> documents, int words, String text) {

  public ReuseCluster {
    documents = List.copyOf(documents);
  }
}
