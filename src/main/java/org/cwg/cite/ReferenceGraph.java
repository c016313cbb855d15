package org.cwg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Language;

/** The references between the documents of a corpus, resolved once for the whole set. */
public final class ReferenceGraph {

  private final List<DocumentRecord> records;
  private final DocumentDirectory directory;
  private final Map<String, DocumentRecord> byId = new HashMap<>();

  /** Each number's language version that references to it resolve to. */
  private final Map<String, DocumentRecord> standing = new HashMap<>();

  /**
   * @param records the corpus, in the order results should list them
   */
  public ReferenceGraph(List<DocumentRecord> records) {
    this.records = List.copyOf(records);
    for (DocumentRecord record : records) {
      byId.put(record.id(), record);
      String number = record.metadata().number();
      if (number != null) {
        standing.merge(number, record, ReferenceGraph::preferred);
      }
    }
    Map<String, String> numbers = new HashMap<>();
    standing.values().forEach(r -> numbers.put(r.id(), r.metadata().number()));
    this.directory = new DocumentDirectory(numbers);
  }

  /** Of two language versions of one number, the one a reference to the number stands for. */
  private static DocumentRecord preferred(DocumentRecord a, DocumentRecord b) {
    int order =
        Integer.compare(
            Language.versionOrder(a.metadata().language()),
            Language.versionOrder(b.metadata().language()));
    return order < 0 || order == 0 && a.id().compareTo(b.id()) <= 0 ? a : b;
  }

  /**
   * The id a reference to this document's number resolves to: its standing language version, the
   * one that stands for all its versions (itself when it has no number).
   */
  public String standingId(DocumentRecord document) {
    String number = document.metadata().number();
    return number == null ? document.id() : standing.get(number).id();
  }

  public DocumentDirectory directory() {
    return directory;
  }

  /** What {@code document} refers to and what refers to it. */
  public DocumentLinks linksOf(DocumentRecord document) {
    List<DocumentLinks.Referrer> referrers = new ArrayList<>();
    String target = standingId(document);
    for (DocumentRecord other : records) {
      if (other.id().equals(document.id()) || standingId(other).equals(target)) {
        continue; // the document itself, or another language version of it
      }
      List<DocumentReference> toDocument =
          ReferenceResolver.resolve(other.references(), directory).stream()
              .filter(r -> target.equals(r.target()))
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
