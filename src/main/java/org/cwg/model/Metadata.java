package org.cwg.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a document is. Every non-null value has an entry in {@code provenance} keyed by the field's
 * JSON name ("number", "meeting", ...).
 *
 * @param number normalised document number such as {@code CWG-Internet-20/4} or {@code C25/45}
 * @param family the ITU family the document belongs to: council, itu-t, itu-r, itu-d, conference or
 *     other
 * @param group the group, such as {@code CWG-Internet} or {@code Council}
 * @param meeting the meeting number, such as 20
 * @param place where the meeting was held
 * @param meetingDate ISO date of the meeting
 * @param date ISO date of the document
 * @param sources submitting Member States or entities
 * @param title the document's title
 * @param type contribution, report, summary, information, ...
 * @param language ISO 639-1 code such as {@code en}
 * @param questions ITU-T/ITU-D Questions the document is for, such as {@code 4/17}
 * @param purpose the cover's Purpose value: Proposal, Discussion, Information, ...
 * @param revision the revision the number carries, such as {@code Rev.1}
 * @param contacts the cover's contact blocks
 * @param placeholder a placeholder written where the number goes ({@code I-XXX}); never a number
 * @param provenance field name to where its value came from
 * @param rules field name to the rule that found its value, such as "cover: ITU-T table, cell right
 *     of 'Title:'"
 */
public record Metadata(
    String number,
    String family,
    String group,
    Integer meeting,
    String place,
    String meetingDate,
    String date,
    List<String> sources,
    String title,
    String type,
    String language,
    List<String> questions,
    String purpose,
    String revision,
    List<Contact> contacts,
    String placeholder,
    Map<String, Provenance> provenance,
    Map<String, String> rules) {

  /**
   * The fields in the order above: the order of {@code provenance}'s keys, and the order in which a
   * document's metadata is shown.
   */
  public static final List<String> FIELDS =
      List.of(
          "number",
          "family",
          "group",
          "meeting",
          "place",
          "meetingDate",
          "date",
          "sources",
          "title",
          "type",
          "language",
          "questions",
          "purpose",
          "revision",
          "contacts",
          "placeholder");

  public Metadata {
    sources = sources == null ? List.of() : List.copyOf(sources);
    questions = questions == null ? List.of() : List.copyOf(questions);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    provenance = provenance == null ? Map.of() : inFieldOrder(provenance);
    rules = rules == null ? Map.of() : inFieldOrder(rules);
  }

  /** Metadata of the fields every family has, as before families were read. */
  public Metadata(
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
    this(
        number,
        null,
        group,
        meeting,
        place,
        meetingDate,
        date,
        sources,
        title,
        type,
        language,
        List.of(),
        null,
        null,
        List.of(),
        null,
        provenance,
        Map.of());
  }

  /**
   * A copy whose keys follow the fields' order (others after, alphabetically): {@code Map.copyOf}
   * iterates in an order that changes from one JVM run to the next, and JSON output must not.
   */
  private static <V> Map<String, V> inFieldOrder(Map<String, V> provenance) {
    Map<String, V> ordered = new LinkedHashMap<>();
    for (String field : FIELDS) {
      V from = provenance.get(field);
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
