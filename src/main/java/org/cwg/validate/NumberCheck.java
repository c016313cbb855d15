package org.cwg.validate;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;

/**
 * The document has a real number, and its file name agrees with the cover on the number and on the
 * revision. A revision counts however it is written: "Revision 1 to" above the number on the cover,
 * {@code (Rev.1)} in the number, {@code !R1!} or {@code -Rev1} in the file name.
 */
final class NumberCheck {

  /** Where a file name puts letters for digits not yet given: FG-AI4SSC-I-XXX, C25-NN. */
  private static final Pattern FILE_NAME_PLACEHOLDER =
      Pattern.compile("(?<=[-_ /])(?:0*X{2,}|N{2,})(?=$|[-_ .!(])", Pattern.CASE_INSENSITIVE);

  private static final Pattern REVISION =
      Pattern.compile(
          "(Rev(?:ision)?|Add(?:endum)?|Corr(?:igendum)?|R|A|C)\\.?\\s*(\\d+)",
          Pattern.CASE_INSENSITIVE);

  private NumberCheck() {}

  static void run(CheckedDocument doc, CoverLines cover, Findings findings) {
    Metadata metadata = doc.record().metadata();
    String number = metadata.number();
    String placeholder =
        metadata.placeholder() != null
            ? metadata.placeholder()
            : number == null ? fileNamePlaceholder(doc.fileName()) : null;
    if (placeholder != null) {
      findings.add(
          Rule.NUMBER_PLACEHOLDER,
          "the document number is still a placeholder: " + placeholder,
          metadata.placeholder() != null ? "document" : "file name",
          null);
    } else if (number == null) {
      findings.add(
          Rule.NUMBER_MISSING,
          "no document number on the cover, in the properties or in the file name",
          "document",
          null);
    }
    Optional<String> named = FileNameNumber.of(doc.fileName());
    if (number == null || named.isEmpty()) {
      return;
    }
    String coverRevision = coverRevision(metadata, cover);
    if (metadata.provenance().get("number") != Provenance.FILENAME) {
      String documentNumber = withRevision(number, coverRevision);
      if (!DocumentNumber.base(named.get()).equals(DocumentNumber.base(documentNumber))) {
        findings.add(
            Rule.NUMBER_FILENAME_MISMATCH,
            "the file name says " + named.get() + " but the document is " + documentNumber,
            "file name",
            null);
      } else {
        compareRevisions(
            amendmentOf(named.get()), amendmentOf(documentNumber), documentNumber, findings);
      }
    } else if (coverRevision != null) {
      compareRevisions(amendmentOf(named.get()), coverRevision, named.get(), findings);
    }
  }

  private static void compareRevisions(
      String named, String onCover, String document, Findings findings) {
    if (Objects.equals(named, onCover)) {
      return;
    }
    String base = DocumentNumber.base(document);
    String message =
        named == null
            ? "the file name gives no revision but the cover says " + onCover + " to " + base
            : onCover == null
                ? "the file name says " + named + " but the cover gives no revision" + " of " + base
                : "the file name says " + named + " but the cover says " + onCover + " to " + base;
    findings.add(Rule.REVISION_MISMATCH, message, "file name", null);
  }

  /**
   * The revision the cover states: the metadata's own (unless read from the file name), else a
   * "Revision 1 to" line; null when the cover states none.
   */
  private static String coverRevision(Metadata metadata, CoverLines cover) {
    if (metadata.revision() != null
        && metadata.provenance().get("revision") != Provenance.FILENAME) {
      String normalised = normalised(metadata.revision());
      if (normalised != null) {
        return normalised;
      }
    }
    return cover.amendment().orElse(null);
  }

  /** The number with the cover's revision when the number itself does not carry one. */
  private static String withRevision(String number, String revision) {
    boolean carriesOne = !DocumentNumber.base(number).equals(number);
    return carriesOne || revision == null ? number : number + "(" + revision + ")";
  }

  /** {@code Rev.1} of {@code CWG-Internet-20/4(Rev.1)}; null without one. */
  private static String amendmentOf(String canonical) {
    String base = DocumentNumber.base(canonical);
    if (base.length() == canonical.length()) {
      return null;
    }
    return normalised(canonical.substring(base.length()));
  }

  /** {@code Rev.1} for R1, Rev 1, Revision 1, (Rev.1); {@code Add.1}, {@code Corr.1} alike. */
  static String normalised(String revision) {
    Matcher m = REVISION.matcher(revision);
    if (!m.find()) {
      return null;
    }
    char kind = Character.toUpperCase(m.group(1).charAt(0));
    String name = kind == 'A' ? "Add" : kind == 'C' ? "Corr" : "Rev";
    return name + "." + Integer.parseInt(m.group(2));
  }

  private static String fileNamePlaceholder(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String name = dot > 0 ? fileName.substring(0, dot) : fileName;
    return FILE_NAME_PLACEHOLDER.matcher(name).find() ? name : null;
  }
}
