package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parenthesis after a resolution's number that tells its adoption or revision: "(WRC-12)",
 * "(Rev. Bucharest, 2022)", "(PP-18, Rev. Dubai, 2018)", "(Пересм. Женева, 2022 г.)". Thread-safe.
 */
final class Qualifiers {

  /**
   * The conferences' abbreviations in ITU's languages, as a qualifier writes them before a year;
   * the World Administrative Radio Conferences' (WARC, CAMR, ВАКР) and the Additional
   * Plenipotentiary Conference's (APP) among them, whose resolutions are the WRC's and the
   * Plenipotentiary's.
   */
  static final String ASSEMBLIES =
      "PP|APP|WTSA|WTSC|WTDC|WRC|WARC|RA|AMNT|CMNT|CMDT|CMR|CAMR|AR|ПК|ВАСЭ|ВКСЭ|ВКРЭ|ВКР|ВАКР|АР";

  private static final Pattern PARENTHESIS =
      Pattern.compile("\\G" + WS + "*\\((?<inner>[^()]{1,60})\\)");

  /**
   * What a qualifier holds: a conference and its year ("WRC-12", "Rev. CMR-19", and the whole year
   * in 2000, "Rev.WRC-2000"); or an optional revision word ("Rev.", "Rév.", "Пересм.") and place,
   * then a year (Russian adds "г.").
   */
  private static final Pattern TEXT =
      Pattern.compile(
          // ITU-R and conference style: "(WRC-12)", "(Rev.WRC-19)", "(Rev. RA-23)".
          "(?:(?iu:Rev|R[eé]v|Пересм)\\.?"
              + WS
              + "*)?(?<assembly>"
              + ASSEMBLIES
              + ")-(?:2000|\\d{2})"
              + "|(?:(?<body>PP|WTSA|WTSC|WTDC|WRC|WARC|RA|Council|AMNT|CMNT|CMDT|CMR|CAMR|ПК|ВАСЭ|ВКСЭ|ВКРЭ|ВКР|ВАКР)(?:-\\d{2})?"
              + WS
              + "*,?"
              + WS
              + "*)?"
              + "(?:(?iu:Rev|R[eé]v|Mod|Пересм|Изм)\\.?|(?i:Revised|Modified|Amended|Modifi[ée]e?))?"
              + "["
              + "\\p{L}\\p{M}\\s\\u00a0,.'’\\u060c-]*?\\d{4}(?:"
              + WS
              + "*г\\.?)?");

  /**
   * A qualifier read.
   *
   * @param written the parenthesis' text, whitespace collapsed
   * @param value the same without a body written first ("Rev. Dubai, 2018" of "PP-18, Rev. Dubai,
   *     2018")
   * @param body the body it names, or null
   * @param end where the closing parenthesis ends
   */
  record Read(String written, String value, String body, int end) {}

  private Qualifiers() {}

  /** The qualifier at {@code offset}, after any whitespace, or null when there is none. */
  static Read at(String text, int offset) {
    Matcher parenthesis = PARENTHESIS.matcher(text);
    if (!MatchAt.offset(parenthesis, text, offset)) {
      return null;
    }
    String written = ResolutionFinder.collapse(parenthesis.group("inner"));
    Matcher parts = TEXT.matcher(written);
    if (!parts.matches()) {
      return null;
    }
    String value = written;
    String body = null;
    if (parts.group("assembly") != null) {
      body = bodyNamed(parts.group("assembly"));
    } else if (parts.group("body") != null) {
      body = bodyNamed(parts.group("body"));
      value = written.substring(parts.end("body")).replaceFirst("^[\\s,]+", "");
    }
    return new Read(written, value, body, parenthesis.end());
  }

  private static String bodyNamed(String abbreviation) {
    String english = ResolutionBodies.bodyNamed(abbreviation);
    return english != null ? english : BodyNames.bodyOfAbbreviation(abbreviation);
  }
}
