package org.cwg.validate;

import java.util.Optional;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;

/** The document is identified: its type, its number (agreeing with the file name), its meeting. */
final class MetadataCheck {

  private MetadataCheck() {}

  static void run(CheckedDocument doc, Findings findings) {
    Metadata metadata = doc.record().metadata();
    if (metadata.type() == null) {
      findings.add(Rule.TYPE_UNKNOWN,
          "document type not recognised, so its required sections are not checked",
          "document", null);
    }
    String number = metadata.number();
    if (number == null) {
      findings.add(Rule.NUMBER_MISSING,
          "no document number on the cover, in the properties or in the file name",
          "document", null);
    } else if (metadata.provenance().get("number") != Provenance.FILENAME) {
      Optional<String> named = FileNameNumber.of(doc.fileName());
      if (named.isPresent() && !named.get().equals(number)) {
        findings.add(Rule.NUMBER_FILENAME_MISMATCH,
            "the file name says " + named.get() + " but the document is " + number,
            "file name", null);
      }
    }
    boolean meetingKnown = metadata.meeting() != null || metadata.meetingDate() != null
        || (number != null && DocumentNumber.meetingOf(number) != null);
    if (!meetingKnown) {
      findings.add(Rule.MEETING_MISSING,
          "no meeting number or meeting date found", "document", null);
    }
  }
}
