package org.cwg.validate;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cwg.model.Metadata;

/**
 * A field of an ITU cover. A field is there when the metadata holds it or, for the fields metadata
 * does not carry (a liaison's addressees, Approval, Deadline) and as a fallback for the others,
 * when a cover line labelled so has a value: "Deadline: 15 May 2026", or the label in one table
 * cell and its value in the next.
 */
public enum CoverField {
  SOURCE("source", "Source", "Source", m -> !m.sources().isEmpty()),
  // Working-group covers often date a document by its meeting line alone ("Geneva, 4 October").
  DATE("date", "date", null, m -> m.date() != null || m.meetingDate() != null),
  TITLE("title", "Title", "Title", m -> m.title() != null),
  QUESTIONS(
      "questions",
      "Question(s)",
      "(?:Question\\(s\\)|Questions?|WG\\(s\\))(?:\\s*/\\s*WG\\(s\\))?",
      m -> !m.questions().isEmpty()),
  PURPOSE("purpose", "Purpose", "Purpose", m -> m.purpose() != null),
  CONTACT("contact", "Contact", "Contacts?", m -> !m.contacts().isEmpty()),
  FOR_ACTION_TO("for-action-to", "For action to", "For action to", m -> false),
  FOR_INFORMATION_TO("for-information-to", "For information to", "For information to", m -> false),
  FOR_COMMENT_TO("for-comment-to", "For comment to", "For comment to", m -> false),
  APPROVAL("approval", "Approval", "Approval", m -> false),
  DEADLINE("deadline", "Deadline", "Deadline", m -> false);

  private final String id;
  private final String label;
  private final Pattern labelPattern;
  private final Predicate<Metadata> inMetadata;

  CoverField(String id, String label, String labelRegex, Predicate<Metadata> inMetadata) {
    this.id = id;
    this.label = label;
    this.labelPattern = labelRegex == null ? null : CoverLines.labelPattern(labelRegex);
    this.inMetadata = inMetadata;
  }

  /** The id rules files and the template table use, such as {@code for-action-to}. */
  public String id() {
    return id;
  }

  /** How the cover writes it, for messages: "For action to". */
  public String label() {
    return label;
  }

  /** As messages name it: the label in quotes when the cover writes one ("Deadline"), or "date". */
  String named() {
    return labelPattern == null ? label : "\"" + label + "\"";
  }

  /** Whether the document has this field, in its metadata or on a labelled cover line. */
  boolean isPresent(Metadata metadata, CoverLines cover) {
    return inMetadata.test(metadata) || isLabelledOn(cover);
  }

  /** Whether a cover line labelled as this field has a value. */
  boolean isLabelledOn(CoverLines cover) {
    return labelPattern != null && cover.hasValue(labelPattern);
  }

  /** Parses an id such as {@code for-action-to} (case-insensitive). */
  public static CoverField fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (CoverField field : values()) {
      if (field.id.equals(wanted)) {
        return field;
      }
    }
    throw new IllegalArgumentException("unknown cover field '" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
