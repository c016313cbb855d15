package org.cwg.validate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;

/**
 * The document number a file name carries, as ITU names its files ({@code
 * S25-CWGINT20-C-0004!R1!MSW-E.docx}, {@code S25-CL-C-0045!!MSW-E.docx}) or as people do ({@code
 * CWG-Internet-20-4-Rev1.docx}, {@code CWG_Internet_20_4.docx}); file names cannot hold the slash.
 */
final class FileNameNumber {

  private static final Pattern ITU_GROUP = Pattern.compile(
      "(?<![A-Za-z])CWG-?INT(\\d{1,3})-C-0*(\\d{1,4})(?:!R(\\d+))?", Pattern.CASE_INSENSITIVE);

  private static final Pattern ITU_COUNCIL = Pattern.compile(
      "(?<![A-Za-z0-9])S(\\d{2})-CL-C-0*(\\d{1,4})(?:!R(\\d+))?", Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITTEN = Pattern.compile(
      "(?<![A-Za-z])(C?WG)[-_ ]([A-Za-z]+)[-_ ](\\d{1,3})[-_ ](\\d{1,4})"
          + "(?:[-_ ]?\\(?(Rev|Add|Corr|R)\\.?[-_ ]?(\\d+)\\)?)?(?![0-9])",
      Pattern.CASE_INSENSITIVE);

  private FileNameNumber() {}

  /** The canonical number in a file name, or empty when the name carries none. */
  static Optional<String> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String name = dot > 0 ? fileName.substring(0, dot) : fileName;
    Matcher m = ITU_GROUP.matcher(name);
    if (m.find()) {
      return DocumentNumber.canonical("CWG-Internet-" + m.group(1) + "/" + m.group(2)
          + revision("Rev", m.group(3)));
    }
    m = ITU_COUNCIL.matcher(name);
    if (m.find()) {
      return DocumentNumber.canonical("C" + m.group(1) + "/" + m.group(2)
          + revision("Rev", m.group(3)));
    }
    m = WRITTEN.matcher(name);
    if (m.find()) {
      String kind = m.group(5) == null || m.group(5).equalsIgnoreCase("R") ? "Rev" : m.group(5);
      return DocumentNumber.canonical(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "/"
          + m.group(4) + revision(kind, m.group(6)));
    }
    return Optional.empty();
  }

  private static String revision(String kind, String number) {
    return number == null ? "" : "(" + kind + "." + number + ")";
  }
}
