package org.cwg.cite;

import java.util.List;
import org.cwg.model.DocumentReference;

/**
 * Resolves references against the corpus when it is read, not when a document is ingested: the
 * document referred to may be ingested later.
 */
public final class ReferenceResolver {

  private ReferenceResolver() {}

  /** The same references, each with {@code resolved} and {@code target} set. */
  public static List<DocumentReference> resolve(
      List<DocumentReference> references, DocumentDirectory directory) {
    return references.stream()
        .map(r -> r.resolvedTo(directory.resolve(r.id()).orElse(null)))
        .toList();
  }
}
