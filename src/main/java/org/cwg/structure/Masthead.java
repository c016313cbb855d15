package org.cwg.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cover's masthead says about the family: the Sector ("TELECOMMUNICATION STANDARDIZATION
 * SECTOR", "RADIOCOMMUNICATION STUDY GROUPS", "TELECOMMUNICATION DEVELOPMENT SECTOR"), the group
 * ("STUDY GROUP 17", "Working Party 5D", "Focus Group on ... (FG-AINN)", "Council 2025", a Council
 * working group) and the conference ("Plenipotentiary Conference (PP-22)", "WORLD TELECOMMUNICATION
 * STANDARDIZATION ASSEMBLY" with its dates). Each cue adds to its family's score; the number and
 * the file name add theirs in {@link ItuCover}.
 */
final class Masthead {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A cue: its pattern, and the family it counts for, by how much. */
  private record Cue(Worded worded, String family, int weight) {
    Cue(List<String> words, Pattern pattern, String family, int weight) {
      this(new Worded(words, pattern), family, weight);
    }
  }

  /**
   * A pattern with words one of which each of its matches contains: a cover cell rarely holds any,
   * and trying the cues' long lists of alternatives at every character of every cell cost two
   * thirds of reading a masthead.
   */
  private record Worded(List<String> words, Pattern pattern) {
    Worded {
      words = words.stream().map(CaseFolding::fold).toList();
    }

    /**
     * The first match in a cell, or null; {@code folded} is the cell {@link CaseFolding#fold}ed.
     */
    Matcher find(String text, String folded) {
      if (words.stream().noneMatch(folded::contains)) {
        return null;
      }
      Matcher m = pattern.matcher(text);
      return m.find() ? m : null;
    }
  }

  private static final Cue[] CUES = {
    new Cue(
        List.of(
            "telecommunication",
            "itu-t",
            "uit-t",
            "secteur",
            "sector",
            "сектор",
            "мсэ-",
            "focus",
            "tsag"),
        Pattern.compile(
            "telecommunication\\s+standardization\\s+sector|\\bITU-T\\b|\\bUIT-T\\b"
                + "|secteur\\s+de\\s+la\\s+normalisation|sector\\s+de\\s+normalizaci[óo]n"
                + "|сектор\\s+стандартизации|МСЭ-[TТ](?!\\p{L})"
                + "|focus\\s+group\\s+on|\\bTSAG\\b",
            FLAGS),
        "itu-t",
        2),
    new Cue(
        List.of(
            "radiocommunication",
            "itu-r",
            "uit-r",
            "мсэ-r",
            "working",
            "secteur",
            "sector",
            "сектор"),
        Pattern.compile(
            "radiocommunication\\s+(?:sector|study\\s+groups|bureau)"
                + "|\\bITU-R\\b|\\bUIT-R\\b|МСЭ-R(?!\\p{L})|working\\s+party\\s+\\d[A-Z]\\b"
                + "|secteur\\s+des\\s+radiocommunications|sector\\s+de\\s+radiocomunicaciones"
                + "|сектор\\s+радиосвязи",
            FLAGS),
        "itu-r",
        2),
    new Cue(
        List.of(
            "telecommunication", "itu-d", "tdag", "uit-d", "мсэ-d", "secteur", "sector", "сектор"),
        Pattern.compile(
            "telecommunication\\s+development\\s+(?:sector|bureau)|\\bITU-D\\b|\\bTDAG\\b"
                + "|\\bUIT-D\\b|МСЭ-D(?!\\p{L})|secteur\\s+du\\s+d[ée]veloppement"
                + "|sector\\s+de\\s+desarrollo|сектор\\s+развития",
            FLAGS),
        "itu-d",
        2),
    new Cue(
        List.of(
            "council",
            "conseil",
            "consejo",
            "совет",
            "рабочая",
            "groupe",
            "grupo",
            "open",
            "secretary-general"),
        Pattern.compile(
            // The Council's older masthead sets "COUNCIL" alone in its top right cell.
            "^(?:council|conseil|consejo|совет)$"
                + "|(?<!\\p{L})(?:council|conseil|consejo|совет)\\s+\\d{4}\\b|council\\s+working"
                + "|рабочая\\s+группа\\s+совета"
                + "\\s+group|groupe\\s+de\\s+travail\\s+du\\s+conseil|grupo\\s+de\\s+trabajo\\s+del"
                + "\\s+consejo|open\\s+consultation|secretary-general",
            FLAGS),
        "council",
        2),
    new Cue(
        List.of(
            "plenipotentiary",
            "conf",
            "world",
            "radiocommunication",
            "полномочная",
            "全会",
            "大会",
            "المؤتمر",
            "مؤتمر",
            "جمعية",
            "assembl",
            "asamblea",
            "всемирная",
            "ассамблея"),
        Pattern.compile(
            "plenipotentiary\\s+conference"
                + "|conférence\\s+de\\s+plénipotentiaires"
                + "|world\\s+telecommunication\\s+(?:standardization\\s+assembly|development\\s+"
                + "conference)|world\\s+radiocommunication\\s+conference|radiocommunication\\s+assembly"
                + "|world\\s+telecommunication/ict\\s+policy\\s+forum"
                + "|world\\s+conference\\s+on"
                + "\\s+international\\s+telecommunications|"
                + localConferenceNames(),
            FLAGS),
        "conference",
        3)
  };

  private static final Worded STUDY_GROUP =
      worded(
          List.of("study", "commission", "comisi", "исследовательская"),
          "(?:\\bstudy\\s+group|commission\\s+d['’][ée]tudes|comisi[óo]n\\s+de\\s+estudios?"
              + "|исследовательская\\s+комиссия)\\s+(\\d{1,2})(?!\\d)(\\s+rapporteur\\s+group)?",
          FLAGS);
  private static final Worded WORKING_PARTY =
      worded(
          List.of("working", "groupe", "grupo", "рабочая"),
          "(?:\\bworking\\s+party|groupe\\s+de\\s+travail|grupo\\s+de\\s+trabajo"
              + "|рабочая\\s+группа)\\s+(\\d[A-Z])\\b",
          FLAGS);
  private static final Pattern FOCUS_GROUP = Pattern.compile("\\((FG-[A-Z0-9-]+?)\\)", FLAGS);

  /**
   * The Sectors' advisory groups by their names in English, French, Spanish and Russian: which
   * Sector's the group is is the name's last word (radiocommunication, standardization,
   * development).
   */
  private static final Worded ADVISORY_GROUP =
      worded(
          List.of("advisory", "consultatif", "asesor", "консультативная"),
          "(?:telecommunication\\s+)?(?<sector>radiocommunication|standardization|development)"
              + "\\s+advisory\\s+group"
              + "|groupe\\s+consultatif\\s+(?:des|de\\s+la|pour\\s+le)\\s+(?<fr>radiocommunications"
              + "|normalisation|d[ée]veloppement)"
              + "|grupo\\s+asesor\\s+de\\s+(?<es>radiocomunicaciones|normalizaci[óo]n|desarrollo)"
              + "|консультативная\\s+группа\\s+по\\s+(?<ru>радиосвязи|стандартизации|развитию)",
          FLAGS);

  /** An advisory group named by its acronym alone, as older TSAG covers head the number: "TSAG". */
  private static final Pattern ADVISORY_ACRONYM =
      Pattern.compile("(?<group>TSAG|TDAG|RAG)", Pattern.CASE_INSENSITIVE);

  private static final Pattern COUNCIL_SESSION =
      Pattern.compile("^(?:council|conseil|consejo|совет)\\s+\\d{4}$", FLAGS);
  private static final Pattern CONFERENCE_ID =
      Pattern.compile(
          "[(（](PP|WTSA|WTDC|WCIT|WRC|RA|WTPF|AMNT|CMDT|CMTI|CMR|AR|ПК|ВАСЭ|ВКРЭ|ВКМЭ|ВКР|АР)"
              + "-(\\d{2}|2000)[)）]");

  /** Conference acronyms as ITU's French, Spanish and Russian texts write them. */
  private static final Map<String, String> LOCAL_ACRONYMS =
      Map.ofEntries(
          Map.entry("AMNT", "WTSA"),
          Map.entry("CMDT", "WTDC"),
          Map.entry("CMTI", "WCIT"),
          Map.entry("CMR", "WRC"),
          Map.entry("AR", "RA"),
          Map.entry("ПК", "PP"),
          Map.entry("ВАСЭ", "WTSA"),
          Map.entry("ВКРЭ", "WTDC"),
          Map.entry("ВКМЭ", "WCIT"),
          Map.entry("ВКР", "WRC"),
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
          + "|assembl[ée]e\\s+des\\s+radiocommunications|asamblea\\s+de\\s+radiocomunicaciones"
          + "|ассамблея\\s+радиосвязи";

  /** A conference's name in English, French, Spanish or Russian; its year follows the place. */
  private static final Worded CONFERENCE_NAME =
      worded(
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
              + "|radiocommunication\\s+assembly|"
              + NAMES_IN_FRENCH_SPANISH_RUSSIAN
              + ")",
          FLAGS);

  /** A year, whose last two digits name a conference: "PP-22"; ITU wrote 2000 whole, "RA-2000". */
  private static final Pattern YEAR = Pattern.compile("\\b(2000)\\b|\\b(?:19|20)(\\d{2})\\b");

  final Map<String, Integer> scores = new HashMap<>();
  String group;
  String conference;
  String sectorFamily;

  private Masthead() {}

  static Masthead read(Cover cover) {
    Masthead masthead = new Masthead();
    boolean conferenceNamed = false;
    for (Cover.Cell cell : cover.cells()) {
      if (cover.isLabelled(cell)) {
        continue;
      }
      String text = cell.text();
      String folded = CaseFolding.fold(text);
      for (Cue cue : CUES) {
        if (cue.worded().find(text, folded) != null) {
          masthead.scores.merge(cue.family(), cue.weight(), Math::max);
          if (!cue.family().equals("council") && !cue.family().equals("conference")) {
            masthead.sectorFamily =
                masthead.sectorFamily == null ? cue.family() : masthead.sectorFamily;
          }
        }
      }
      Matcher m = FOCUS_GROUP.matcher(text);
      if (masthead.group == null && m.find()) {
        masthead.group = m.group(1).toUpperCase(java.util.Locale.ROOT);
      }
      m = masthead.group == null ? ADVISORY_GROUP.find(text, folded) : null;
      if (m != null) {
        String sector =
            CaseFolding.fold(
                m.group("sector") != null
                    ? m.group("sector")
                    : m.group("fr") != null
                        ? m.group("fr")
                        : m.group("es") != null ? m.group("es") : m.group("ru"));
        boolean radio = sector.startsWith("radio") || sector.startsWith("радио");
        boolean standards =
            sector.startsWith("standard")
                || sector.startsWith("normali")
                || sector.startsWith("стандарт");
        masthead.advisoryGroup(radio ? "RAG" : standards ? "TSAG" : "TDAG");
      }
      m = masthead.group == null ? ADVISORY_ACRONYM.matcher(text.strip()) : null;
      if (m != null && m.matches()) {
        masthead.advisoryGroup(m.group("group").toUpperCase(java.util.Locale.ROOT));
      }
      m = masthead.group == null ? STUDY_GROUP.find(text, folded) : null;
      if (m != null) {
        masthead.group = "SG" + Integer.parseInt(m.group(1)) + (m.group(2) != null ? "RGQ" : "");
      }
      m = masthead.group == null ? WORKING_PARTY.find(text, folded) : null;
      if (m != null) {
        masthead.group = "WP" + m.group(1).toUpperCase(java.util.Locale.ROOT);
      }
      if (masthead.group == null && COUNCIL_SESSION.matcher(text).matches()) {
        masthead.group = "Council";
      }
      m = CONFERENCE_ID.matcher(text);
      if (masthead.conference == null && m.find()) {
        masthead.conference =
            LOCAL_ACRONYMS.getOrDefault(m.group(1), m.group(1)) + "-" + m.group(2);
      }
      m = CONFERENCE_NAME.find(text, folded);
      if (m != null) {
        conferenceNamed = true;
        if (masthead.conference == null) {
          masthead.conference = acronym(m.group(1));
        }
      } else if (conferenceNamed
          && masthead.conference != null
          && !masthead.conference.contains("-")
          && CoverCells.placeAndDate(text) != null) {
        Matcher year = YEAR.matcher(text);
        String last = null;
        while (year.find()) {
          last = year.group(1) != null ? year.group(1) : year.group(2);
        }
        masthead.conference += "-" + last;
      }
    }
    return masthead;
  }

  /**
   * The conferences' names in French, Spanish, Russian, Chinese and Arabic, for the family cue;
   * their ids come from the acronym in brackets that ITU prints after the name.
   */
  static String localConferenceNames() {
    return NAMES_IN_FRENCH_SPANISH_RUSSIAN
        // Chinese and Arabic, with the acronym in brackets that a masthead prints after the name:
        // a title may name the conference too ("关于筹备2010年全权代表大会的建议").
        + "|(?:全权代表大会|世界电信标准化全会|世界电信发展大会|国际电信世界大会|世界无线电通信大会"
        + "|无线电通信全会|مؤتمر\\s+المندوبين\\s+المفوضين|الجمعية\\s+العالمية\\s+لتقييس\\s+الاتصالات"
        + "|المؤتمر\\s+العالمي\\s+لتنمية\\s+الاتصالات|المؤتمر\\s+العالمي\\s+للاتصالات\\s+الراديوية"
        + "|جمعية\\s+الاتصالات\\s+الراديوية)\\s*[(（][A-Z]+-\\d{2}[)）]";
  }

  private static Worded worded(List<String> words, String pattern, int flags) {
    return new Worded(words, Pattern.compile(pattern, flags));
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

  /** An advisory group names its sector's family: TSAG ITU-T's, RAG ITU-R's, TDAG ITU-D's. */
  private void advisoryGroup(String acronym) {
    group = acronym;
    String family =
        switch (acronym) {
          case "TSAG" -> "itu-t";
          case "RAG" -> "itu-r";
          default -> "itu-d";
        };
    scores.merge(family, 2, Math::max);
    sectorFamily = sectorFamily == null ? family : sectorFamily;
  }

  /** The conference's id with its year ("PP-22"), or null when the masthead names none. */
  String conferenceWithYear() {
    return conference != null && conference.contains("-") ? conference : null;
  }

  /** The family whose cues weigh most, ties to the first cue listed. */
  static String best(Map<String, Integer> scores) {
    String best = null;
    int top = 0;
    for (String family : new String[] {"conference", "council", "itu-t", "itu-r", "itu-d"}) {
      int score = scores.getOrDefault(family, 0);
      if (score > top) {
        best = family;
        top = score;
      }
    }
    return best;
  }
}
