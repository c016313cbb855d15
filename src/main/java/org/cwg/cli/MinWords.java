package org.cwg.cli;

import java.io.IOException;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;

/** What {@code reuse} and {@code similar} check of their arguments before reading texts. */
final class MinWords {

  /** Below this, shared phrases ("the Council Working Group") would pass for reuse. */
  static final int LOWEST = 8;

  private MinWords() {}

  static void require(int minWords) {
    if (minWords < LOWEST) {
      throw new IllegalArgumentException(
          "--min-words must be at least " + LOWEST + ", not " + minWords);
    }
  }

  /** The indexed document DOC names, or a one-line error. */
  static DocumentRecord indexed(CorpusReader reader, String doc) throws IOException {
    return DocumentResolver.find(reader, doc)
        .orElseThrow(() -> new IllegalArgumentException("no document '" + doc + "' in the index"));
  }
}
