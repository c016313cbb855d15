package org.cwg.model;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of the ways ITU writes a document number, family by family, each with the pattern that
 * reads it and how its parts make the canonical id, the group and the meeting. {@link
 * DocumentNumber} finds and normalises numbers through it; a new way of writing is one more row.
 */
final class NumberForms {

  /**
   * One way ITU writes a number. Its pattern names the parts of a canonical id: {@code g} group,
   * {@code m} meeting, year or letter, {@code k} kind, {@code n} number, {@code rev} a revision.
   */
  record Form(
      String family,
      String regex,
      Function<Matcher, String> id,
      Function<Matcher, String> group,
      Function<Matcher, Integer> meeting) {

    Pattern pattern() {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
  }

  /**
   * ITU-R working parties: 1A-1C, 3J-3M, 4A-4C, 5A-5D, 6A-6C, 7A-7D, those of the study groups 8
   * and 9 merged into others in 2007 (8A, 8B, 8D, 8F, 9A-9D), and Study Group 6's before its 2007
   * reorganization (6E, 6J, 6M, 6P, 6Q, 6S), and those of the broadcasting study groups 10 and 11
   * that RA-2000 merged into Study Group 6 (10A-10C, 11A-11C); never "5G".
   */
  static final String ITU_R_PARTY =
      "(?:1[01][A-C]|1[A-C]|3[J-M]|4[A-C]|5[A-D]|6[A-CEJMPQS]|7[A-D]|8[ABDF]|9[A-D])";

  /** A revision written inside a form, as in "TD 71 Rev.1 (WP1/17)" or "TD 121-R1 (GEN/11)". */
  private static final String INNER_REV =
      "(?<rev>\\s*\\(?\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+\\s*\\)?|-R\\d{1,2})?";

  /** A word written with a capital and then small letters only: "Reform", not "WSIS" or "Cop". */
  private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");

  private static final String DASH = "\\s*[-\u2013\u2014]\\s*";

  /**
   * An advisory group's meeting: "-24" (its year, written "24" on some covers: TDAG12/5), "13-18"
   * (year and meeting), or, until 2000, "-5" (its fifth meeting).
   */
  private static final String ADVISORY_MEETING = "(?:-?(?<m>\\d{1,2})|(?<y>\\d{2})-(?<s>\\d{1,2}))";

  /** The series an ITU-R group keeps besides its contributions: "TEMP/" or "ADM/", or none. */
  static final String R_SERIES = "(?<series>(?:TEMP|ADM)/)?";

  /**
   * The study groups a joint task group joins, two or more counting up, hyphenated: "4-5-6-7",
   * "5-6", and, three or more, those of the study groups 8 and 9 before 2007, "6-8-9" (a pair
   * ending in 8 or 9, "6-8", is as likely Task Group 6/8's).
   */
  private static final String JOINT_GROUPS =
      "(?=[1-9]-[1-9]-[1-9]|[1-7]-[1-7]/)(?:1-(?=[2-9]))?(?:2-(?=[3-9]))?(?:3-(?=[4-9]))?(?:4-(?=[5-9]))?"
          + "(?:5-(?=[6-9]))?(?:6-(?=[7-9]))?(?:7-(?=[89]))?(?:8-(?=9))?[1-9]";

  /** Every form, in the order of the finder's groups. Order matters only between prefixes. */
  static final List<Form> ALL =
      List.of(
          // Council working groups and expert groups: CWG-Internet-20/4, CWG-WSIS&SDG-43/5,
          // EG-ITR-2/5, and their information series, CWG-COP-4/INF/2. A dedicated group set up
          // under a working group numbers its own meetings the same way: DG-Internet-2/4. A group
          // preparing a conference is named after it, acronym and year: CWG-WCIT12-4/15.
          new Form(
              DocumentNumber.COUNCIL,
              "(?<wg>C?WG|EG|DG)-(?<g>[A-Z]+(?:&[A-Z]+)?(?:\\d{2}(?=-\\d))?)[\\s-]?(?<m>\\d{1,3})/"
                  + "(?<k>INF/|DT/)?(?<n>\\d{1,4})",
              m ->
                  workingGroup(m)
                      + "-"
                      + number(m, "m")
                      + "/"
                      + (m.group("k") == null ? "" : upper(m, "k"))
                      + number(m, "n"),
              NumberForms::workingGroup,
              m -> number(m, "m")),
          // Open consultations: OPCWGINT-11/3, OPCWG-Internet-11/3.
          new Form(
              DocumentNumber.COUNCIL,
              "OPCWG(?:INT|-?Internet)-?(?<m>\\d{1,3})/(?<n>\\d{1,4})",
              m -> "OPCWGINT-" + number(m, "m") + "/" + number(m, "n"),
              m -> "OPCWGINT",
              m -> number(m, "m")),
          // Council: C25/45, C16/INF/12, C25/DT/2; C2000/41 in 2000, as the conferences of that
          // year were named; an additional session's own series C22-ADD/3. The Administrative
          // Council, until 1994, numbered them after its session: CA48/37, of the 48th session.
          new Form(
              DocumentNumber.COUNCIL,
              "(?<c>CA(?=\\d{2}/)|C)(?<m>2000|\\d{2})(?<add>-ADD)?/(?<n>(?:INF/|DL/|DT/|ADM/)?\\d{1,4})",
              m ->
                  upper(m, "c")
                      + m.group("m")
                      + (m.group("add") == null ? "" : "-ADD")
                      + "/"
                      + upper(m, "n"),
              m -> "Council",
              m -> upper(m, "c").equals("CA") ? number(m, "m") : null),
          // Council file names: S25-CL-C-0045.
          new Form(
              DocumentNumber.COUNCIL,
              "S(?<m>\\d{2})-CL-(?<k>C|INF|DT|DL|ADM)-(?<n>\\d{1,4})",
              m ->
                  "C"
                      + m.group("m")
                      + "/"
                      + (upper(m, "k").equals("C") ? "" : upper(m, "k") + "/")
                      + number(m, "n"),
              m -> "Council",
              m -> null),
          // Conferences: PP-22/64, WTSA-24/12, WTDC-25/30, WCIT-12/5, WRC-23/4, RA-23/2, the
          // Regional Radiocommunication Conference RRC-06/31, some covers without the hyphen
          // (RA15/17); those of 2000 were named with the whole year, WRC-2000 and WTSA-2000.
          new Form(
              DocumentNumber.CONFERENCE,
              "(?<g>"
                  + DocumentNumber.CONFERENCE_GROUP
                  + ")-?(?<m>2000|\\d{2})/(?<n>(?:INF/|DT/|DL/)?\\d{1,4})",
              m -> upper(m, "g") + "-" + m.group("m") + "/" + upper(m, "n"),
              m -> upper(m, "g"),
              m -> null),
          // The preparatory meetings: the Conference Preparatory Meeting's two sessions before a
          // WRC (CPM19-2/45), and the regional meetings before a WTDC (RPM-EUR21/12).
          new Form(
              DocumentNumber.CONFERENCE,
              "CPM(?<m>\\d{2})-(?<s>[12])/(?<n>\\d{1,4})",
              m -> "CPM" + m.group("m") + "-" + m.group("s") + "/" + number(m, "n"),
              m -> "CPM",
              m -> null),
          new Form(
              DocumentNumber.CONFERENCE,
              "RPM-(?<r>[A-Z]{2,4})(?<m>\\d{2})/(?<n>\\d{1,4})",
              m -> "RPM-" + upper(m, "r") + m.group("m") + "/" + number(m, "n"),
              m -> "RPM-" + upper(m, "r"),
              m -> null),
          // TDAG's working groups number their documents in one series each, named after the
          // group with no meeting: TDAG-WG-SOP/12, TDAG-WG-Prep/3.
          new Form(
              DocumentNumber.ITU_D,
              "TDAG-WG-(?<g>[A-Z]+(?:&[A-Z]+)?)/(?<k>INF/|DT/)?(?<n>\\d{1,4})",
              m ->
                  advisoryWorkingGroup(m)
                      + "/"
                      + (m.group("k") == null ? "" : upper(m, "k"))
                      + number(m, "n"),
              NumberForms::advisoryWorkingGroup,
              m -> null),
          // Sector advisory groups, numbered like conferences by year (TDAG-24/12, RAG-24/3) or,
          // until the 2010s, by year and meeting, kept as written: TDAG13-18/7 (the eighteenth
          // meeting, in 2013), RAG14-1/5 (the first meeting of 2014). TDAG's forerunner, the
          // Development Advisory Board (1994-1998), numbered by meeting: TDAB-5/4.
          new Form(
              DocumentNumber.ITU_D,
              "(?<g>TDAG|TDAB)" + ADVISORY_MEETING + "/(?<n>(?:INF/|DT/)?\\d{1,4})",
              m -> upper(m, "g") + advisoryMeeting(m) + "/" + upper(m, "n"),
              m -> upper(m, "g"),
              m -> null),
          new Form(
              DocumentNumber.ITU_R,
              "(?<g>RAG)" + ADVISORY_MEETING + "/(?<n>(?:INF/|DT/)?\\d{1,4})",
              m -> "RAG" + advisoryMeeting(m) + "/" + upper(m, "n"),
              m -> "RAG",
              m -> null),
          // The file names of RAG's year-and-meeting series: R12-RAG14.1-C-0005 is RAG14-1/5.
          new Form(
              DocumentNumber.ITU_R,
              "R\\d{2}-RAG(?<y>\\d{2})\\.(?<s>\\d{1,2})-C-(?<n>\\d{1,4})",
              m -> "RAG" + m.group("y") + "-" + number(m, "s") + "/" + number(m, "n"),
              m -> "RAG",
              m -> null),
          // ITU-T study groups and TSAG: SG17-C823, SG17-TD2484, SG17-LS123, SG2-R 23 (a report),
          // SG16-D45 (a delayed contribution, numbered apart until 2004), file T22-SG17-C-0823.
          new Form(
              DocumentNumber.ITU_T,
              "(?:T\\d{2}-)?(?<g>SG\\d{1,2}|TSAG)-(?<k>C|D|R|TD|LS)[-\\s]?(?<n>\\d{1,4})",
              m -> studyGroup(m.group("g")) + "-" + upper(m, "k") + number(m, "n"),
              m -> studyGroup(m.group("g")),
              m -> null),
          // Older ITU-T covers: COM 17 – C 823 – E, COM 16 – D 45 – E, and TSAG's own,
          // TSAG – TD 285 Rev.1.
          new Form(
              DocumentNumber.ITU_T,
              "(?:COM\\s*(?<g>\\d{1,2})|(?<tsag>TSAG))"
                  + DASH
                  + "(?<k>C|D|R|LS|TD)\\s*(?<n>\\d{1,4})"
                  + INNER_REV
                  + "(?:"
                  + DASH
                  + "[EFSRAC](?![\\w/]))?",
              m -> olderItuTGroup(m) + "-" + upper(m, "k") + number(m, "n"),
              NumberForms::olderItuTGroup,
              m -> null),
          // ITU-T temporary documents: TD 2484 (GEN/17), TD 71 Rev.1 (WP1/17), TD 5 (PLEN/17).
          new Form(
              DocumentNumber.ITU_T,
              "TD\\s*(?<n>\\d{1,4})"
                  + INNER_REV
                  + "(?:-[EFSRAC])?"
                  + "\\s*\\(\\s*(?:GEN|PLEN|WP\\s*\\d)\\s*/\\s*(?<g>\\d{1,2})\\s*\\)",
              m -> "SG" + number(m, "g") + "-TD" + number(m, "n"),
              m -> "SG" + number(m, "g"),
              m -> null),
          // ITU-T focus groups, digits kept as written: FG-AINN-I-236, FGAI4H-K-043. The letter is
          // the document's kind in some groups ("I" input) and the meeting's in others, and others
          // still number their meetings (FGAI4AD-02-017): no meeting. The first focus groups
          // wrote a space after "FG" ("FG Cloud-C-120"), and joined two subjects with "&".
          new Form(
              DocumentNumber.ITU_T,
              "FG[- ]?(?<g>[A-Z][A-Z0-9]+(?:&[A-Z0-9]+)?)-(?<m>[A-Z]|\\d{2})-(?<n>\\d{2,4})",
              m -> "FG-" + upper(m, "g") + "-" + upper(m, "m") + "-" + m.group("n"),
              m -> "FG-" + upper(m, "g"),
              m -> null),
          // Older focus groups numbered in one series, as written: FG IPTV-DOC-0184.
          new Form(
              DocumentNumber.ITU_T,
              "FG[-\\s]?(?<g>[A-Z][A-Z0-9]+)-DOC-(?<n>\\d{2,4})",
              m -> "FG-" + upper(m, "g") + "-DOC-" + m.group("n"),
              m -> "FG-" + upper(m, "g"),
              m -> null),
          // ITU-R working parties: 5D/123, WP 5D/123, file R23-WP4A-C-1064; their temporary
          // documents 6A/TEMP/140 and administrative ones 6A/ADM/12 are series of their own.
          new Form(
              DocumentNumber.ITU_R,
              "(?:WP\\s?)?(?<g>" + ITU_R_PARTY + ")/" + R_SERIES + "(?<n>\\d{1,4})",
              m -> upper(m, "g") + "/" + series(m) + number(m, "n"),
              m -> "WP" + upper(m, "g"),
              m -> null),
          new Form(
              DocumentNumber.ITU_R,
              "R\\d{2}-WP(?<g>" + ITU_R_PARTY + ")-C-(?<n>\\d{1,4})",
              m -> upper(m, "g") + "/" + number(m, "n"),
              m -> "WP" + upper(m, "g"),
              m -> null),
          // The series WP 5D keeps for each generation's evaluation process, named after the
          // generation: IMT-ADV/2 (IMT-Advanced), IMT-2020/2, IMT-2030/1.
          new Form(
              DocumentNumber.ITU_R,
              "IMT-(?<g>ADV|2020|2030)/(?<n>\\d{1,3})",
              m -> "IMT-" + upper(m, "g") + "/" + number(m, "n"),
              m -> "WP5D",
              m -> null),
          JointWorkingParties.DOCUMENT,
          JointWorkingParties.FILE,
          // ITU-R joint task groups, their study groups counting up: "4-5-6-7/512" of JTG 4-5-6-7,
          // R12-JTG4567-C-0512, R00-JTG6.8.9-C-0045; a Question's revision ("7-3/1") counts down.
          new Form(
              DocumentNumber.ITU_R,
              "(?:JTG\\s?)?(?<g>" + JOINT_GROUPS + ")/" + R_SERIES + "(?<n>\\d{1,4})",
              m -> m.group("g") + "/" + series(m) + number(m, "n"),
              m -> "JTG" + m.group("g"),
              m -> null),
          new Form(
              DocumentNumber.ITU_R,
              "R\\d{2}-JTG(?<g>[1-9](?:\\.?[1-9]){1,8})-C-(?<n>\\d{1,4})",
              m -> jointGroups(m) + "/" + number(m, "n"),
              m -> "JTG" + jointGroups(m),
              m -> null),
          // ITU-R task groups, named by their study group and rank: "Document 5-1/287" of Task
          // Group 5/1, file R15-TG5.1-C-0287. A Question with its revision index ("7-3/1",
          // "1-3/7") has a one-digit study group after it, a task group's number more digits.
          // Like a working party, a task group keeps its temporary documents apart: 5-1/TEMP/42.
          new Form(
              DocumentNumber.ITU_R,
              "(?:TG\\s?)?(?<g>[1-9])-(?<t>[1-9])/" + R_SERIES + "(?<n>\\d{2,4})",
              m -> taskGroup(m) + "/" + series(m) + number(m, "n"),
              m -> "TG" + taskGroup(m),
              m -> null),
          new Form(
              DocumentNumber.ITU_R,
              "R\\d{2}-TG(?<g>[1-9])\\.(?<t>[1-9])-C-(?<n>\\d{1,4})",
              m -> taskGroup(m) + "/" + number(m, "n"),
              m -> "TG" + taskGroup(m),
              m -> null),
          // ITU-D rapporteur groups of the 2010-2014 period numbered their documents after the
          // Question, its revision and the study group: RGQ25/2/12, RGQ22-1/1/3.
          new Form(
              DocumentNumber.ITU_D,
              "RGQ\\s?(?<q>\\d{1,2}(?:-\\d)?)/(?<g>[12])/(?<n>\\d{1,4})",
              m -> "RGQ" + m.group("q") + "/" + m.group("g") + "/" + number(m, "n"),
              m -> "SG" + m.group("g") + "RGQ",
              m -> null),
          // ITU-D study groups and their rapporteur groups: SG2/45, SG1RGQ/123, file
          // D22-SG02-C-0045.
          new Form(
              DocumentNumber.ITU_D,
              "SG(?<g>[12])(?<rgq>RGQ)?/(?<n>\\d{1,4})",
              m -> deStudyGroup(m) + "/" + number(m, "n"),
              NumberForms::deStudyGroup,
              m -> null),
          new Form(
              DocumentNumber.ITU_D,
              "D\\d{2}-SG0?(?<g>[12])(?:[.-]?(?<rgq>RGQ))?-C-(?<n>\\d{1,4})",
              m -> deStudyGroup(m) + "/" + number(m, "n"),
              NumberForms::deStudyGroup,
              m -> null));

  private static final List<Pattern> PATTERNS = ALL.stream().map(Form::pattern).toList();

  private NumberForms() {}

  /** The pattern of form i, compiled once. */
  static Pattern pattern(int i) {
    return PATTERNS.get(i);
  }

  /**
   * The forms as one alternation, form i in the group {@code f}i: a match names the form it was
   * written in, and each form's own group names stay out of the way.
   */
  static String alternatives() {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < ALL.size(); i++) {
      String unnamed = ALL.get(i).regex().replaceAll("\\(\\?<[a-z]+>", "(?:");
      regex
          .append(i == 0 ? "" : "|")
          .append("(?<f")
          .append(i)
          .append('>')
          .append(unnamed)
          .append(')');
    }
    return regex.toString();
  }

  /** Working-group names as ITU writes them; others are upper-cased. */
  private static String workingGroup(Matcher m) {
    // Council's working groups wrote "WG-WSIS" before their names carried the C: the same groups.
    String lead = m.group("wg").toUpperCase(Locale.ROOT);
    String prefix = (lead.equals("WG") ? "CWG" : lead) + "-";
    String name = m.group("g");
    String written =
        switch (name.toLowerCase(Locale.ROOT)) {
          case "internet" -> "Internet";
          case "lang" -> "LANG";
          // A name written as a word, capital then small letters ("Reform"), is kept as the cover
          // writes it; one written in a single case is an acronym (WSIS, FHR, COP).
          default -> TITLE_WORD.matcher(name).matches() ? name : name.toUpperCase(Locale.ROOT);
        };
    return prefix + written;
  }

  /** A TDAG working group as its documents name it: an acronym upper-cased, a word as written. */
  private static String advisoryWorkingGroup(Matcher m) {
    String name = m.group("g");
    return "TDAG-WG-" + (TITLE_WORD.matcher(name).matches() ? name : name.toUpperCase(Locale.ROOT));
  }

  /** The group of an older ITU-T cover's number: a study group's "COM 17", or TSAG. */
  private static String olderItuTGroup(Matcher m) {
    return m.group("tsag") != null ? "TSAG" : "SG" + number(m, "g");
  }

  private static String studyGroup(String written) {
    String upper = written.toUpperCase(Locale.ROOT);
    return upper.equals("TSAG") ? upper : "SG" + Integer.parseInt(upper.substring(2));
  }

  /** "-24" for a year's meeting, "13-18" for year and meeting as written. */
  private static String advisoryMeeting(Matcher m) {
    return m.group("m") != null
        ? "-" + m.group("m")
        : m.group("y") + "-" + Integer.parseInt(m.group("s"));
  }

  /** A joint task group's study groups as its documents name them, "4-5-6-7", from "4567". */
  private static String jointGroups(Matcher m) {
    return String.join("-", m.group("g").replace(".", "").split(""));
  }

  /** An ITU-R task group as its documents name it: "5-1", its study group and its rank. */
  private static String taskGroup(Matcher m) {
    return m.group("g") + "-" + m.group("t");
  }

  private static String deStudyGroup(Matcher m) {
    return "SG" + m.group("g") + (m.group("rgq") != null ? "RGQ" : "");
  }

  static String series(Matcher m) {
    return m.group("series") == null ? "" : m.group("series");
  }

  private static Integer number(Matcher m, String name) {
    return Integer.parseInt(m.group(name));
  }

  private static String upper(Matcher m, String name) {
    return m.group(name).toUpperCase(Locale.ROOT);
  }
}
