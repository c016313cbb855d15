package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;

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

  private static final String S = WS + "+";

  /**
   * Each body's names, most specific first: the UN Security Council and ECOSOC before the ITU
   * Council, whose names they begin with in French, Spanish and Arabic.
   */
  private static final List<Map.Entry<String, String>> NAMES =
      List.of(
          Map.entry(
              ResolutionBodies.UNSC,
              "(?iu:Conseil"
                  + S
                  + "de"
                  + S
                  + "s[ée]curit[ée]|Consejo"
                  + S
                  + "de"
                  + S
                  + "Seguridad|Совета"
                  + S
                  + "Безопасности)"
                  + "|(?:لل|ل)?مجلس"
                  + S
                  + "الأمن"),
          Map.entry(
              ResolutionBodies.ECOSOC,
              "(?iu:Conseil"
                  + S
                  + "[ée]conomique"
                  + S
                  + "et"
                  + S
                  + "social|Consejo"
                  + S
                  + "Econ[óo]mico"
                  + S
                  + "y"
                  + S
                  + "Social|Экономического"
                  + S
                  + "и"
                  + S
                  + "Социального"
                  + S
                  + "Совета)|ЭКОСОС|ECOSOC"
                  + "|(?:ال|لل)مجلس"
                  + S
                  + "الاقتصادي"
                  + S
                  + "والاجتماعي"),
          Map.entry(
              ResolutionBodies.UNGA,
              "(?iu:Assembl[ée]e"
                  + S
                  + "g[ée]n[ée]rale|Asamblea"
                  + S
                  + "General|Генеральной"
                  + S
                  + "Ассамблеи)"
                  + "|AGNU|ГА"
                  + S
                  + "ООН|(?:ال|لل)جمعية"
                  + S
                  + "العامة"),
          Map.entry(
              ResolutionBodies.PP,
              "(?iu:Conf[ée]rence"
                  + S
                  + "de"
                  + S
                  + "pl[ée]nipotentiaires|Conferencia"
                  + S
                  + "de"
                  + S
                  + "Plenipotenciarios|Полномочной"
                  + S
                  + "конференции)"
                  + "|PP(?:-\\d{2})?|ПК(?:-\\d{2})?|ل?مؤتمر"
                  + S
                  + "المندوبين"
                  + S
                  + "المفوضين"),
          Map.entry(
              ResolutionBodies.WTSA,
              "(?iu:Assembl[ée]e"
                  + S
                  + "mondiale"
                  + S
                  + "de"
                  + S
                  + "normalisation"
                  + S
                  + "des"
                  + S
                  + "t[ée]l[ée]communications|Asamblea"
                  + S
                  + "Mundial"
                  + S
                  + "de"
                  + S
                  + "Normalizaci[óo]n"
                  + S
                  + "de"
                  + S
                  + "las"
                  + S
                  + "Telecomunicaciones|Всемирной"
                  + S
                  + "ассамблеи"
                  + S
                  + "по"
                  + S
                  + "стандартизации"
                  + S
                  + "электросвязи)"
                  + "|AMNT(?:-\\d{2})?|ВАСЭ(?:-\\d{2})?|(?:ال|لل)جمعية"
                  + S
                  + "العالمية"
                  + S
                  + "لتقييس"
                  + S
                  + "الاتصالات"),
          Map.entry(
              ResolutionBodies.WTDC,
              "(?iu:Conf[ée]rence"
                  + S
                  + "mondiale"
                  + S
                  + "de"
                  + S
                  + "d[ée]veloppement"
                  + S
                  + "des"
                  + S
                  + "t[ée]l[ée]communications|Conferencia"
                  + S
                  + "Mundial"
                  + S
                  + "de"
                  + S
                  + "Desarrollo"
                  + S
                  + "de"
                  + S
                  + "las"
                  + S
                  + "Telecomunicaciones|Всемирной"
                  + S
                  + "конференции"
                  + S
                  + "по"
                  + S
                  + "развитию"
                  + S
                  + "электросвязи)"
                  + "|CMDT(?:-\\d{2})?|ВКРЭ(?:-\\d{2})?|(?:ال|لل)مؤتمر"
                  + S
                  + "العالمي"
                  + S
                  + "لتنمية"
                  + S
                  + "الاتصالات"),
          Map.entry(
              ResolutionBodies.WRC,
              "(?iu:Conf[ée]rence"
                  + S
                  + "mondiale"
                  + S
                  + "des"
                  + S
                  + "radiocommunications|Conferencia"
                  + S
                  + "Mundial"
                  + S
                  + "de"
                  + S
                  + "Radiocomunicaciones|Всемирной"
                  + S
                  + "конференции"
                  + S
                  + "радиосвязи)"
                  + "|CMR(?:-\\d{2})?|ВКР(?:-\\d{2})?|(?:ال|لل)مؤتمر"
                  + S
                  + "العالمي"
                  + S
                  + "للاتصالات"
                  + S
                  + "الراديوية"),
          Map.entry(
              ResolutionBodies.RA,
              "(?iu:Assembl[ée]e"
                  + S
                  + "des"
                  + S
                  + "radiocommunications|Asamblea"
                  + S
                  + "de"
                  + S
                  + "Radiocomunicaciones|Ассамблеи"
                  + S
                  + "радиосвязи)"
                  + "|AR(?:-\\d{2})?|АР(?:-\\d{2})?|ل?جمعية"
                  + S
                  + "الاتصالات"
                  + S
                  + "الراديوية"),
          Map.entry(
              ResolutionBodies.COUNCIL,
              "(?iu:Conseil|Consejo|Совета)(?:"
                  + S
                  + "(?:de"
                  + S
                  + "l['’]UIT|de"
                  + S
                  + "la"
                  + S
                  + "UIT|МСЭ))?|(?:ال|لل)مجلس"));

  /** The same, one pattern per body, to tell which body a matched name is. */
  private static final List<Map.Entry<String, Pattern>> BY_BODY =
      NAMES.stream()
          .map(e -> Map.entry(e.getKey(), Pattern.compile("(?:" + e.getValue() + ")(?:-\\d{2})?")))
          .toList();

  private static final String ANY_NAME =
      String.join("|", NAMES.stream().map(e -> "(?:" + e.getValue() + ")").toList());

  /**
   * What joins a number to the body after it: French and Spanish "de la", "du", "del", "de l'",
   * perhaps after "adoptée par"; Arabic "الصادر عن" (issued by); nothing in Russian and Arabic,
   * whose genitive or attached "ل" does the joining.
   */
  private static final String JOIN =
      "(?:(?iu:(?:adopt[ée]e?s?|adoptadas?|aprobadas?)"
          + S
          + "(?:par|por)"
          + S
          + ")?(?iu:du|del|des|de(?:"
          + S
          + "las?)?)"
          + S
          + "|(?iu:de)"
          + S
          + "l['’]"
          + WS
          + "*|الصادرة?"
          + S
          + "عن"
          + S
          + "|(?=[\\p{IsCyrillic}\\p{IsArabic}]))";

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
              + WS
              + "+(?iu:des"
              + S
              + "Nations"
              + S
              + "Unies|de"
              + S
              + "las"
              + S
              + "Naciones"
              + S
              + "Unidas|ООН|Организации"
              + S
              + "Объединенных"
              + S
              + "Наций|de"
              + S
              + "l['’]UIT|de"
              + S
              + "la"
              + S
              + "UIT|МСЭ)|"
              + WS
              + "+للأمم"
              + S
              + "المتحدة)?"
              + "(?:"
              + WS
              + "*\\((?:PP|CMR|AMNT|CMDT|AR|ПК|ВКР|ВАСЭ|ВКРЭ|АР)(?:-\\d{2})?\\))?"
              + "(?![\\p{L}\\p{N}_-])");

  /**
   * Bodies a sentence names in passing in these languages, to give a bare number its body. The
   * Council is left out as in English, and so is "AR", which English texts use for augmented
   * reality.
   */
  private static final Pattern IN_SENTENCE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_-])(?<name>AMNT(?:-\\d{2})?|CMDT(?:-\\d{2})?|CMR(?:-\\d{2})?"
              + "|ВАСЭ(?:-\\d{2})?|ВКРЭ(?:-\\d{2})?|ВКР(?:-\\d{2})?|ПК-\\d{2}"
              + "|(?iu:Conf[ée]rence"
              + S
              + "de"
              + S
              + "pl[ée]nipotentiaires|Conferencia"
              + S
              + "de"
              + S
              + "Plenipotenciarios|Полномочной"
              + S
              + "конференции))(?![\\p{L}\\p{N}_-])");

  private BodyNames() {}

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
      case "AMNT", "ВАСЭ" -> ResolutionBodies.WTSA;
      case "CMDT", "ВКРЭ" -> ResolutionBodies.WTDC;
      case "CMR", "ВКР" -> ResolutionBodies.WRC;
      case "AR", "АР" -> ResolutionBodies.RA;
      case "ПК" -> ResolutionBodies.PP;
      default -> null;
    };
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
