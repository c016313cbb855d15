package org.cwg.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.Contact;
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
  static final String FAMILY = "family";
  static final String QUESTIONS = "questions";
  static final String PURPOSE = "purpose";
  static final String REVISION = "revision";
  static final String CONTACTS = "contacts";
  static final String PLACEHOLDER = "placeholder";

  static final List<String> FIELDS =
      List.of(
          NUMBER,
          FAMILY,
          GROUP,
          MEETING,
          PLACE,
          MEETING_DATE,
          DATE,
          SOURCES,
          TITLE,
          TYPE,
          LANGUAGE,
          QUESTIONS,
          PURPOSE,
          REVISION,
          CONTACTS,
          PLACEHOLDER);

  /** A value on offer, where it came from and the rule that found it (or null). */
  private record Offer(Object value, Provenance provenance, String rule) {}

  private final Map<String, Offer> fields = new HashMap<>();
  private final TypeEvidence typeEvidence = new TypeEvidence();

  /** Offers a value; blank strings and empty lists are ignored. */
  void offer(String field, Object value, Provenance provenance) {
    offer(field, value, provenance, null);
  }

  /**
   * Offers a value found by a named rule, such as "cover: ITU-T table, cell right of 'Title:'",
   * which {@code show} reports beside the provenance.
   */
  void offer(String field, Object value, Provenance provenance, String rule) {
    if (value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> l && l.isEmpty())) {
      return;
    }
    Offer held = fields.get(field);
    if (held == null || provenance.compareTo(held.provenance()) < 0) {
      fields.put(field, new Offer(value instanceof String s ? s.strip() : value, provenance, rule));
    }
  }

  /** Puts a value in place of the one held, when a later rule reads the document better. */
  void replace(String field, Object value, Provenance provenance, String rule) {
    fields.remove(field);
    offer(field, value, provenance, rule);
  }

  /**
   * Offers a document number: canonical when it parses, and with it the group and meeting it
   * implies, from the same source.
   */
  void offerNumber(String written, Provenance provenance) {
    offerNumber(written, provenance, null);
  }

  /** As {@link #offerNumber(String, Provenance)}, found by a named rule. */
  void offerNumber(String written, Provenance provenance, String rule) {
    String canonical = DocumentNumber.canonical(written).orElse(null);
    if (canonical == null) {
      offer(NUMBER, written, provenance, rule);
      return;
    }
    offer(NUMBER, canonical, provenance, rule);
    if (!canonical.equals(get(NUMBER))) {
      // Another number was kept: its group, meeting and revision are the document's, not these.
      return;
    }
    offer(GROUP, DocumentNumber.groupOf(canonical), provenance, rule);
    offer(MEETING, DocumentNumber.meetingOf(canonical), provenance, rule);
    int paren = canonical.indexOf('(');
    if (paren > 0) {
      offer(
          REVISION,
          canonical.substring(paren + 1, canonical.indexOf(')', paren)),
          provenance,
          rule);
    }
  }

  /** Records evidence of the document's type, which {@link #decideType()} weighs. */
  void cue(TypeEvidence.Cue cue, String type, Provenance provenance, String rule) {
    typeEvidence.add(cue, type, provenance, rule);
  }

  /** Whether some evidence so far names the type. */
  boolean typeCueNames(String type) {
    return typeEvidence.found().stream().anyMatch(found -> found.type().equals(type));
  }

  /** The type the evidence so far scores highest, or null; a manifest's type is kept. */
  String typeSoFar() {
    if (provenanceOf(TYPE) == Provenance.MANIFEST) {
      return (String) get(TYPE);
    }
    TypeScores.Decision decision = TypeScores.decide(typeEvidence);
    return decision == null ? null : decision.type();
  }

  /**
   * Offers the type the evidence scores highest, with the scores as its rule; the series of the
   * document's own number is evidence too.
   */
  private void decideType() {
    TypeEvidence evidence = typeEvidence.copy();
    evidence.addSeries(get(NUMBER), provenanceOf(NUMBER));
    TypeScores.Decision decision = TypeScores.decide(evidence);
    if (decision != null) {
      offer(TYPE, decision.type(), decision.provenance(), decision.rule());
    }
  }

  Provenance provenanceOf(String field) {
    Offer offer = fields.get(field);
    return offer == null ? null : offer.provenance();
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
    decideType();
    Map<String, Provenance> provenance = new HashMap<>();
    Map<String, String> rules = new HashMap<>();
    fields.forEach(
        (field, offer) -> {
          provenance.put(field, offer.provenance());
          if (offer.rule() != null) {
            rules.put(field, offer.rule());
          }
        });
    return new Metadata(
        (String) get(NUMBER),
        (String) get(FAMILY),
        (String) get(GROUP),
        (Integer) get(MEETING),
        (String) get(PLACE),
        (String) get(MEETING_DATE),
        (String) get(DATE),
        (List<String>) get(SOURCES),
        (String) get(TITLE),
        (String) get(TYPE),
        (String) get(LANGUAGE),
        (List<String>) get(QUESTIONS),
        (String) get(PURPOSE),
        (String) get(REVISION),
        (List<Contact>) get(CONTACTS),
        (String) get(PLACEHOLDER),
        provenance,
        rules);
  }
}
