package org.cwg.validate;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every check cwg validate makes. The ids are a stable interface: rules files and CI use them. New
 * rules go at the end, so that existing rules keep their index in SARIF logs.
 */
public enum Rule {
  FILE_UNREADABLE(
      "file-unreadable",
      Severity.ERROR,
      "The file cannot be read: encrypted, corrupt, empty, too large or of an unsupported type."),
  TYPE_UNKNOWN(
      "type-unknown",
      Severity.WARNING,
      "The document type (contribution, report, ...) cannot be determined, so its required"
          + " sections are not checked."),
  NUMBER_MISSING(
      "number-missing",
      Severity.ERROR,
      "No document number (such as CWG-Internet-20/4) can be found."),
  NUMBER_FILENAME_MISMATCH(
      "number-filename-mismatch",
      Severity.ERROR,
      "The file name carries a document number that differs from the document's own."),
  MEETING_MISSING(
      "meeting-missing",
      Severity.WARNING,
      "The meeting the document belongs to cannot be identified."),
  SECTION_MISSING(
      "section-missing", Severity.ERROR, "A section required for the document type is missing."),
  SECTION_EMPTY("section-empty", Severity.ERROR, "A required section has a heading but no text."),
  SECTION_ORDER(
      "section-order", Severity.WARNING, "The required sections are not in the usual order."),
  CITATION_BODY_UNKNOWN(
      "citation-body-unknown",
      Severity.WARNING,
      "A resolution is cited without saying whose it is (PP, Council, WTSA, ...), and the"
          + " context does not tell."),
  CITATION_MISSING_REVISION(
      "citation-missing-revision",
      Severity.WARNING,
      "The first mention of a resolution does not give its revision, such as"
          + " (Rev. Bucharest, 2022)."),
  CITATION_OUTDATED_REVISION(
      "citation-outdated-revision",
      Severity.WARNING,
      "A resolution is cited in a revision older than the latest one made by the document's"
          + " date, such as (Rev. Dubai, 2018) after (Rev. Bucharest, 2022)."),
  CITATION_UNKNOWN_RESOLUTION(
      "citation-unknown-resolution",
      Severity.WARNING,
      "A resolution is cited by a number its body never gave, as far as the catalogue of"
          + " resolutions can tell."),
  REFERENCE_UNRESOLVED(
      "reference-unresolved",
      Severity.WARNING,
      "A document referred to by number is not in the index (checked only with --index)."),
  TRACKED_CHANGES(
      "tracked-changes",
      Severity.ERROR,
      "The file still holds tracked changes: insertions, deletions, moves or formatting."),
  COMMENTS("comments", Severity.WARNING, "The file still holds reviewers' comments."),
  HIGHLIGHTED_TEXT(
      "highlighted-text",
      Severity.WARNING,
      "Some text is highlighted, often a reminder left while drafting."),
  EXPORT_ARTIFACTS(
      "export-artifacts",
      Severity.WARNING,
      "Export artifacts such as [bookmark: ...] or [footnoteRef:1] are left in the text."),
  NUMBER_PLACEHOLDER(
      "number-placeholder",
      Severity.ERROR,
      "The document number is still a placeholder, such as FG-AI4SSC-I-XXX."),
  REVISION_MISMATCH(
      "revision-mismatch",
      Severity.ERROR,
      "The cover and the file name give different revisions (Rev.1, Add.1, ...) of the same"
          + " document."),
  COVER_MISSING(
      "cover-missing",
      Severity.ERROR,
      "The document has no cover: no source, date or title, though its file name or type says"
          + " it needs one."),
  COVER_FIELD_MISSING(
      "cover-field-missing",
      Severity.WARNING,
      "A cover field the family's template requires for the document type (Source, Purpose,"
          + " Deadline, ...) is missing."),
  CONTACT_WITHOUT_EMAIL(
      "contact-without-email", Severity.WARNING, "A contact on the cover gives no e-mail address.");

  private final String id;
  private final Severity defaultSeverity;
  private final String meaning;

  Rule(String id, Severity defaultSeverity, String meaning) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.meaning = meaning;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One sentence saying what the rule finds. */
  public String meaning() {
    return meaning;
  }

  /** The rule with this id. */
  public static Rule fromId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "unknown rule '" + id + "'; 'cwg validate --list-rules'" + " shows them all");
  }

  @Override
  public String toString() {
    return id;
  }
}
