package org.cwg.validate;

import java.util.Set;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Metadata;

/** The document is identified: its type, its number ({@link NumberCheck}), its meeting. */
final class MetadataCheck {

  /** Published texts: a Recommendation or a Resolution belongs to no meeting's documents. */
  private static final Set<String> PUBLISHED = Set.of("recommendation", "resolution");

  private MetadataCheck() {}

  static void run(
      CheckedDocument doc, DocumentProfile profile, CoverLines cover, Findings findings) {
    Metadata metadata = doc.record().metadata();
    if (profile.type() == null) {
      findings.add(
          Rule.TYPE_UNKNOWN,
          "document type not recognised, so its required sections are not checked; give it"
              + " with --type or the rules file's \"type\"",
          "document",
          null);
    }
    NumberCheck.run(doc, cover, findings);
    String number = metadata.number();
    boolean meetingKnown =
        metadata.meeting() != null
            || metadata.meetingDate() != null
            || (number != null && DocumentNumber.meetingOf(number) != null);
    boolean published = profile.type() != null && PUBLISHED.contains(profile.type());
    if (!meetingKnown && !published) {
      findings.add(
          Rule.MEETING_MISSING, "no meeting number or meeting date found", "document", null);
    }
  }
}
