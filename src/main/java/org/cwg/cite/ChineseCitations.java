package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resolution citations as ITU's Chinese texts write them: the number between "第" and "号决议",
 * the body before it ("全权代表大会第101号决议", "理事会第1305号决议"), a list inside ("第101、102和133号决议",
 * "第101号、第102号和第133号决议"), and a revision in full-width brackets after ("（2022年，布加勒斯特，修订版）").
 */
final class ChineseCitations {

  private static final String NUMBER = "\\d{1,4}(?:/\\d{1,4})?";

  /**
   * Each body's Chinese names; the UN's councils before ITU's, whose name theirs ends with. The
   * Radiocommunication Assembly's are numbered after the sector ("ITU-R第65号决议"), as in English.
   */
  private static final List<String[]> BODIES =
      List.of(
          new String[] {ResolutionBodies.UNSC, "联合国安全理事会|安全理事会|安理会"},
          new String[] {ResolutionBodies.ECOSOC, "联合国经济及社会理事会|经济及社会理事会|经社理事会"},
          new String[] {ResolutionBodies.UNGA, "联合国大会|联大"},
          new String[] {ResolutionBodies.PP, "全权代表大会|PP(?:-\\d{2})?"},
          new String[] {ResolutionBodies.COUNCIL, "理事会"},
          new String[] {ResolutionBodies.WTSA, "世界电信标准化(?:全会|大会)|WTS[AC](?:-\\d{2})?"},
          new String[] {ResolutionBodies.WTDC, "世界电信发展大会|WTDC(?:-\\d{2})?"},
          new String[] {ResolutionBodies.WRC, "世界无线电通信大会|WRC(?:-\\d{2})?"},
          new String[] {ResolutionBodies.RA, "无线电通信全会|RA(?:-\\d{2})?|ITU-R"});

  private static final Pattern CITATION =
      Pattern.compile(
          "(?:(?<body>"
              + String.join("|", BODIES.stream().map(b -> b[1]).toList())
              + ")(?:[（(][^）)]{1,30}[）)])?的?\\s*)?"
              + "第\\s*(?<numbers>"
              + NUMBER
              + "(?:\\s*号?\\s*[、，,和及与]\\s*第?\\s*"
              + NUMBER
              + ")*)\\s*号决议"
              + "(?:\\s*[（(](?<qualifier>[^（）()]{0,40}\\d{4}[^（）()]{0,40})[）)])?");

  private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);

  private ChineseCitations() {}

  /** The citations in the text, their body null where the text does not name it. */
  static List<ResolutionFinder.Mention> find(String text) {
    List<ResolutionFinder.Mention> found = new ArrayList<>();
    if (text.indexOf("号决议") < 0) {
      return found;
    }
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      String body = m.group("body") == null ? null : bodyOf(m.group("body"));
      String qualifier = m.group("qualifier") == null ? null : m.group("qualifier").strip();
      Matcher number = ONE_NUMBER.matcher(m.group("numbers"));
      while (number.find()) {
        found.add(
            new ResolutionFinder.Mention(
                body, number.group(), qualifier, null, m.start(), m.end(), false));
      }
    }
    return found;
  }

  private static String bodyOf(String name) {
    for (String[] body : BODIES) {
      if (name.matches(body[1])) {
        return body[0];
      }
    }
    return null;
  }
}
