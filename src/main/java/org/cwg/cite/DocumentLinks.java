package org.cwg.cite;

import java.util.List;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;

/**
 * What {@code cwg refs DOC} shows: the documents DOC refers to and those referring to it. The JSON
 * field names are a scripting interface: add, never rename.
 *
 * @param document the document asked about
 * @param references its references in text order, resolved against the corpus
 * @param referencedBy the documents referring to it, by meeting then number
 * @param targets the documents its references resolve to, once each, in order of first reference
 */
public record DocumentLinks(
    DocumentSummary document,
    List<DocumentReference> references,
    List<Referrer> referencedBy,
    List<DocumentSummary> targets) {

  public DocumentLinks {
    references = List.copyOf(references);
    referencedBy = List.copyOf(referencedBy);
    targets = List.copyOf(targets);
  }

  /** The target document of a resolved reference, if it is one of {@link #targets()}. */
  public java.util.Optional<DocumentSummary> targetOf(DocumentReference reference) {
    return targets.stream().filter(t -> t.id().equals(reference.target())).findFirst();
  }

  /**
   * A document referring to the one asked about.
   *
   * @param document the referring document
   * @param references each of its references that resolves to the one asked about
   */
  public record Referrer(DocumentSummary document, List<DocumentReference> references) {

    public Referrer {
      references = List.copyOf(references);
    }
  }
}
