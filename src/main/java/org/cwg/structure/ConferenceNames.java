package org.cwg.structure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ITU's conferences as a masthead names them: by the acronym and year in brackets ("(PP-22)",
 * "(CMR-23)", "(ВАСЭ-24)"), or by the name in one of the official languages, whose year then
 * follows with the place and dates.
 */
final class ConferenceNames {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern BRACKETED_ID =
      Pattern.compile(
          "[(（](PP|WTSA|WTDC|WCIT|WRC|RRC|RA|WTPF|AMNT|CMDT|CMTI|CMR|CRR|AR|ПК|ВАСЭ|ВКРЭ|ВКМЭ|ВКР"
              + "|РКР|АР)"
              + "-(\\d{2}|2000)[)）]");

  /** Conference acronyms as ITU's French, Spanish and Russian texts write them. */
  private static final Map<String, String> LOCAL_ACRONYMS =
      Map.ofEntries(
          Map.entry("AMNT", "WTSA"),
          Map.entry("CMDT", "WTDC"),
          Map.entry("CMTI", "WCIT"),
          Map.entry("CMR", "WRC"),
          Map.entry("CRR", "RRC"),
          Map.entry("AR", "RA"),
          Map.entry("ПК", "PP"),
          Map.entry("ВАСЭ", "WTSA"),
          Map.entry("ВКРЭ", "WTDC"),
          Map.entry("ВКМЭ", "WCIT"),
          Map.entry("ВКР", "WRC"),
          Map.entry("РКР", "RRC"),
          Map.entry("АР", "RA"));

  /** The conferences' names in French, Spanish and Russian. */
  private static final String NAMES_IN_FRENCH_SPANISH_RUSSIAN =
      "conf[ée]rence\\s+de\\s+pl[ée]nipotentiaires|conferencia\\s+de\\s+plenipotenciarios"
          + "|полномочная\\s+конференция"
          + "|assembl[ée]e\\s+mondiale\\s+de\\s+normalisation|asamblea\\s+mundial\\s+de"
          + "\\s+normalizaci[óo]n|всемирная\\s+ассамблея\\s+по\\s+стандартизации"
          + "|conf[ée]rence\\s+mondiale\\s+de\\s+d[ée]veloppement|conferencia\\s+mundial\\s+de"
          + "\\s+desarrollo|всемирная\\s+конференция\\s+по\\s+развитию"
          + "|conf[ée]rence\\s+mondiale\\s+des\\s+t[ée]l[ée]communications\\s+internationales"
          + "|conferencia\\s+mundial\\s+de\\s+telecomunicaciones\\s+internacionales"
          + "|всемирная\\s+конференция\\s+по\\s+международной"
          + "|conf[ée]rence\\s+mondiale\\s+des\\s+radiocommunications"
          + "|conferencia\\s+mundial\\s+de\\s+radiocomunicaciones"
          + "|всемирная\\s+конференция\\s+радиосвязи"
          // The Regional Radiocommunication Conference (RRC-04, RRC-06), ITU's own, as the World's.
          + "|conf[ée]rence\\s+r[ée]gionale\\s+des\\s+radiocommunications"
          + "|conferencia\\s+regional\\s+de\\s+radiocomunicaciones"
          + "|региональная\\s+конференция\\s+радиосвязи"
          + "|assembl[ée]e\\s+des\\s+radiocommunications|asamblea\\s+de\\s+radiocomunicaciones"
          + "|ассамблея\\s+радиосвязи";

  /** A conference's name in English, French, Spanish or Russian; its year follows the place. */
  private static final WordedPattern NAME =
      WordedPattern.of(
          List.of(
              "plenipotentiar",
              "nipotentiaires",
              "plenipotenciar",
              "world",
              "mondiale",
              "mundial",
              "radiocommunication",
              "radiocomunicacion",
              "конференция",
              "ассамблея"),
          "(plenipotentiary\\s+conference|world\\s+telecommunication\\s+standardization\\s+assembly"
              + "|world\\s+telecommunication\\s+development\\s+conference|world\\s+conference\\s+on"
              + "\\s+international\\s+telecommunications|world\\s+radiocommunication\\s+conference"
              + "|regional\\s+radiocommunication\\s+conference"
              + "|radiocommunication\\s+assembly|"
              + NAMES_IN_FRENCH_SPANISH_RUSSIAN
              + ")",
          FLAGS);

  /** A year, whose last two digits name a conference: "PP-22"; ITU wrote 2000 whole, "RA-2000". */
  private static final Pattern YEAR = Pattern.compile("\\b(2000)\\b|\\b(?:19|20)(\\d{2})\\b");

  /**
   * The conferences' names in French, Spanish, Russian, Chinese and Arabic, for the family cue;
   * their ids come from the acronym in brackets that ITU prints after the name.
   */
  static String localNames() {
    return NAMES_IN_FRENCH_SPANISH_RUSSIAN
        // Chinese and Arabic, with the acronym in brackets that a masthead prints after the name:
        // a title may name the conference too ("关于筹备2010年全权代表大会的建议").
        + "|(?:全权代表大会|世界电信标准化全会|世界电信发展大会|国际电信世界大会|世界无线电通信大会"
        + "|无线电通信全会|مؤتمر\\s+المندوبين\\s+المفوضين|الجمعية\\s+العالمية\\s+لتقييس\\s+الاتصالات"
        + "|المؤتمر\\s+العالمي\\s+لتنمية\\s+الاتصالات|المؤتمر\\s+العالمي\\s+للاتصالات\\s+الراديوية"
        + "|جمعية\\s+الاتصالات\\s+الراديوية)\\s*[(（][A-Z]+-\\d{2}[)）]";
  }

  /**
   * Words of a conference's name and the acronym they give, tried in order: an assembly for
   * standardization is WTSA before any other assembly is RA.
   */
  private static final List<Map.Entry<String, String>> NAME_WORDS =
      List.of(
          Map.entry("nipoten", "PP"),
          Map.entry("полномочная", "PP"),
          Map.entry("standardization", "WTSA"),
          Map.entry("normalisation", "WTSA"),
          Map.entry("normaliza", "WTSA"),
          Map.entry("стандартизации", "WTSA"),
          Map.entry("development", "WTDC"),
          Map.entry("veloppement", "WTDC"),
          Map.entry("desarrollo", "WTDC"),
          Map.entry("развитию", "WTDC"),
          Map.entry("assembl", "RA"),
          Map.entry("asamblea", "RA"),
          Map.entry("ассамблея", "RA"),
          Map.entry("gional", "RRC"),
          Map.entry("региональная", "RRC"),
          Map.entry("radiocommunication", "WRC"),
          Map.entry("radiocomunicaciones", "WRC"),
          Map.entry("радиосвязи", "WRC"));

  private static String acronym(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return NAME_WORDS.stream()
        .filter(word -> n.contains(word.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("WCIT");
  }

  /** The conference's id ("PP-22", "WTSA-24" for "(AMNT-24)") in a cell, or null. */
  static String bracketedId(String text) {
    Matcher m = BRACKETED_ID.matcher(text);
    return m.find() ? LOCAL_ACRONYMS.getOrDefault(m.group(1), m.group(1)) + "-" + m.group(2) : null;
  }

  /** The acronym ("WTDC") of the conference a cell names in words, or null. */
  static String named(String text, String folded) {
    Matcher m = NAME.find(text, folded);
    return m == null ? null : acronym(m.group(1));
  }

  /** The conference year a place-and-dates line ends with, as an id writes it ("22", "2000"). */
  static String lastYear(String text) {
    Matcher year = YEAR.matcher(text);
    String last = null;
    while (year.find()) {
      last = year.group(1) != null ? year.group(1) : year.group(2);
    }
    return last;
  }

  private ConferenceNames() {}
}
