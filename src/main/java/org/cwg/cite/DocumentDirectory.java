package org.cwg.cite;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cwg.model.DocumentNumber;
import org.cwg.model.NaturalOrder;

/**
 * Which indexed document carries a number. A reference resolves to the document with exactly its
 * number, else to the document it amends ({@code CWG-Internet-20/1(Rev.2)} to {@code
 * CWG-Internet-20/1}), else to the latest revision of the same document; references may name any of
 * them and the corpus may hold only one.
 */
public final class DocumentDirectory {

  private final Map<String, String> idByNumber = new HashMap<>();

  /** Base number to the highest number amending it, such as its latest revision. */
  private final Map<String, String> latestByBase = new HashMap<>();

  /**
   * @param numberById document id to its canonical number, for documents that have one
   */
  public DocumentDirectory(Map<String, String> numberById) {
    numberById.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> add(e.getKey(), e.getValue()));
  }

  private void add(String id, String written) {
    if (written == null) {
      return;
    }
    String number = canonical(written);
    idByNumber.putIfAbsent(number, id);
    latestByBase.merge(
        DocumentNumber.base(number),
        number,
        (a, b) -> NaturalOrder.INSTANCE.compare(a, b) >= 0 ? a : b);
  }

  /**
   * The id of the document a number points at, if the corpus holds it. The number may be written in
   * any of its spellings: {@code FG-AINN-I-236-R1} finds {@code FG-AINN-I-236(Rev.1)}.
   */
  public Optional<String> resolve(String written) {
    String canonical = canonical(written);
    String exact = idByNumber.get(canonical);
    if (exact != null) {
      return Optional.of(exact);
    }
    String base = DocumentNumber.base(canonical);
    String original = idByNumber.get(base);
    if (original != null) {
      return Optional.of(original);
    }
    String latest = latestByBase.get(base);
    return Optional.ofNullable(latest == null ? null : idByNumber.get(latest));
  }

  /** Numbers from older indexes or typed by hand are read as canonical ones. */
  private static String canonical(String written) {
    return DocumentNumber.canonical(written).orElse(written);
  }
}
