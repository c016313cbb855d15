package org.cwg.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;

/**
 * Metadata being gathered from several sources. Each field keeps the value from the most
 * authoritative source that offered one (manifest, cover, file name, properties, text); among
 * equals, the first offered wins. Not thread-safe: one per document.
 */
final class MetadataDraft {

  static final String NUMBER = "number";
  static final String GROUP = "group";
  static final String MEETING = "meeting";
  static final String PLACE = "place";
  static final String MEETING_DATE = "meetingDate";
  static final String DATE = "date";
  static final String SOURCES = "sources";
  static final String TITLE = "title";
  static final String TYPE = "type";
  static final String LANGUAGE = "language";

  static final List<String> FIELDS = List.of(NUMBER, GROUP, MEETING, PLACE, MEETING_DATE, DATE,
      SOURCES, TITLE, TYPE, LANGUAGE);

  private record Offer(Object value, Provenance provenance) {}

  private final Map<String, Offer> fields = new HashMap<>();

  /** Offers a value; blank strings and empty lists are ignored. */
  void offer(String field, Object value, Provenance provenance) {
    if (value == null || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> l && l.isEmpty())) {
      return;
    }
    Offer held = fields.get(field);
    if (held == null || provenance.compareTo(held.provenance()) < 0) {
      fields.put(field, new Offer(value instanceof String s ? s.strip() : value, provenance));
    }
  }

  /**
   * Offers a document number: canonical when it parses, and with it the group and meeting it
   * implies, from the same source.
   */
  void offerNumber(String written, Provenance provenance) {
    String canonical = DocumentNumber.canonical(written).orElse(null);
    if (canonical == null) {
      offer(NUMBER, written, provenance);
      return;
    }
    offer(NUMBER, canonical, provenance);
    offer(GROUP, DocumentNumber.groupOf(canonical), provenance);
    offer(MEETING, DocumentNumber.meetingOf(canonical), provenance);
    if (canonical.contains("/INF/")) {
      offer(TYPE, "information", provenance);
    }
  }

  boolean has(String field) {
    return fields.containsKey(field);
  }

  Object get(String field) {
    Offer offer = fields.get(field);
    return offer == null ? null : offer.value();
  }

  @SuppressWarnings("unchecked")
  Metadata build() {
    Map<String, Provenance> provenance = new HashMap<>();
    fields.forEach((field, offer) -> provenance.put(field, offer.provenance()));
    return new Metadata(
        (String) get(NUMBER),
        (String) get(GROUP),
        (Integer) get(MEETING),
        (String) get(PLACE),
        (String) get(MEETING_DATE),
        (String) get(DATE),
        (List<String>) get(SOURCES),
        (String) get(TITLE),
        (String) get(TYPE),
        (String) get(LANGUAGE),
        provenance);
  }
}
