package org.cwg.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;

/**
 * The document number a file name carries, as ITU names its files ({@code
 * S25-CWGINT20-C-0004!R1!MSW-E.docx}, {@code S25-CL-C-0045!!MSW-E.docx}) or as people do ({@code
 * CWG-Internet-20-4-Rev1.docx}, {@code CWG_Internet_20_4.docx}); file names cannot hold the slash.
 * ITU-T, ITU-R and ITU-D names ({@code T22-SG17-C-0823!R1!MSW-E}, {@code R23-WP5D-C-0123}, {@code
 * D22-SG02-C-0045}) and focus-group names ({@code FG-AINN-I-262-R1}) give the shared canonical
 * numbers ({@code SG17-C823(Rev.1)}, {@code 5D/123}, {@code SG2/45}, {@code FG-AINN-I-262(Rev.1)}).
 */
final class FileNameNumber {

  private static final Pattern ITU_GROUP =
      Pattern.compile(
          "(?<![A-Za-z])CWG-?INT(\\d{1,3})-C-0*(\\d{1,4})(?:!R(\\d+))?", Pattern.CASE_INSENSITIVE);

  private static final Pattern ITU_COUNCIL =
      Pattern.compile(
          "(?<![A-Za-z0-9])S(\\d{2})-CL-C-0*(\\d{1,4})(?:!R(\\d+))?", Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?<![A-Za-z])(C?WG)[-_ ]([A-Za-z]+)[-_ ](\\d{1,3})[-_ ](\\d{1,4})"
              + "(?:[-_ ]?\\(?(Rev|Add|Corr|R)\\.?[-_ ]?(\\d+)\\)?)?(?![0-9])",
          Pattern.CASE_INSENSITIVE);

  /** ITU-T, ITU-R and ITU-D file names: T22-SG17-C-0823, R23-WP5D-C-0123, D22-SG02-C-0045. */
  private static final Pattern ITU_SECTOR =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?<sector>[TRD])\\d{2}-(?<group>SG\\d{1,2}(?:RGQ)?|WP\\d[A-Z])"
              + "(?:-\\d{6})?-(?<kind>C|TD-(?:GEN|PLEN|WP\\d))-0*(?<num>\\d{1,4})"
              + "(?:!(?<amend>[RAC])(?<amendnum>\\d{1,2}))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * Focus-group documents as their groups name them: FG-AINN-I-262-R1, FGAI4H-K-043. A name going
   * on with -att2 or -A01 is an attachment to that document, not the document.
   */
  private static final Pattern FOCUS_GROUP =
      Pattern.compile(
          "(?<![A-Za-z0-9])FG-?(?<group>[A-Z0-9]+)-(?<meeting>[A-Z])-(?<num>\\d{1,4})"
              + "(?:[-_ ]?\\(?(?:Rev|R)\\.?[-_ ]?(?<rev>\\d{1,2})\\)?)?"
              + "(?<attachment>[-_ ]?(?:att|A)\\d+)?(?![0-9])",
          Pattern.CASE_INSENSITIVE);

  private FileNameNumber() {}

  /** The canonical number in a file name, or empty when the name carries none. */
  static Optional<String> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String name = dot > 0 ? fileName.substring(0, dot) : fileName;
    Matcher m = ITU_GROUP.matcher(name);
    if (m.find()) {
      return DocumentNumber.canonical(
          "CWG-Internet-" + m.group(1) + "/" + m.group(2) + revision("Rev", m.group(3)));
    }
    m = ITU_COUNCIL.matcher(name);
    if (m.find()) {
      return DocumentNumber.canonical(
          "C" + m.group(1) + "/" + m.group(2) + revision("Rev", m.group(3)));
    }
    m = ITU_SECTOR.matcher(name);
    if (m.find()) {
      return Optional.of(sectorNumber(m) + amendment(m.group("amend"), m.group("amendnum")));
    }
    m = FOCUS_GROUP.matcher(name);
    if (m.find()) {
      return m.group("attachment") != null
          ? Optional.empty()
          : Optional.of(
              "FG-"
                  + m.group("group").toUpperCase(Locale.ROOT)
                  + "-"
                  + m.group("meeting").toUpperCase(Locale.ROOT)
                  + "-"
                  + m.group("num")
                  + revision("Rev", m.group("rev")));
    }
    m = WRITTEN.matcher(name);
    if (m.find()) {
      String kind = m.group(5) == null || m.group(5).equalsIgnoreCase("R") ? "Rev" : m.group(5);
      return DocumentNumber.canonical(
          m.group(1)
              + "-"
              + m.group(2)
              + "-"
              + m.group(3)
              + "/"
              + m.group(4)
              + revision(kind, m.group(6)));
    }
    return Optional.empty();
  }

  /** SG17-C823, SG17-TD2484, 5D/123, SG2/45, SG1RGQ/123: the shared canonical forms. */
  private static String sectorNumber(Matcher m) {
    String group = m.group("group").toUpperCase(Locale.ROOT);
    int number = Integer.parseInt(m.group("num"));
    String kind = m.group("kind").toUpperCase(Locale.ROOT);
    return switch (Character.toUpperCase(m.group("sector").charAt(0))) {
      case 'T' ->
          "SG"
              + Integer.parseInt(group.substring(2).replace("RGQ", ""))
              + "-"
              + (kind.equals("C") ? "C" : "TD")
              + number;
      case 'R' -> group.substring(2) + "/" + number;
      default ->
          "SG"
              + Integer.parseInt(group.substring(2).replace("RGQ", ""))
              + (group.endsWith("RGQ") ? "RGQ" : "")
              + "/"
              + number;
    };
  }

  private static String amendment(String letter, String number) {
    if (letter == null) {
      return "";
    }
    char kind = Character.toUpperCase(letter.charAt(0));
    return revision(kind == 'R' ? "Rev" : kind == 'A' ? "Add" : "Corr", number);
  }

  private static String revision(String kind, String number) {
    return number == null ? "" : "(" + kind + "." + Integer.parseInt(number) + ")";
  }
}
