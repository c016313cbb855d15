package org.cwg.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a document is. Every non-null value has an entry in {@code provenance} keyed by the
 * field's JSON name ("number", "meeting", ...).
 *
 * @param number normalised document number such as {@code CWG-Internet-20/4} or {@code C25/45}
 * @param group the group, such as {@code CWG-Internet} or {@code Council}
 * @param meeting the meeting number, such as 20
 * @param place where the meeting was held
 * @param meetingDate ISO date of the meeting
 * @param date ISO date of the document
 * @param sources submitting Member States or entities
 * @param title the document's title
 * @param type contribution, report, summary, information, ...
 * @param language ISO 639-1 code such as {@code en}
 * @param provenance field name to where its value came from
 */
public record Metadata(
    String number,
    String group,
    Integer meeting,
    String place,
    String meetingDate,
    String date,
    List<String> sources,
    String title,
    String type,
    String language,
    Map<String, Provenance> provenance) {

  /** The fields in the order above, which is the order of {@code provenance}'s keys. */
  private static final List<String> FIELDS = List.of("number", "group", "meeting", "place",
      "meetingDate", "date", "sources", "title", "type", "language");

  public Metadata {
    sources = sources == null ? List.of() : List.copyOf(sources);
    provenance = provenance == null ? Map.of() : inFieldOrder(provenance);
  }

  /**
   * A copy whose keys follow the fields' order (others after, alphabetically): {@code
   * Map.copyOf} iterates in an order that changes from one JVM run to the next, and JSON output
   * must not.
   */
  private static Map<String, Provenance> inFieldOrder(Map<String, Provenance> provenance) {
    Map<String, Provenance> ordered = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Provenance from = provenance.get(field);
      if (from != null) {
        ordered.put(field, from);
      }
    }
    new TreeMap<>(provenance).forEach(ordered::putIfAbsent);
    return Collections.unmodifiableMap(ordered);
  }

  /** Metadata with nothing known. */
  public static Metadata empty() {
    return new Metadata(null, null, null, null, null, null, List.of(), null, null, null, Map.of());
  }
}
