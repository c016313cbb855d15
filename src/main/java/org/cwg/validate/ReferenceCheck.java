package org.cwg.validate;

import java.util.HashSet;
import java.util.Set;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.Section;

/** Every document referred to by number is in the index (only when one is given). */
final class ReferenceCheck {

  private ReferenceCheck() {}

  static void run(CheckedDocument doc, KnownDocuments known, Findings findings) {
    if (known == null) {
      return;
    }
    DocumentRecord record = doc.record();
    Set<String> reported = new HashSet<>();
    for (DocumentReference reference : record.references()) {
      if (known.contains(reference.id()) || !reported.add(reference.id())) {
        continue;
      }
      Section section = record.sectionAt(reference.start());
      findings.add(
          Rule.REFERENCE_UNRESOLVED,
          reference.id() + " is not in the index: " + CitationCheck.quote(reference.text()),
          section == null ? "document" : Findings.placeOf(section),
          section == null ? null : section.kind());
    }
  }
}
