package org.cwg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;

/** The references between the documents of a corpus, resolved once for the whole set. */
public final class ReferenceGraph {

  private final List<DocumentRecord> records;
  private final DocumentDirectory directory;
  private final Map<String, DocumentRecord> byId = new HashMap<>();

  /**
   * @param records the corpus, in the order results should list them
   */
  public ReferenceGraph(List<DocumentRecord> records) {
    this.records = List.copyOf(records);
    Map<String, String> numbers = new HashMap<>();
    for (DocumentRecord record : records) {
      byId.put(record.id(), record);
      if (record.metadata().number() != null) {
        numbers.put(record.id(), record.metadata().number());
      }
    }
    this.directory = new DocumentDirectory(numbers);
  }

  public DocumentDirectory directory() {
    return directory;
  }

  /** What {@code document} refers to and what refers to it. */
  public DocumentLinks linksOf(DocumentRecord document) {
    List<DocumentLinks.Referrer> referrers = new ArrayList<>();
    for (DocumentRecord other : records) {
      if (other.id().equals(document.id())) {
        continue;
      }
      List<DocumentReference> toDocument =
          ReferenceResolver.resolve(other.references(), directory).stream()
              .filter(r -> document.id().equals(r.target()))
              .toList();
      if (!toDocument.isEmpty()) {
        referrers.add(new DocumentLinks.Referrer(DocumentSummary.of(other), toDocument));
      }
    }
    List<DocumentReference> references =
        ReferenceResolver.resolve(document.references(), directory);
    Map<String, DocumentSummary> targets = new LinkedHashMap<>();
    for (DocumentReference reference : references) {
      if (reference.resolved()) {
        targets.computeIfAbsent(reference.target(), id -> DocumentSummary.of(byId.get(id)));
      }
    }
    return new DocumentLinks(
        DocumentSummary.of(document), references, referrers, List.copyOf(targets.values()));
  }
}
