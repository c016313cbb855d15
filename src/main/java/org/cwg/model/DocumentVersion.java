package org.cwg.model;

/**
 * One language version of a document: ITU publishes a document under one number in up to six
 * languages, each a file of its own.
 *
 * @param language ISO 639-1 code such as {@code fr}, or null when not known
 * @param id the version's stable id in the index
 * @param path the version's file
 */
public record DocumentVersion(String language, String id, String path) {

  /**
   * ITU's order of languages (Arabic, Chinese, English, French, Russian, Spanish), unknown last.
   */
  public int languageOrder() {
    return Language.ituOrder(language);
  }
}
