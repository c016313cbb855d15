package org.cwg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A private layout's banner at the top of its pages: "ORGANIZATION | KIND OF DOCUMENT" in capitals,
 * its parts set apart by bars. It is a running header, never the title: the title is the line under
 * it, and the organization named first is who wrote the document.
 *
 * @param index the banner's line
 * @param source the organization it names, as the cover writes it in running case if it does
 * @param title the line under it, or null
 */
record Banner(int index, String source, String title) {

  private static final Pattern BARS = Pattern.compile("\\s+[|│]\\s+");

  /** The last part names a kind of document: "TECHNICAL DESIGN DOCUMENT", "WHITE PAPER". */
  private static final Pattern KIND =
      Pattern.compile(
          ".*\\b(?:DOCUMENT|PAPER|SPECIFICATION|REPORT|PROPOSAL|PRESENTATION|NOTE|BRIEF|STUDY)S?");

  /** How far down a banner is looked for: it heads the page. */
  private static final int TOP_LINES = 3;

  /** Whether a line is a banner's row of fields in capitals. */
  static boolean isBanner(String line) {
    String[] parts = BARS.split(line.strip());
    return parts.length >= 2
        && Arrays.stream(parts).noneMatch(String::isBlank)
        && line.equals(line.toUpperCase(Locale.ROOT))
        && KIND.matcher(parts[parts.length - 1]).matches();
  }

  /** The banner at the top of the cover lines, or null. */
  static Banner at(List<String> lines) {
    for (int i = 0; i < Math.min(TOP_LINES, lines.size()); i++) {
      if (isBanner(lines.get(i))) {
        String organization = BARS.split(lines.get(i).strip())[0];
        return new Banner(i, asWritten(organization, lines), titleUnder(lines, i));
      }
    }
    return null;
  }

  private static String titleUnder(List<String> lines, int banner) {
    if (banner + 1 >= lines.size()) {
      return null;
    }
    String next = lines.get(banner + 1).strip();
    return next.isEmpty()
            || next.length() > 150
            || next.endsWith(".")
            || isBanner(next)
            || CoverCells.neverTitleOrSource(next)
        ? null
        : next;
  }

  /** The organization as a part of another line writes it: "Velsanet Architecture Group". */
  private static String asWritten(String capitals, List<String> lines) {
    for (String line : lines) {
      for (String part : BARS.split(line.strip())) {
        if (part.equalsIgnoreCase(capitals) && !part.equals(capitals)) {
          return part;
        }
      }
    }
    return capitals;
  }
}
