package org.cwg.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Provenance;

/**
 * Reads ITU's file names: {@code S24-CWGINT20-C-0004!!MSW-E.docx} is CWG-Internet-20/4 in
 * English, {@code S24-CWGINT20-C-0001!R2!MSW-E.docx} its revision 2, {@code
 * S25-CL-C-0045!A1!MSW-F.docx} addendum 1 to C25/45 in French, {@code
 * S24-CWGINT-OPCWGINT11-C-0003!!MSW-E.docx} OPCWGINT-11/3.
 */
final class ItuFileName {

  private static final Pattern NAME = Pattern.compile(
      "S(?<year>\\d{2})-(?<series>[A-Z]+?)(?<meeting>\\d{1,3})?"
          + "(?:-(?<op>OPCWG[A-Z]*?)(?<opmeet>\\d{1,3}))?"
          + "-(?<kind>C|INF|DT|DL|R|ADM)-(?<num>\\d{1,4})"
          + "(?:!(?<amend>[RAC]\\d{1,2})?!(?:MSW|PDF|MSX|ZIP)?-?(?<lang>[EFSRAC]))?.*",
      Pattern.CASE_INSENSITIVE);

  private ItuFileName() {}

  static void read(String fileName, MetadataDraft draft) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return;
    }
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
      draft.offerNumber(written, Provenance.FILENAME);
    }
    // Council series letters are not types, and consultation files hold summaries too.
    if (!series.equals("CL") && m.group("op") == null) {
      draft.offer(MetadataDraft.TYPE, kind.equals("INF") ? "information"
          : kind.equals("C") ? "contribution" : null, Provenance.FILENAME);
    }
    if (m.group("lang") != null) {
      draft.offer(MetadataDraft.LANGUAGE, Languages.ofLetter(m.group("lang").charAt(0)),
          Provenance.FILENAME);
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
