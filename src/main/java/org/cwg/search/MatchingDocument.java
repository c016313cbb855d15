package org.cwg.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.cwg.model.DocumentSummary;

/**
 * A document that holds hits of a search, for listing documents rather than hits (like {@code rg
 * -l}). The JSON field names are a scripting interface: add, never rename.
 *
 * @param document the document, its fields written flat
 * @param hits how many of its sections (and front matter) match
 */
public record MatchingDocument(@JsonUnwrapped DocumentSummary document, int hits)
    implements OfDocument {

  /** The same document with one hit more. */
  MatchingDocument withOneMoreHit() {
    return new MatchingDocument(document, hits + 1);
  }
}
