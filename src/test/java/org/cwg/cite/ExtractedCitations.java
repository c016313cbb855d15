package org.cwg.cite;

import java.util.List;
import org.cwg.model.DocumentReference;

/** What the extractor finds in a text, as short strings the convention tests compare. */
final class ExtractedCitations {

  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  private ExtractedCitations() {}

  /** Each resolution mention as "BODY NUMBER". */
  static List<String> bodies(String text) {
    return EXTRACTOR.extract(text, List.of(), null).resolutions().stream()
        .map(m -> m.body() + " " + m.number())
        .toList();
  }

  /** The ids of the documents the text refers to, written in a document numbered {@code own}. */
  static List<String> references(String text, String own) {
    return EXTRACTOR.extract(text, List.of(), own).references().stream()
        .map(DocumentReference::id)
        .toList();
  }
}
