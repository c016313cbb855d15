package org.cwg.model;

/**
 * A reference from one document to another by its number.
 *
 * @param id canonical id of the referenced document, such as {@code CWG-Internet-20/1(Rev.2)}
 * @param text the reference as written
 * @param start offset in the document's cleaned text
 * @param end offset just past the reference
 * @param resolved whether an indexed document carries this number
 * @param target index id of that document, or null when unresolved
 */
public record DocumentReference(
    String id, String text, int start, int end, boolean resolved, String target) {

  /** The same reference, resolved (or not) against the corpus. */
  public DocumentReference resolvedTo(String targetId) {
    return new DocumentReference(id, text, start, end, targetId != null, targetId);
  }
}
