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
  private record Cue(WordedPattern worded, String family, int weight) {
    Cue(List<String> words, Pattern pattern, String family, int weight) {
      this(new WordedPattern(words, pattern), family, weight);
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
            "сектор",
            "radiocommunications",
            "radiocomunicaciones",
            "радиосвяз"),
        Pattern.compile(
            "radiocommunication\\s+(?:sector|study\\s+groups|bureau)"
                // The study groups' masthead in French, Spanish and Russian.
                + "|commissions\\s+d['’][ée]tudes\\s+des\\s+radiocommunications"
                + "|comisiones\\s+de\\s+estudio\\s+de\\s+radiocomunicaciones"
                + "|исследовательские\\s+комиссии\\s+по\\s+радиосвязи"
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
            // The Council's older masthead sets "COUNCIL" alone in its top right cell; until 1994
            // it was the Administrative Council.
            "^(?:(?:administrative\\s+)?council|conseil(?:\\s+d['’]administration)?"
                + "|consejo(?:\\s+de\\s+administraci[óo]n)?|совет)$"
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
            "региональная",
            "ассамблея"),
        Pattern.compile(
            "plenipotentiary\\s+conference"
                + "|conférence\\s+de\\s+plénipotentiaires"
                + "|world\\s+telecommunication\\s+(?:standardization\\s+assembly|development\\s+"
                + "conference)|(?:world|regional)\\s+radiocommunication\\s+conference"
                + "|radiocommunication\\s+assembly"
                + "|world\\s+telecommunication/ict\\s+policy\\s+forum"
                + "|world\\s+conference\\s+on"
                + "\\s+international\\s+telecommunications|"
                + ConferenceNames.localNames(),
            FLAGS),
        "conference",
        3)
  };

  /**
   * "Study Group 17", "Commission d'études 1"; Russian declines the name and may set an ordinal
   * before it: "Исследовательской комиссии 1", "1-й Исследовательской комиссии".
   */
  private static final WordedPattern STUDY_GROUP =
      WordedPattern.of(
          List.of("study", "commission", "comisi", "исследовательск"),
          "(?:\\bstudy\\s+group|commission\\s+d['’][ée]tudes|comisi[óo]n\\s+de\\s+estudios?"
              + "|исследовательск\\p{L}*\\s+комисси\\p{L}*)\\s+(\\d{1,2})(?!\\d)"
              + "(\\s+rapporteur\\s+group)?"
              + "|(?<ordinal>\\d{1,2})-?(?:й|я|ая|ой)\\s+исследовательск\\p{L}*\\s+комисси",
          FLAGS);

  private static final Pattern DATE_FIRST = Pattern.compile(Dates.ANY, FLAGS);

  private static final WordedPattern WORKING_PARTY =
      WordedPattern.of(
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
  private static final WordedPattern ADVISORY_GROUP =
      WordedPattern.of(
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

  private static final Cue[] NO_CUES = {};

  /** A sentence of running text: a dozen words or more, ending on a full stop. */
  private static final Pattern SENTENCE = Pattern.compile("(?:\\S+\\s+){11,}\\S+[.;]");

  private static final Pattern COUNCIL_SESSION =
      Pattern.compile("^(?:council|conseil|consejo|совет)\\s+\\d{4}$", FLAGS);
  final Map<String, Integer> scores = new HashMap<>();
  String group;
  String conference;
  String sectorFamily;

  private Masthead() {}

  static Masthead read(Cover cover) {
    Masthead masthead = new Masthead();
    boolean conferenceNamed = false;
    // PDF text breaks a masthead's Sector name over lines ("TELECOMMUNICATION" / "DEVELOPMENT
    // SECTOR"): above the labelled rows, a cue may span the last three lines.
    List<String> above = new java.util.ArrayList<>();
    for (Cover.Cell cell : cover.cells()) {
      if (cover.isLabelled(cell)) {
        above = null;
        continue;
      }
      String text = cell.text();
      String folded = CaseFolding.fold(text);
      String window = text;
      if (above != null) {
        above.add(text.strip());
        if (above.size() > 3) {
          above.remove(0);
        }
        window = String.join(" ", above);
      }
      String windowFolded = CaseFolding.fold(window);
      // Below the labelled rows, a sentence of the text is no masthead: a conference it names
      // ("... of the World Telecommunication Development Conference asks ...") is only cited.
      for (Cue cue : above == null && SENTENCE.matcher(text.strip()).matches() ? NO_CUES : CUES) {
        if (cue.worded().find(text, folded) != null
            || cue.worded().find(window, windowFolded) != null) {
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
      if (m == null && masthead.group == null && above != null && above.size() > 1) {
        m = acrossLineBreak(above.get(above.size() - 2), text);
      }
      if (m != null) {
        String number = m.group(1) != null ? m.group(1) : m.group("ordinal");
        masthead.group = "SG" + Integer.parseInt(number) + (m.group(2) != null ? "RGQ" : "");
      }
      m = masthead.group == null ? WORKING_PARTY.find(text, folded) : null;
      if (m != null) {
        masthead.group = "WP" + m.group(1).toUpperCase(java.util.Locale.ROOT);
      }
      if (masthead.group == null && COUNCIL_SESSION.matcher(text).matches()) {
        masthead.group = "Council";
      }
      String id = masthead.conference == null ? ConferenceNames.bracketedId(text) : null;
      if (id != null) {
        masthead.conference = id;
      }
      String named = ConferenceNames.named(text, folded);
      if (named != null) {
        conferenceNamed = true;
        if (masthead.conference == null) {
          masthead.conference = named;
        }
      } else if (conferenceNamed
          && masthead.conference != null
          && !masthead.conference.contains("-")
          && CoverCells.placeAndDate(text) != null) {
        masthead.conference += "-" + ConferenceNames.lastYear(text);
      }
    }
    return masthead;
  }

  /**
   * PDF text wraps a masthead's meeting line between the group's name and its number ("THIRD
   * MEETING OF STUDY GROUP" / "2: GENEVA, ..."): the name counts only when it spans the break.
   */
  private static Matcher acrossLineBreak(String previous, String text) {
    // A date cell beside "STUDY GROUPS" ("ИССЛЕДОВАТЕЛЬСКИЕ КОМИССИИ" / "7 сентября") is no number.
    Matcher date = DATE_FIRST.matcher(text.strip());
    if (date.lookingAt() && Dates.find(date.group()) != null) {
      return null;
    }
    String joined = previous + " " + text.strip();
    Matcher m = STUDY_GROUP.find(joined, CaseFolding.fold(joined));
    return m != null && m.start() < previous.length() && m.end() > previous.length() + 1 ? m : null;
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

  /**
   * The family a number cell is read in: the Sector the masthead names first, whose study groups
   * number their own documents ("Document 7/29-E") even when the title below names a conference
   * ("Results of the World Radiocommunication Conference"); else the family whose cues weigh most.
   */
  String familyOfNumbers() {
    return sectorFamily != null ? sectorFamily : best(scores);
  }

  /** The conference's id with its year ("PP-22"), or null when the masthead names none. */
  String conferenceWithYear() {
    return conference != null && conference.contains("-") ? conference : null;
  }

  /**
   * The family a document's first lines (joined) name by their Sector or group alone, as a masthead
   * does ("TELECOMMUNICATION DEVELOPMENT SECTOR", "Telecommunication Development Advisory Group"),
   * or null when they name none.
   */
  static String familyOf(String text) {
    Map<String, Integer> scores = new HashMap<>();
    String folded = CaseFolding.fold(text);
    for (Cue cue : CUES) {
      if (cue.worded().find(text, folded) != null) {
        scores.merge(cue.family(), cue.weight(), Math::max);
      }
    }
    return best(scores);
  }

  /**
   * The family whose cues weigh most, the number's form adding 3. A document carrying another
   * Sector's liaison names that Sector in its source and title as often as its own: the Sector its
   * masthead names first is the carrying document's.
   */
  String familyWith(String numberFamily) {
    Map<String, Integer> all = new HashMap<>(scores);
    if (numberFamily != null) {
      all.merge(numberFamily, 3, Integer::sum);
    }
    String best = best(all);
    if (best != null
        && best.startsWith("itu-")
        && sectorFamily != null
        && all.getOrDefault(sectorFamily, 0) >= all.get(best)) {
      return sectorFamily;
    }
    return best;
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
