package org.cwg.validate;

import java.util.List;
import java.util.Optional;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;

/**
 * The document has a cover, with the fields its family's template requires for its type, and every
 * contact on it can be reached by e-mail (an address the metadata missed but the contact's block on
 * the cover gives counts).
 */
final class CoverCheck {

  private CoverCheck() {}

  static void run(
      CheckedDocument doc,
      DocumentProfile profile,
      CoverLines cover,
      RuleSettings settings,
      Findings findings) {
    Metadata metadata = doc.record().metadata();
    List<RequiredField> required =
        settings.requiredCoverFieldsFor(profile.family(), profile.type());
    Optional<String> claimed = numberTheFileNameClaims(doc);
    if (!hasCover(metadata, cover) && (claimed.isPresent() || !required.isEmpty())) {
      findings.add(
          Rule.COVER_MISSING,
          "no cover: no source, date or title found, "
              + claimed
                  .map(n -> "though the file name makes it " + n)
                  .orElse("which " + profile.describe() + " needs"),
          "document",
          null);
    } else {
      for (RequiredField field : required) {
        if (field.anyOf().stream().noneMatch(f -> f.isPresent(metadata, cover))) {
          findings.add(
              Rule.COVER_FIELD_MISSING,
              "no " + field + " on the cover, which " + profile.describe() + " needs",
              "document",
              null);
        }
      }
    }
    for (Contact contact : metadata.contacts()) {
      boolean hasEmail =
          (contact.email() != null && !contact.email().isBlank())
              || (contact.name() != null
                  && !contact.name().isBlank()
                  && cover.hasEmailNear(contact.name()));
      if (!hasEmail) {
        findings.add(
            Rule.CONTACT_WITHOUT_EMAIL,
            "the contact " + who(contact) + " gives no e-mail address",
            "document",
            null);
      }
    }
  }

  /** A document number in the file name: someone named the file as ITU names its documents. */
  private static Optional<String> numberTheFileNameClaims(CheckedDocument doc) {
    Optional<String> named = FileNameNumber.of(doc.fileName());
    if (named.isPresent()) {
      return named;
    }
    Metadata metadata = doc.record().metadata();
    return metadata.provenance().get("number") == Provenance.FILENAME
        ? Optional.ofNullable(metadata.number())
        : Optional.empty();
  }

  /** A source, date or title on the document's face: not guessed from its name or properties. */
  private static boolean hasCover(Metadata metadata, CoverLines cover) {
    return (!metadata.sources().isEmpty() && onFace(metadata, "sources"))
        || (metadata.date() != null && onFace(metadata, "date"))
        || (metadata.meetingDate() != null && onFace(metadata, "meetingDate"))
        || (metadata.title() != null && onFace(metadata, "title"))
        || CoverField.SOURCE.isLabelledOn(cover)
        || CoverField.TITLE.isLabelledOn(cover);
  }

  private static boolean onFace(Metadata metadata, String field) {
    Provenance from = metadata.provenance().get(field);
    return from != Provenance.FILENAME && from != Provenance.PROPERTIES;
  }

  private static String who(Contact contact) {
    String name =
        contact.name() == null || contact.name().isBlank()
            ? "without a name"
            : contact.name().strip();
    return contact.organization() == null || contact.organization().isBlank()
        ? name
        : name + " (" + contact.organization().strip() + ")";
  }
}
