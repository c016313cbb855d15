package org.cwg.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Language;

/**
 * A meeting's documents one per number: ITU publishes a document in several languages under one
 * number, and a meeting lists the document once, shown by its English version as {@code list} and
 * {@code show} do. A document without a number stands alone.
 */
final class LanguageVersions {

  /** Of the versions of one number, the one that stands for it first. */
  static final Comparator<DocumentRecord> STANDING_FIRST =
      Comparator.comparingInt((DocumentRecord r) -> Language.versionOrder(r.metadata().language()))
          .thenComparing(DocumentRecord::id);

  private LanguageVersions() {}

  /**
   * The records grouped by number, in the order each number first appears; each group's standing
   * version first, then the others in ITU's order of languages.
   */
  static List<List<DocumentRecord>> group(List<DocumentRecord> records) {
    Map<String, List<DocumentRecord>> byNumber = new LinkedHashMap<>();
    for (DocumentRecord record : records) {
      String number = record.metadata().number();
      String key = number != null ? "number " + number : "id " + record.id();
      byNumber.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
    }
    List<List<DocumentRecord>> groups = new ArrayList<>();
    for (List<DocumentRecord> versions : byNumber.values()) {
      DocumentRecord standing = standing(versions);
      List<DocumentRecord> ordered = new ArrayList<>(List.of(standing));
      versions.stream()
          .filter(r -> r != standing)
          .sorted(
              Comparator.comparingInt(
                      (DocumentRecord r) -> Language.ituOrder(r.metadata().language()))
                  .thenComparing(DocumentRecord::id))
          .forEach(ordered::add);
      groups.add(List.copyOf(ordered));
    }
    return groups;
  }

  /** The version that stands for a document: English, else the first in ITU's order. */
  static DocumentRecord standing(List<DocumentRecord> versions) {
    return versions.stream().min(STANDING_FIRST).orElseThrow();
  }

  /** The versions' languages as ISO 639-1 codes, in ITU's order, those not known left out. */
  static List<String> languages(List<DocumentRecord> versions) {
    return versions.stream()
        .map(r -> r.metadata().language())
        .filter(code -> Language.ofCode(code).isPresent())
        .distinct()
        .sorted(Comparator.comparingInt(Language::ituOrder))
        .toList();
  }
}
