package org.cwg.cite;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies that adopt resolutions, and the many ways documents name them. Abbreviations are
 * matched case-sensitively ("RA", "PP") so that ordinary words never pass for a body; full names
 * are matched in any case.
 */
final class ResolutionBodies {

  static final String PP = "PP";
  static final String COUNCIL = "Council";
  static final String WTSA = "WTSA";
  static final String WTDC = "WTDC";
  static final String WRC = "WRC";
  static final String RA = "RA";
  static final String UNGA = "UNGA";
  static final String ECOSOC = "ECOSOC";
  static final String UNSC = "UNSC";

  /** Every body, in the order the issue lists them. */
  static final List<String> ALL = List.of(PP, COUNCIL, WTSA, WTDC, WRC, RA, UNGA, ECOSOC, UNSC);

  /** The United Nations bodies: their resolutions are numbered by session and never revised. */
  static final List<String> UNITED_NATIONS = List.of(UNGA, ECOSOC, UNSC);

  /** Whitespace as exports write it: line breaks and no-break spaces included. */
  static final String WS = "[\\s\\u00a0\\u202f\\u2009]";

  /** The UN Security Council, before the ITU Council is tried: "Security Council" is not ITU's. */
  private static final String SECURITY_COUNCIL =
      "(?<unsc>UNSC|(?:(?i:UN|United"
          + WS
          + "+Nations)"
          + WS
          + "+)?(?i:Security"
          + WS
          + "+Council))";

  private static final String YEAR = "(?:-?" + WS + "?\\d{2})?";

  /** A body named before "Resolution": "ITU Council", "PP-18", "WTSA-16", "UNGA". */
  static final String PREFIX =
      "(?<![\\w-])(?:"
          + SECURITY_COUNCIL
          + "|(?<council>(?:ITU"
          + WS
          + "+)?(?i:Council|Conseil))"
          + "|(?<pp>(?i:Plenipotentiary"
          + WS
          + "+Conference)(?:"
          + WS
          + "*\\(PP"
          + YEAR
          + "\\))?"
          + "|PP"
          + YEAR
          + ")"
          + "|(?<wtsa>WTSA"
          + YEAR
          + "|(?i:World"
          + WS
          + "+Telecommunication"
          + WS
          + "+Standardization"
          + WS
          + "+Assembly))"
          + "|(?<wtdc>WTDC"
          + YEAR
          + "|(?i:World"
          + WS
          + "+Telecommunication"
          + WS
          + "+Development"
          + WS
          + "+Conference))"
          + "|(?<wrc>WRC"
          + YEAR
          + "|(?i:World"
          + WS
          + "+Radiocommunication"
          + WS
          + "+Conference))"
          + "|(?<ra>RA"
          + YEAR
          + "|(?i:Radiocommunication"
          + WS
          + "+Assembly))"
          + "|(?<unga>UNGA|(?:(?i:UN|United"
          + WS
          + "+Nations)"
          + WS
          + "+)?(?i:General"
          + WS
          + "+Assembly)(?:"
          + WS
          + "*\\(UNGA\\))?)"
          + "|(?<ecosoc>ECOSOC|(?i:Economic"
          + WS
          + "+and"
          + WS
          + "+Social"
          + WS
          + "+Council))"
          + ")";

  /** A body named after the number: "of the ITU Council", "du Conseil". */
  static final Pattern SUFFIX =
      Pattern.compile(
          "\\G"
              + WS
              + "*(?:(?i:of|adopted"
              + WS
              + "+by)"
              + WS
              + "+(?:(?i:the)"
              + WS
              + "+)?(?:ITU"
              + WS
              + "+)?|(?i:du|de"
              + WS
              + "+la)"
              + WS
              + "+)(?:"
              + "(?<pp>(?i:Plenipotentiary"
              + WS
              + "+Conference)(?:"
              + WS
              + "*\\(PP"
              + YEAR
              + "\\))?"
              + "|PP"
              + YEAR
              + "|(?i:Conf[ée]rence"
              + WS
              + "+de"
              + WS
              + "+pl[ée]nipotentiaires))"
              + "|(?<council>(?i:Council|Conseil))"
              + "|(?<wtsa>(?i:World"
              + WS
              + "+Telecommunication"
              + WS
              + "+Standardization"
              + WS
              + "+Assembly)(?:"
              + WS
              + "*\\(WTSA"
              + YEAR
              + "\\))?|WTSA"
              + YEAR
              + ")"
              + "|(?<wtdc>(?i:World"
              + WS
              + "+Telecommunication"
              + WS
              + "+Development"
              + WS
              + "+Conference)(?:"
              + WS
              + "*\\(WTDC"
              + YEAR
              + "\\))?|WTDC"
              + YEAR
              + ")"
              + "|(?<wrc>(?i:World"
              + WS
              + "+Radiocommunication"
              + WS
              + "+Conference)(?:"
              + WS
              + "*\\(WRC"
              + YEAR
              + "\\))?|WRC"
              + YEAR
              + ")"
              + "|(?<ra>(?i:Radiocommunication"
              + WS
              + "+Assembly)(?:"
              + WS
              + "*\\(RA"
              + YEAR
              + "\\))?|RA"
              + YEAR
              + ")"
              + "|(?<unga>(?:(?i:UN|United"
              + WS
              + "+Nations)"
              + WS
              + "+)?(?i:General"
              + WS
              + "+Assembly)(?:"
              + WS
              + "*\\(UNGA\\))?|UNGA)"
              + "|(?<ecosoc>ECOSOC|(?i:Economic"
              + WS
              + "+and"
              + WS
              + "+Social"
              + WS
              + "+Council))"
              + "|"
              + SECURITY_COUNCIL
              + ")(?![\\w-])");

  /**
   * Bodies that, named anywhere in a sentence, give a bare resolution number its body. The Council
   * is left out: sentences name it in passing ("recommendations to the Council") far more often
   * than they mean its resolutions, and its resolutions have four-digit numbers.
   */
  private static final Pattern IN_SENTENCE =
      Pattern.compile(
          "(?<![\\w-])(?:"
              + "(?<pp>PP"
              + YEAR
              + "|(?i:Plenipotentiary))"
              + "|(?<wtsa>WTSA"
              + YEAR
              + "|(?i:World"
              + WS
              + "+Telecommunication"
              + WS
              + "+Standardization"
              + WS
              + "+Assembly))"
              + "|(?<wtdc>WTDC"
              + YEAR
              + "|(?i:World"
              + WS
              + "+Telecommunication"
              + WS
              + "+Development"
              + WS
              + "+Conference))"
              + "|(?<wrc>WRC"
              + YEAR
              + "|(?i:World"
              + WS
              + "+Radiocommunication"
              + WS
              + "+Conference))"
              + "|(?<ra>RA-\\d{2}|(?i:Radiocommunication"
              + WS
              + "+Assembly))"
              + "|(?<unga>UNGA|(?i:General"
              + WS
              + "+Assembly))"
              + "|(?<ecosoc>ECOSOC)"
              + "|(?<unsc>UNSC|(?i:Security"
              + WS
              + "+Council))"
              + "|(?<council>(?!))"
              + ")(?![\\w])");

  private static final Pattern WHOLE_PREFIX = Pattern.compile(PREFIX + "$");

  private ResolutionBodies() {}

  /** The body a match of {@link #PREFIX}, {@link #SUFFIX} or the sentence pattern names. */
  static String bodyOf(Matcher m) {
    for (String body : ALL) {
      if (m.group(body.toLowerCase(Locale.ROOT)) != null) {
        return body;
      }
    }
    return null;
  }

  /** The body a whole phrase names ("ITU Council", "wtsa-16"), or null. */
  static String bodyNamed(String phrase) {
    String stripped = phrase.strip();
    Matcher m = WHOLE_PREFIX.matcher(stripped);
    if (m.matches()) {
      return bodyOf(m);
    }
    for (String body : ALL) {
      if (body.equalsIgnoreCase(stripped)) {
        return body;
      }
    }
    return null;
  }

  /**
   * The body named in {@code text} nearest before {@code offset}, else the first after it, else
   * null.
   */
  static String namedNear(String text, int offset) {
    Matcher m = IN_SENTENCE.matcher(text);
    String before = null;
    int beforeAt = -1;
    String after = null;
    int afterAt = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.start() < offset) {
        before = bodyOf(m);
        beforeAt = m.start();
      } else if (after == null) {
        after = bodyOf(m);
        afterAt = m.start();
      }
    }
    // The same in French, Spanish and Russian: "la CMDT-22 ... Resolución 45".
    for (int[] named : BodyNames.namedIn(text)) {
      String body = ALL.get(named[1]);
      if (named[0] < offset && named[0] > beforeAt) {
        before = body;
        beforeAt = named[0];
      } else if (named[0] >= offset && named[0] < afterAt) {
        after = body;
        afterAt = named[0];
      }
    }
    return before != null ? before : after;
  }

  /**
   * The body a number written alone gets: UN symbols (session/number) are the General Assembly's,
   * four-digit numbers from 1000 are the Council's, the rest the Plenipotentiary Conference's.
   */
  static String byNumber(String number) {
    if (number.contains("/")) {
      return UNGA;
    }
    if (number.length() == 4 && number.charAt(0) == '1') {
      return COUNCIL;
    }
    return PP;
  }
}
