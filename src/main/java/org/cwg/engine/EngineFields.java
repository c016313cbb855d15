package org.cwg.engine;

import org.cwg.model.Language;

/**
 * The names a text field takes in an engine, by the language of its document. An engine analyses a
 * field the same way in every document, whereas cwg analyses each document in its own language: so
 * each text goes to an exact field (words as written, lower-cased and accents folded) and to a
 * stemmed field of its language, {@code text_stem_fr} for French. Chinese, which writes no spaces,
 * has an exact field of its own ({@code text_zh}), cut into words as cwg cuts it.
 */
public final class EngineFields {

  /** Every document's id: the document's own, its sections' and its front matter's. */
  public static final String ID = "id";

  /** The field of the whole text, stored only, on documents. */
  public static final String DOCUMENT_TEXT = "document_text";

  /** Number of words of the document. */
  public static final String WORDS = "words";

  /** Solr: the child documents that are a document's sections. */
  public static final String SECTIONS = "sections";

  /** Solr: the child document that is a document's front matter. */
  public static final String FRONT = "front";

  private EngineFields() {}

  /**
   * The exact field of {@code base} (text, title, heading) for a document in {@code language}:
   * {@code base}, or {@code base_zh} for Chinese.
   */
  public static String exact(String base, Language language) {
    return language == Language.CHINESE ? base + "_zh" : base;
  }

  /**
   * The stemmed field of {@code base} for a document in {@code language}: {@code base_stem_} and
   * the language code; a document of no known language is stemmed as English, as cwg stems it.
   */
  public static String stemmed(String base, Language language) {
    return base + "_stem_" + (language == null ? Language.ENGLISH : language).code();
  }

  /** Id of the section at {@code index} (0-based, in document order) of document {@code docId}. */
  public static String sectionId(String docId, int index) {
    return docId + "/section/" + index;
  }

  /** Id of the front matter of document {@code docId}. */
  public static String frontId(String docId) {
    return docId + "/front";
  }
}
