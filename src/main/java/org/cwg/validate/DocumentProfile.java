package org.cwg.validate;

import java.util.List;
import java.util.Locale;
import org.cwg.model.Metadata;

/**
 * What a document is checked as: its family and type, as the user declared them (command line or
 * rules file) or, when not declared, as the document says.
 *
 * @param family council, itu-t, itu-r, itu-d, conference, other; null when unknown
 * @param type contribution, report, td, liaison, ...; null when unknown
 */
public record DocumentProfile(String family, String type) {

  /** The families metadata and users name. */
  public static final List<String> FAMILIES =
      List.of("council", "itu-t", "itu-r", "itu-d", "conference", "other");

  /** The document types metadata and users name. */
  public static final List<String> TYPES =
      List.of(
          "contribution",
          "report",
          "td",
          "liaison",
          "recommendation",
          "resolution",
          "agenda",
          "information",
          "note",
          "summary",
          "other");

  /** The profile a document is checked as: each declared value wins over the document's. */
  static DocumentProfile of(Metadata metadata, RuleSettings settings) {
    String family =
        settings.declaredFamily() != null ? settings.declaredFamily() : metadata.family();
    String type = settings.declaredType() != null ? settings.declaredType() : metadata.type();
    return new DocumentProfile(lower(family), lower(type));
  }

  /** Whether the family is one with its own templates; other and unknown ones are not. */
  boolean familyKnown() {
    return family != null && !family.equals("other");
  }

  /** {@code council}, or an error naming the allowed values. */
  public static String checkFamily(String family) {
    return checked(family, FAMILIES, "family");
  }

  /** {@code contribution}, or an error naming the allowed values. */
  public static String checkType(String type) {
    return checked(type, TYPES, "type");
  }

  /** How messages name the document: "a contribution", "a Council contribution", "an ITU-T TD". */
  String describe() {
    String typeName =
        switch (type) {
          case "td" -> "TD";
          case "liaison" -> "liaison statement";
          default -> type;
        };
    String familyName =
        !familyKnown()
            ? ""
            : switch (family) {
              case "council" -> "Council ";
              case "conference" -> "conference ";
              default -> family.toUpperCase(Locale.ROOT) + " ";
            };
    String named = familyName + typeName;
    return ("aeiouAEIOU".indexOf(named.charAt(0)) >= 0 ? "an " : "a ") + named;
  }

  private static String checked(String value, List<String> allowed, String what) {
    String wanted = lower(value);
    if (!allowed.contains(wanted)) {
      throw new IllegalArgumentException(
          "unknown " + what + " '" + value + "'; use one of " + String.join(", ", allowed));
    }
    return wanted;
  }

  private static String lower(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
