package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;
import static org.cwg.cite.ResolutionBodies.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How ITU's French, Spanish, Russian and Arabic texts name the bodies that adopt resolutions, after
 * the number ("de la Conférence de plénipotentiaires", "del Consejo", "Полномочной конференции",
 * "لمؤتمر المندوبين المفوضين") and as abbreviations in qualifiers ("CMR-23", "ВКР-19"). English
 * names stay in {@link ResolutionBodies}. Full names are matched in any case, abbreviations as
 * written.
 */
final class BodyNames {

  /**
   * A conference's year after its abbreviation: "CMR-19", and the whole year in 2000 ("CMR-2000").
   */
  private static final String YEAR = "(?:-(?:2000|\\d{2}))?";

  /** Alternatives of a pattern, each space in them any run of whitespace. */
  private static String names(String... alternatives) {
    return words(String.join("|", alternatives));
  }

  /**
   * Each body's names, most specific first: the UN Security Council and ECOSOC before the ITU
   * Council, whose names they begin with in French, Spanish and Arabic.
   */
  private static final List<Map.Entry<String, String>> NAMES =
      List.of(
          Map.entry(
              ResolutionBodies.UNSC,
              names(
                  "(?iu:Conseil de s[ée]curit[ée]|Consejo de Seguridad|Совета Безопасности)",
                  "(?:لل|ل)?مجلس الأمن")),
          Map.entry(
              ResolutionBodies.ECOSOC,
              names(
                  "(?iu:Conseil [ée]conomique et social|Consejo Econ[óo]mico y Social",
                  "Экономического и Социального Совета)",
                  "ЭКОСОС|ECOSOC",
                  "(?:ال|لل)مجلس الاقتصادي والاجتماعي")),
          Map.entry(
              ResolutionBodies.UNGA,
              names(
                  "(?iu:Assembl[ée]e g[ée]n[ée]rale|Asamblea General|Генеральной Ассамблеи)",
                  "AGNU|ГА ООН",
                  "(?:ال|لل)جمعية العامة")),
          Map.entry(
              ResolutionBodies.PP,
              names(
                  "(?iu:Conf[ée]rence de pl[ée]nipotentiaires|Conferencia de Plenipotenciarios",
                  "(?:Дополнительной )?Полномочной конференции)",
                  "PP" + YEAR + "|ПК" + YEAR,
                  "ل?مؤتمر المندوبين المفوضين")),
          Map.entry(
              ResolutionBodies.WTSA,
              names(
                  // The Assembly, and the Conference of 1993 and 1996 it succeeded (CMNT, ВКСЭ).
                  "(?iu:(?:Assembl[ée]e|Conf[ée]rence) mondiale de normalisation des t[ée]l[ée]communications",
                  "(?:Asamblea|Conferencia) Mundial de Normalizaci[óo]n de las Telecomunicaciones",
                  "Всемирной (?:ассамблеи|конференции) по стандартизации электросвязи)",
                  "AMNT" + YEAR + "|CMNT" + YEAR + "|ВАСЭ" + YEAR + "|ВКСЭ" + YEAR,
                  "(?:ال|لل)(?:جمعية العالمية|مؤتمر العالمي) لتقييس الاتصالات")),
          Map.entry(
              ResolutionBodies.WTDC,
              names(
                  "(?iu:Conf[ée]rence mondiale de d[ée]veloppement des t[ée]l[ée]communications",
                  "Conferencia Mundial de Desarrollo de las Telecomunicaciones",
                  "Всемирной конференции по развитию электросвязи)",
                  "CMDT" + YEAR + "|ВКРЭ" + YEAR,
                  "(?:ال|لل)مؤتمر العالمي لتنمية الاتصالات")),
          Map.entry(
              ResolutionBodies.WRC,
              names(
                  // And the World Administrative Radio Conferences it succeeded (CAMR, ВАКР).
                  "(?iu:Conf[ée]rence mondiale des radiocommunications|Conferencia Mundial de Radiocomunicaciones",
                  "Conf[ée]rence administrative mondiale des radiocommunications",
                  "Conferencia Administrativa Mundial de Radiocomunicaciones",
                  "Всемирной (?:административной )?конференции радиосвязи)",
                  "CMR" + YEAR + "|CAMR" + YEAR + "|ВКР" + YEAR + "|ВАКР" + YEAR,
                  "(?:ال|لل)مؤتمر العالمي للاتصالات الراديوية")),
          Map.entry(
              ResolutionBodies.RA,
              names(
                  "(?iu:Assembl[ée]e des radiocommunications|Asamblea de Radiocomunicaciones|Ассамблеи радиосвязи)",
                  "AR" + YEAR + "|АР" + YEAR,
                  "ل?جمعية الاتصالات الراديوية")),
          Map.entry(
              ResolutionBodies.COUNCIL,
              names(
                  "(?iu:Conseil|Consejo|Совета)(?: (?:de l['’]UIT|de la UIT|МСЭ))?",
                  "(?:ال|لل)مجلس")));

  /** The same, one pattern per body, to tell which body a matched name is. */
  private static final List<Map.Entry<String, Pattern>> BY_BODY =
      NAMES.stream()
          .map(e -> Map.entry(e.getKey(), Pattern.compile("(?:" + e.getValue() + ")" + YEAR)))
          .toList();

  private static final String ANY_NAME =
      String.join("|", NAMES.stream().map(e -> "(?:" + e.getValue() + ")").toList());

  /**
   * What joins a number to the body after it: French and Spanish "de la", "du", "del", "de l'",
   * perhaps after "adoptée par"; Arabic "الصادر عن" (issued by); nothing in Russian and Arabic,
   * whose genitive or attached "ل" does the joining.
   */
  private static final String JOIN =
      "(?:"
          + String.join(
              "|",
              words("(?iu:(?:adopt[ée]e?s?|adoptadas?|aprobadas?) (?:par|por) )?")
                  + words("(?iu:du|del|des|de(?: las?)?) "),
              words("(?iu:de) l['’]") + WS + "*",
              words("الصادرة? عن "),
              "(?=[\\p{IsCyrillic}\\p{IsArabic}]))");

  /** A body named after the number, in any of the four languages. */
  static final Pattern SUFFIX =
      Pattern.compile(
          "\\G"
              + WS
              + "*"
              + JOIN
              + "(?<name>"
              + ANY_NAME
              + ")(?:"
              + names(
                  " (?iu:des Nations Unies|de las Naciones Unidas|ООН|Организации Объединенных Наций",
                  "de l['’]UIT|de la UIT|МСЭ)",
                  " للأمم المتحدة")
              + ")?(?:"
              + WS
              + "*\\((?:PP|CMR|CAMR|AMNT|CMNT|CMDT|AR|ПК|ВКР|ВАКР|ВАСЭ|ВКСЭ|ВКРЭ|АР)"
              + YEAR
              + "\\))?"
              + "(?![\\p{L}\\p{N}_-])");

  /**
   * Bodies a sentence names in passing in these languages, to give a bare number its body. The
   * Council is left out as in English, and so is "AR", which English texts use for augmented
   * reality.
   */
  private static final Pattern IN_SENTENCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_-])(?<name>AMNT"
              + YEAR
              + "|CMNT"
              + YEAR
              + "|CMDT"
              + YEAR
              + "|CMR"
              + YEAR
              + "|CAMR"
              + YEAR
              + "|ВАКР"
              + YEAR
              + "|ВАСЭ"
              + YEAR
              + "|ВКСЭ"
              + YEAR
              + "|ВКРЭ"
              + YEAR
              + "|ВКР"
              + YEAR
              + "|ПК-\\d{2}|"
              + names(
                  "(?iu:Conf[ée]rence de pl[ée]nipotentiaires|Conferencia de Plenipotenciarios",
                  "Полномочной конференции)")
              + ")(?![\\p{L}\\p{N}_-])");

  /** Any body's name in these languages, full names included, standing as a word. */
  private static final Pattern ANY_NAMED =
      Pattern.compile("(?<![\\p{L}\\p{N}_-])(?:" + ANY_NAME + ")" + YEAR + "(?![\\p{L}\\p{N}_-])");

  /** Any body's name in these languages at the end of a text, whitespace after it allowed. */
  private static final Pattern NAME_AT_END =
      Pattern.compile("(?<![\\p{L}\\p{N}_-])(?:" + ANY_NAME + ")" + YEAR + WS + "*$");

  private BodyNames() {}

  /** The body whose name in these languages ends {@code text}, or null. */
  static String endingAt(String text) {
    Matcher m = NAME_AT_END.matcher(text);
    return m.find() ? bodyOf(m.group().strip()) : null;
  }

  /**
   * Where {@code text} last names one of {@code bodies} by a name in these languages, and which:
   * offset and index in {@link ResolutionBodies#ALL}; null when none.
   */
  static int[] lastNamed(String text, List<String> bodies) {
    Matcher m = ANY_NAMED.matcher(text);
    int[] last = null;
    while (m.find()) {
      String body = bodyOf(m.group());
      if (body != null && bodies.contains(body)) {
        last = new int[] {m.start(), ResolutionBodies.ALL.indexOf(body)};
      }
    }
    return last;
  }

  /** The body a name of {@link #NAMES} stands for, or null. */
  static String bodyOf(String name) {
    String stripped = ResolutionFinder.collapse(name);
    for (Map.Entry<String, Pattern> body : BY_BODY) {
      if (body.getValue().matcher(stripped).matches()) {
        return body.getKey();
      }
    }
    return null;
  }

  /** The body of an abbreviation in a qualifier ("CMR", "ВКР"), or null. */
  static String bodyOfAbbreviation(String abbreviation) {
    return switch (abbreviation) {
      case "AMNT", "CMNT", "ВАСЭ", "ВКСЭ" -> ResolutionBodies.WTSA;
      case "CMDT", "ВКРЭ" -> ResolutionBodies.WTDC;
      case "CMR", "ВКР", "WARC", "CAMR", "ВАКР" -> ResolutionBodies.WRC;
      case "AR", "АР" -> ResolutionBodies.RA;
      case "ПК", "APP" -> ResolutionBodies.PP;
      default -> null;
    };
  }

  /** The names of one body in these languages, as one pattern's alternatives. */
  static String namesOf(String body) {
    for (Map.Entry<String, String> entry : NAMES) {
      if (entry.getKey().equals(body)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no names for " + body);
  }

  /** Where this sentence names a body in these languages: offsets and bodies, in order. */
  static List<int[]> namedIn(String sentence) {
    List<int[]> found = new ArrayList<>();
    Matcher m = IN_SENTENCE.matcher(sentence);
    while (m.find()) {
      String body = bodyOf(m.group("name"));
      if (body != null) {
        found.add(new int[] {m.start(), ResolutionBodies.ALL.indexOf(body)});
      }
    }
    return found;
  }
}
