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

  /** A pattern whose every space stands for any run of whitespace: "World Radiocommunication". */
  static String words(String regex) {
    return regex.replace(" ", WS + "+");
  }

  private static final String UNITED_NATIONS_NAME =
      "(?:(?i:UN|" + words("United Nations") + ")" + WS + "+)?";
  private static final String GENERAL_ASSEMBLY = "(?i:" + words("General Assembly") + ")";
  private static final String ECONOMIC_AND_SOCIAL =
      "(?i:" + words("Economic and Social Council") + ")";

  /**
   * The Assembly, and the World Telecommunication Standardization Conference (Helsinki, 1993;
   * Geneva, 1996) it succeeded: the Conference's resolutions are cited as the Assembly's.
   */
  private static final String WTSA_NAME =
      "(?i:" + words("World Telecommunication Standardization (?:Assembly|Conference)") + ")";

  /** The Assembly's abbreviation, and its predecessor Conference's ("WTSC-96"). */
  private static final String WTSA_ABBREVIATION = "(?:WTSA|WTSC)";

  private static final String WTDC_NAME =
      "(?i:" + words("World Telecommunication Development Conference") + ")";

  /**
   * The Conference, and the World Administrative Radio Conferences (WARC-79, WARC-92) it succeeded
   * in 1993: their resolutions are cited as the Conference's, under the same numbers.
   */
  private static final String WRC_NAME =
      "(?i:"
          + words("World Radiocommunication Conference|World Administrative Radio Conference")
          + ")";

  /** The Conference's abbreviation, and its predecessors' ("WARC-92"). */
  private static final String WRC_ABBREVIATION = "(?:WRC|WARC)";

  private static final String RA_NAME = "(?i:" + words("Radiocommunication Assembly") + ")";

  /** The UN Security Council, before the ITU Council is tried: "Security Council" is not ITU's. */
  private static final String SECURITY_COUNCIL =
      "(?<unsc>UNSC|" + UNITED_NATIONS_NAME + "(?i:" + words("Security Council") + "))";

  private static final String YEAR = "(?:-?" + WS + "?\\d{2})?";

  /** "World Radiocommunication Conference (WRC-19)": the name, then its abbreviation. */
  private static String nameThenAbbreviation(String name, String abbreviation) {
    return name + "(?:" + WS + "*\\(" + abbreviation + YEAR + "\\))?|" + abbreviation + YEAR;
  }

  /**
   * The Conference, the Additional one of Geneva, 1992 included: its resolutions are the
   * Plenipotentiary's.
   */
  private static final String PP_NAME =
      "(?i:" + words("(?:Additional )?Plenipotentiary Conference") + ")";

  /** The Conference's abbreviation, and the Additional Conference's, always with its year. */
  private static final String PP_ABBREVIATION = "(?:PP|APP(?=-\\d{2}))";

  /** "General Assembly (UNGA)". */
  private static final String UNGA_AFTER = "(?:" + WS + "*\\(UNGA\\))?";

  /** A named group of the body patterns: its name is the body's, in lower case. */
  private static String body(String name, String regex) {
    return "(?<" + name + ">" + regex + ")";
  }

  /**
   * A body named between the word and the number. Arabic does so in the construct state: "قرار
   * المجلس 1336" (the Council's resolution 1336), "قرار الجمعية العامة للأمم المتحدة 68/198";
   * Russian with the United Nations' organs: "резолюции ЭКОСОС 2022/15", "резолюция ГА ООН 70/125".
   */
  static final String BETWEEN =
      "المجلس|الجمعية"
          + WS
          + "+العامة(?:"
          + WS
          + "+للأمم"
          + WS
          + "+المتحدة)?|مؤتمر"
          + WS
          + "+المندوبين"
          + WS
          + "+المفوضين"
          + "|ЭКОСОС|ГА"
          + WS
          + "+ООН|Генеральной"
          + WS
          + "+Ассамблеи(?:"
          + WS
          + "+ООН)?|Совета"
          + WS
          + "+Безопасности(?:"
          + WS
          + "+ООН)?";

  /** {@link #BETWEEN} and the spaces after it, to skip at a given place. */
  static final Pattern BETWEEN_AND_SPACE = Pattern.compile("(?:" + BETWEEN + ")" + WS + "*");

  /** The body a {@link #BETWEEN} phrase names. */
  static String between(String phrase) {
    if (phrase.startsWith("المجلس")) {
      return COUNCIL;
    }
    if (phrase.startsWith("مؤتمر")) {
      return PP;
    }
    if (phrase.startsWith("ЭКОСОС")) {
      return ECOSOC;
    }
    return phrase.startsWith("Совета") ? UNSC : UNGA;
  }

  /** A body named before "Resolution": "ITU Council", "PP-18", "WTSA-16", "UNGA". */
  static final String PREFIX =
      "(?<![\\w-])(?:"
          + String.join(
              "|",
              SECURITY_COUNCIL,
              body("council", "(?:ITU" + WS + "+)?(?i:Council|Conseil)"),
              body("pp", nameThenAbbreviation(PP_NAME, PP_ABBREVIATION)),
              body("wtsa", WTSA_ABBREVIATION + YEAR + "|" + WTSA_NAME),
              body("wtdc", "WTDC" + YEAR + "|" + WTDC_NAME),
              body("wrc", WRC_ABBREVIATION + YEAR + "|" + WRC_NAME),
              body("ra", "RA" + YEAR + "|" + RA_NAME),
              body("unga", "UNGA|" + UNITED_NATIONS_NAME + GENERAL_ASSEMBLY + UNGA_AFTER),
              body("ecosoc", "ECOSOC|" + ECONOMIC_AND_SOCIAL))
          + ")";

  /**
   * What a report writes between a body named first and the word, to say what that body did: its
   * meeting in brackets then "in" or "by", or "in its" ("the Plenipotentiary Conference (Kyoto,
   * 1994) in Resolution 1", "the Council, by its Resolution 1380", "le Conseil, dans sa Résolution
   * 1380"). A bare "in" is not enough: "the role of the Council in Resolution 71" is PP's.
   */
  static final String PREFIX_LINK =
      "(?:"
          + WS
          + "*\\([^()\\n]{0,30}\\d{4}\\)"
          + words("(?:,)? (?iu:in|by|dans|par)(?: (?iu:its|sa))?")
          + "|"
          + words("(?:,)? (?iu:in|by|dans|par) (?iu:its|sa)")
          + ")";

  /** What joins a number to the body after it: "of the ITU", "adopted by", "du", "de la". */
  private static final String JOIN =
      WS
          + "*(?:(?i:of|"
          + words("adopted by")
          + ")"
          + WS
          + "+(?:(?i:the)"
          + WS
          + "+)?(?:ITU"
          + WS
          + "+)?|(?i:du|"
          + words("de la")
          + ")"
          + WS
          + "+)";

  /** A body named after the number: "of the ITU Council", "du Conseil". */
  static final Pattern SUFFIX =
      Pattern.compile(
          "\\G"
              + JOIN
              + "(?:"
              + String.join(
                  "|",
                  body(
                      "pp",
                      nameThenAbbreviation(PP_NAME, PP_ABBREVIATION)
                          + "|(?i:"
                          + words("Conf[ée]rence de pl[ée]nipotentiaires")
                          + ")"),
                  body("council", "(?i:Council|Conseil)"),
                  body("wtsa", nameThenAbbreviation(WTSA_NAME, WTSA_ABBREVIATION)),
                  body("wtdc", nameThenAbbreviation(WTDC_NAME, "WTDC")),
                  body("wrc", nameThenAbbreviation(WRC_NAME, WRC_ABBREVIATION)),
                  body("ra", nameThenAbbreviation(RA_NAME, "RA")),
                  body("unga", UNITED_NATIONS_NAME + GENERAL_ASSEMBLY + UNGA_AFTER + "|UNGA"),
                  body("ecosoc", "ECOSOC|" + ECONOMIC_AND_SOCIAL),
                  SECURITY_COUNCIL)
              + ")(?![\\w-])");

  /**
   * Bodies that, named anywhere in a sentence, give a bare resolution number its body. The Council
   * is left out: sentences name it in passing ("recommendations to the Council") far more often
   * than they mean its resolutions, and its resolutions have four-digit numbers.
   */
  private static final Pattern IN_SENTENCE =
      Pattern.compile(
          "(?<![\\w-])(?:"
              + String.join(
                  "|",
                  body("pp", "PP" + YEAR + "|APP-\\d{2}|(?i:Plenipotentiary)"),
                  body("wtsa", WTSA_ABBREVIATION + YEAR + "|" + WTSA_NAME),
                  body("wtdc", "WTDC" + YEAR + "|" + WTDC_NAME),
                  body("wrc", WRC_ABBREVIATION + YEAR + "|" + WRC_NAME),
                  body("ra", "RA-\\d{2}|" + RA_NAME),
                  body("unga", "UNGA|" + GENERAL_ASSEMBLY),
                  body("ecosoc", "ECOSOC"),
                  body("unsc", "UNSC|(?i:" + words("Security Council") + ")"),
                  body("council", "(?!)"))
              + ")(?![\\w])");

  private static final Pattern WHOLE_PREFIX = Pattern.compile(PREFIX + "$");

  /**
   * The United Nations bodies named in a sentence, in English and in the other languages: which of
   * them adopted a UN resolution is told by the one the sentence names ("The Economic and Social
   * Council, in its resolution 2019/24", "el Consejo Económico y Social, en su resolución").
   */
  private static final Pattern UNITED_NATIONS_IN_SENTENCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_-])(?:"
              + String.join(
                  "|",
                  body("unsc", "UNSC|(?i:" + words("Security Council") + ")|" + nameOf(UNSC)),
                  body("ecosoc", "ECOSOC|" + ECONOMIC_AND_SOCIAL + "|" + nameOf(ECOSOC)),
                  body("unga", "UNGA|" + GENERAL_ASSEMBLY + "|" + nameOf(UNGA)))
              + ")(?![\\p{L}\\p{N}_-])");

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
   * The United Nations body named in {@code text} nearest before {@code offset}, else the first
   * after it, else null.
   */
  static String unitedNationsNear(String text, int offset) {
    Matcher m = UNITED_NATIONS_IN_SENTENCE.matcher(text);
    String after = null;
    String before = null;
    while (m.find()) {
      String body = m.group("unsc") != null ? UNSC : m.group("ecosoc") != null ? ECOSOC : UNGA;
      if (m.start() < offset) {
        before = body;
      } else if (after == null) {
        after = body;
      }
    }
    return before != null ? before : after;
  }

  private static String nameOf(String body) {
    return "(?:" + BodyNames.namesOf(body) + ")";
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
