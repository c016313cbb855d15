package org.cwg.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ITU document numbers, written many ways and normalised to one canonical id.
 *
 * <p>Canonical forms: {@code CWG-Internet-20/4}, {@code CWG-Internet-20/1(Rev.2)}, {@code
 * WG-Internet-11/11}, {@code OPCWGINT-11/3}, {@code CWG-WSIS-32/16}, {@code C09/105}, {@code
 * C16/INF/12}, {@code PP-14/20(Add.1)}. Language suffixes ({@code -E}) are dropped; revisions,
 * addenda and corrigenda are kept as {@code (Rev.N)}, {@code (Add.N)}, {@code (Corr.N)}.
 */
public final class DocumentNumber {

  /** Group names as ITU writes them; anything else is upper-cased. */
  private static final Map<String, String> GROUP_NAMES = Map.of(
      "internet", "Internet",
      "wsis", "WSIS",
      "fhr", "FHR",
      "sfp", "SFP",
      "cop", "COP",
      "lang", "LANG");

  private static final String SUFFIX =
      "(?<suffix>(?:\\s*\\(\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+\\s*\\)|R\\d+(?![\\w/])"
          + "|\\s*-\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+)*)"
          + "(?:-(?<lang>[EFSRACezfsrac])(?![\\w/]))?";

  /**
   * Finds document numbers in running text. Group 0 is the number as written, suffixes
   * included.
   */
  public static final Pattern FINDER = Pattern.compile(
      "(?<![\\w/-])(?:"
          + "(?<wg>(?:C?WG)-(?<wgname>[A-Za-z]+))[\\s-]?(?<wgmeet>\\d{1,3})/(?<wgnum>\\d{1,4})"
          + "|(?<op>OPCWG(?:INT|-?Internet))-?(?<opmeet>\\d{1,3})/(?<opnum>\\d{1,4})"
          + "|(?<pp>PP)-(?<ppyear>\\d{2})/(?<ppnum>(?:INF/)?\\d{1,4})"
          + "|C(?<cyear>\\d{2})/(?<cnum>(?:INF/|DL/|DT/)?\\d{1,4})"
          + ")" + SUFFIX + "(?![\\w/])",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SUFFIX_PART = Pattern.compile(
      "(Rev|Add|Corr)\\.?\\s*(\\d+)|R(\\d+)", Pattern.CASE_INSENSITIVE);

  private DocumentNumber() {}

  /** The canonical id of a number written on its own, or empty when it is not one. */
  public static Optional<String> canonical(String written) {
    Matcher m = FINDER.matcher(written.strip());
    return m.matches() ? Optional.of(canonical(m)) : Optional.empty();
  }

  /** The canonical id of a match of {@link #FINDER}. */
  public static String canonical(Matcher m) {
    StringBuilder id = new StringBuilder();
    if (m.group("wg") != null) {
      String prefix = m.group("wg").toUpperCase(Locale.ROOT).startsWith("CWG") ? "CWG-" : "WG-";
      String name = m.group("wgname");
      id.append(prefix)
          .append(GROUP_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT),
              name.toUpperCase(Locale.ROOT)))
          .append('-').append(Integer.parseInt(m.group("wgmeet")))
          .append('/').append(Integer.parseInt(m.group("wgnum")));
    } else if (m.group("op") != null) {
      id.append("OPCWGINT-").append(Integer.parseInt(m.group("opmeet")))
          .append('/').append(Integer.parseInt(m.group("opnum")));
    } else if (m.group("pp") != null) {
      id.append("PP-").append(m.group("ppyear")).append('/')
          .append(m.group("ppnum").toUpperCase(Locale.ROOT));
    } else {
      id.append('C').append(m.group("cyear")).append('/')
          .append(m.group("cnum").toUpperCase(Locale.ROOT));
    }
    Matcher part = SUFFIX_PART.matcher(m.group("suffix"));
    while (part.find()) {
      if (part.group(3) != null) {
        id.append("(Rev.").append(Integer.parseInt(part.group(3))).append(')');
      } else {
        String kind = part.group(1);
        id.append('(').append(Character.toUpperCase(kind.charAt(0)))
            .append(kind.substring(1).toLowerCase(Locale.ROOT)).append('.')
            .append(Integer.parseInt(part.group(2))).append(')');
      }
    }
    return id.toString();
  }

  /** The canonical id without revision, addendum or corrigendum: the document it amends. */
  public static String base(String canonical) {
    int paren = canonical.indexOf('(');
    return paren < 0 ? canonical : canonical.substring(0, paren);
  }

  /** The group of a canonical id: {@code CWG-Internet}, {@code OPCWGINT}, {@code Council}, ... */
  public static String groupOf(String canonical) {
    String base = base(canonical);
    if (base.startsWith("C") && !base.startsWith("CWG")) {
      return "Council";
    }
    if (base.startsWith("PP-")) {
      return "PP";
    }
    int dash = base.lastIndexOf('-');
    return dash < 0 ? null : base.substring(0, dash);
  }

  /**
   * The meeting number of a working-group or consultation id ({@code CWG-Internet-20/4} is 20),
   * or null for Council and conference documents, whose prefix is a year.
   */
  public static Integer meetingOf(String canonical) {
    String base = base(canonical);
    if (base.startsWith("PP-") || (base.startsWith("C") && !base.startsWith("CWG"))) {
      return null;
    }
    int dash = base.lastIndexOf('-');
    int slash = base.indexOf('/', dash);
    if (dash < 0 || slash < 0) {
      return null;
    }
    return Integer.parseInt(base.substring(dash + 1, slash));
  }
}
