package org.cwg.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Provenance;
import org.cwg.model.SupplementNumbers;

/**
 * Reads ITU's file names: {@code S24-CWGINT20-C-0004!!MSW-E.docx} is CWG-Internet-20/4 in English,
 * {@code S24-CWGINT20-C-0001!R2!MSW-E.docx} its revision 2, {@code S25-CL-C-0045!A1!MSW-F.docx}
 * addendum 1 to C25/45 in French, {@code S24-CWGINT-OPCWGINT11-C-0003!!MSW-E.docx} OPCWGINT-11/3.
 */
final class ItuFileName {

  private static final Pattern NAME =
      Pattern.compile(
          "S(?<year>\\d{2})-(?<series>[A-Z]+?)(?<meeting>\\d{1,3})?"
              + "(?:-(?<op>OPCWG[A-Z]*?)(?<opmeet>\\d{1,3}))?"
              + "-(?<kind>C|INF|DT|DL|R|ADM)-(?<num>\\d{1,4})"
              + "(?:!(?<amend>[RAC]\\d{1,2})?!(?:MSW|PDF|MSX|ZIP)?-?(?<lang>[EFSRAC]))?.*",
          Pattern.CASE_INSENSITIVE);

  /** The conferences and assemblies whose documents the General Secretariat files. */
  private static final Pattern CONFERENCE =
      Pattern.compile(DocumentNumber.CONFERENCE_GROUP + "|CPM");

  private ItuFileName() {}

  /** Sector documents and published texts: T22-SG17-C-0823!R1!MSW-E, T-REC-A.1-201610-I. */
  private static final Pattern SECTOR_NAME =
      Pattern.compile(
          "(?<base>[^!.]+(?:\\.\\d+)*?)(?:!(?<amend>R\\d{1,2})?!(?:MSW|PDF|MSX|ZIP)?-?"
              + "(?<lang>[EFSRAC]))?(?:\\.[A-Za-z0-9]{1,5})?");

  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?<sector>[TRD])-(?<kind>REC|RES)-(?<id>[A-Z]{1,3}\\.(?:Sup)?\\d+(?:\\.\\d+)*(?:-\\d+)?)"
              + "-(?:\\d{4,6})(?:-[A-Z])?(?:!!|-)?(?:MSW|PDF)?-?(?<lang>[EFSRAC])?(?:\\..*)?");
  private static final String RULE = "file name: ITU pattern";

  /**
   * ITU-T TDs, named by study period, group, meeting date (in newer names), where the TD is filed
   * and its number: T22-SG16-230717-TD-GEN-1250, T17-SG09-TD-WP2-0088 are SG16-TD1250, SG9-TD88.
   */
  private static final Pattern STUDY_GROUP_TD =
      Pattern.compile(
          "T\\d{2}-(?<group>SG\\d{1,2}|TSAG)-(?:\\d{6}-)?TD-(?:GEN|PLEN|WP\\d{1,2})-(?<num>\\d{1,4})"
              + "(?:!(?<amend>R\\d{1,2})?!(?:MSW|PDF|MSX|ZIP)?-?(?<lang>[EFSRAC]))?"
              + "(?:\\.[A-Za-z0-9]{1,5})?",
          Pattern.CASE_INSENSITIVE);

  /**
   * An attachment filed under its document's number, "FG-AINN-I-262-R1-att2", "FGAI4H-K-043-A01":
   * it shares the document's family and group but is not the document, and has no number of its
   * own.
   */
  private static final Pattern ATTACHMENT =
      Pattern.compile("(?<base>[^!.]+?)-(?:(?i:att)\\d{1,2}|A\\d{2})(?:\\.[A-Za-z0-9]{1,5})?");

  static void read(String fileName, MetadataDraft draft) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      readSectorName(fileName, draft);
      return;
    }
    draft.offer(MetadataDraft.FAMILY, "council", Provenance.FILENAME, RULE);
    String series = m.group("series").toUpperCase(Locale.ROOT);
    String kind = m.group("kind").toUpperCase(Locale.ROOT);
    int number = Integer.parseInt(m.group("num"));
    String written = null;
    if (m.group("op") != null) {
      written = "OPCWGINT-" + Integer.parseInt(m.group("opmeet")) + "/" + number;
    } else if (series.equals("CL") && m.group("meeting") == null) {
      written = "C" + m.group("year") + "/" + (kind.equals("C") ? "" : kind + "/") + number;
    } else if (series.startsWith("CWG") && m.group("meeting") != null && kind.equals("C")) {
      written = groupOf(series) + "-" + Integer.parseInt(m.group("meeting")) + "/" + number;
    }
    if (written != null) {
      String amend = m.group("amend");
      if (amend != null) {
        char letter = Character.toUpperCase(amend.charAt(0));
        String suffix = letter == 'R' ? "Rev" : letter == 'A' ? "Add" : "Corr";
        written += "(" + suffix + "." + Integer.parseInt(amend.substring(1)) + ")";
      }
      draft.offerNumber(written, Provenance.FILENAME, RULE);
    }
    // Council series letters are not types, and consultation files hold summaries too; a
    // conference numbers everything submitted to it in one series, reports and notes included.
    if (!series.equals("CL") && m.group("op") == null && !CONFERENCE.matcher(series).matches()) {
      draft.cue(
          TypeEvidence.Cue.FILE_NAME,
          kind.equals("INF") ? "information" : kind.equals("C") ? "contribution" : null,
          Provenance.FILENAME,
          RULE + ", series letter " + kind);
    }
    if (m.group("lang") != null) {
      draft.offer(
          MetadataDraft.LANGUAGE,
          Languages.ofLetter(m.group("lang").charAt(0)),
          Provenance.FILENAME);
    }
  }

  /** ITU-T, ITU-R and ITU-D documents, focus groups and published texts. */
  private static void readSectorName(String fileName, MetadataDraft draft) {
    Matcher published = PUBLISHED.matcher(fileName);
    if (published.matches()) {
      char sector = published.group("sector").charAt(0);
      String family = sector == 'T' ? "itu-t" : sector == 'R' ? "itu-r" : "itu-d";
      String id = published.group("id");
      boolean resolution = published.group("kind").equals("RES");
      String supplement = sector == 'T' ? SupplementNumbers.ofFileId(id).orElse(null) : null;
      String number =
          supplement != null
              ? supplement
              : !resolution
                  ? "ITU-" + sector + " " + id
                  : (sector == 'T' ? "WTSA" : sector == 'D' ? "WTDC" : "RA")
                      + " Res. "
                      + id.substring(id.indexOf('.') + 1);
      draft.offer(MetadataDraft.NUMBER, number, Provenance.FILENAME, RULE);
      draft.offer(
          MetadataDraft.FAMILY, resolution ? "conference" : family, Provenance.FILENAME, RULE);
      draft.cue(
          TypeEvidence.Cue.FILE_NAME,
          resolution ? "resolution" : supplement != null ? "other" : "recommendation",
          Provenance.FILENAME,
          RULE + ", a published text's");
      offerLanguage(published.group("lang"), draft);
      return;
    }
    Matcher attachment = ATTACHMENT.matcher(fileName);
    if (attachment.matches()) {
      String of = DocumentNumber.canonical(attachment.group("base")).orElse(null);
      if (of != null) {
        String rule = "file name: attachment to " + of;
        draft.offer(MetadataDraft.FAMILY, DocumentNumber.familyOf(of), Provenance.FILENAME, rule);
        draft.offer(MetadataDraft.GROUP, DocumentNumber.groupOf(of), Provenance.FILENAME, rule);
        draft.cue(TypeEvidence.Cue.FILE_NAME, "other", Provenance.FILENAME, rule);
        return;
      }
    }
    Matcher m = STUDY_GROUP_TD.matcher(fileName);
    if (!m.matches()) {
      m = SECTOR_NAME.matcher(fileName);
    }
    if (!m.matches()) {
      return;
    }
    String base =
        m.pattern() == STUDY_GROUP_TD
            ? m.group("group") + "-TD" + Integer.parseInt(m.group("num"))
            : m.group("base");
    String written = base + (m.group("amend") != null ? m.group("amend") : "");
    String canonical = DocumentNumber.canonical(written).orElse(null);
    if (canonical == null) {
      return;
    }
    draft.offer(MetadataDraft.NUMBER, canonical, Provenance.FILENAME, RULE);
    draft.offer(
        MetadataDraft.FAMILY, DocumentNumber.familyOf(canonical), Provenance.FILENAME, RULE);
    draft.offer(MetadataDraft.GROUP, DocumentNumber.groupOf(canonical), Provenance.FILENAME, RULE);
    draft.offer(
        MetadataDraft.REVISION, DocumentNumber.revisionOf(canonical), Provenance.FILENAME, RULE);
    offerLanguage(m.group("lang"), draft);
  }

  private static void offerLanguage(String letter, MetadataDraft draft) {
    if (letter != null) {
      draft.offer(
          MetadataDraft.LANGUAGE, Languages.ofLetter(letter.charAt(0)), Provenance.FILENAME, RULE);
    }
  }

  /** CWGINT is CWG-Internet; other series keep their letters after CWG. */
  private static String groupOf(String series) {
    String name = series.substring(3);
    return switch (name) {
      case "INT" -> "CWG-Internet";
      default -> "CWG-" + name;
    };
  }
}
