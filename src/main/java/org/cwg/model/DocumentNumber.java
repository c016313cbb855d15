package org.cwg.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ITU document numbers, written many ways and normalised to one canonical id.
 *
 * <p>Canonical forms, one family after another: Council {@code C25/45}, {@code C16/INF/12}, {@code
 * CWG-Internet-20/4}, {@code CWG-WSIS&SDG-43/5}, {@code OPCWGINT-11/3}; ITU-T {@code SG17-C823},
 * {@code SG17-TD2484}, {@code SG17-LS123}, {@code FG-AINN-I-236}; ITU-R {@code 5D/123}; ITU-D
 * {@code SG2/45}, {@code SG1RGQ/123}; conferences {@code PP-22/64}, {@code WTSA-24/12}. Language
 * suffixes ({@code -E}) are dropped; revisions, addenda and corrigenda are kept as {@code (Rev.N)},
 * {@code (Add.N)}, {@code (Corr.N)}, however they were written ({@code R1}, {@code -R1}, {@code
 * Rev.1}, {@code (Rev. 1)}, {@code -Rev.1}).
 */
public final class DocumentNumber {

  /** Canonical family names, as metadata {@code family} holds them. */
  public static final String COUNCIL = "council";

  public static final String ITU_T = "itu-t";
  public static final String ITU_R = "itu-r";
  public static final String ITU_D = "itu-d";
  public static final String CONFERENCE = "conference";
  public static final String OTHER = "other";

  /**
   * One way ITU writes a number. Its pattern names the parts a canonical id is built from: {@code
   * g} group, {@code m} meeting, year or letter, {@code k} kind, {@code n} number, {@code rev} a
   * revision written inside the form rather than after it.
   */
  private record Form(
      String family,
      String regex,
      Function<Matcher, String> id,
      Function<Matcher, String> group,
      Function<Matcher, Integer> meeting) {

    Pattern pattern() {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
  }

  /** ITU-R working parties: 1A-1C, 3J-3M, 4A-4C, 5A-5D, 6A-6C, 7A-7D; never "5G". */
  private static final String ITU_R_PARTY = "(?:1[A-C]|3[J-M]|4[A-C]|5[A-D]|6[A-C]|7[A-D])";

  /** A revision written inside a form, as in "TD 71 Rev.1 (WP1/17)". */
  private static final String INNER_REV =
      "(?<rev>\\s*\\(?\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+\\s*\\)?)?";

  private static final String DASH = "\\s*[-\u2013\u2014]\\s*";

  /** Every form, the table {@link #FINDER} is made of. Order matters only between prefixes. */
  private static final List<Form> FORMS =
      List.of(
          // Council working groups and expert groups: CWG-Internet-20/4, CWG-WSIS&SDG-43/5,
          // EG-ITR-2/5.
          new Form(
              COUNCIL,
              "(?<wg>C?WG|EG)-(?<g>[A-Z]+(?:&[A-Z]+)?)[\\s-]?(?<m>\\d{1,3})/(?<n>\\d{1,4})",
              m -> workingGroup(m) + "-" + number(m, "m") + "/" + number(m, "n"),
              DocumentNumber::workingGroup,
              m -> number(m, "m")),
          // Open consultations: OPCWGINT-11/3, OPCWG-Internet-11/3.
          new Form(
              COUNCIL,
              "OPCWG(?:INT|-?Internet)-?(?<m>\\d{1,3})/(?<n>\\d{1,4})",
              m -> "OPCWGINT-" + number(m, "m") + "/" + number(m, "n"),
              m -> "OPCWGINT",
              m -> number(m, "m")),
          // Council: C25/45, C16/INF/12, C25/DT/2.
          new Form(
              COUNCIL,
              "C(?<m>\\d{2})/(?<n>(?:INF/|DL/|DT/|ADM/)?\\d{1,4})",
              m -> "C" + m.group("m") + "/" + upper(m, "n"),
              m -> "Council",
              m -> null),
          // Council file names: S25-CL-C-0045.
          new Form(
              COUNCIL,
              "S(?<m>\\d{2})-CL-(?<k>C|INF|DT|DL|ADM)-(?<n>\\d{1,4})",
              m ->
                  "C"
                      + m.group("m")
                      + "/"
                      + (upper(m, "k").equals("C") ? "" : upper(m, "k") + "/")
                      + number(m, "n"),
              m -> "Council",
              m -> null),
          // Conferences: PP-22/64, WTSA-24/12, WTDC-25/30, WCIT-12/5, WRC-23/4, RA-23/2.
          new Form(
              CONFERENCE,
              "(?<g>PP|WTSA|WTDC|WCIT|WRC|RA|WTPF)-(?<m>\\d{2})/(?<n>(?:INF/|DT/|DL/)?\\d{1,4})",
              m -> upper(m, "g") + "-" + m.group("m") + "/" + upper(m, "n"),
              m -> upper(m, "g"),
              m -> null),
          // Sector advisory groups, numbered like conferences: TDAG-24/12, RAG-24/3.
          new Form(
              ITU_D,
              "(?<g>TDAG)-(?<m>\\d{2})/(?<n>(?:INF/|DT/)?\\d{1,4})",
              m -> "TDAG-" + m.group("m") + "/" + upper(m, "n"),
              m -> "TDAG",
              m -> null),
          new Form(
              ITU_R,
              "(?<g>RAG)-(?<m>\\d{2})/(?<n>(?:INF/|DT/)?\\d{1,4})",
              m -> "RAG-" + m.group("m") + "/" + upper(m, "n"),
              m -> "RAG",
              m -> null),
          // ITU-T study groups and TSAG: SG17-C823, SG17-TD2484, SG17-LS123, file T22-SG17-C-0823.
          new Form(
              ITU_T,
              "(?:T\\d{2}-)?(?<g>SG\\d{1,2}|TSAG)-(?<k>C|R|TD|LS)-?(?<n>\\d{1,4})",
              m -> studyGroup(m.group("g")) + "-" + upper(m, "k") + number(m, "n"),
              m -> studyGroup(m.group("g")),
              m -> null),
          // Older ITU-T covers: COM 17 – C 823 – E.
          new Form(
              ITU_T,
              "COM\\s*(?<g>\\d{1,2})"
                  + DASH
                  + "(?<k>C|R|LS|TD)\\s*(?<n>\\d{1,4})"
                  + INNER_REV
                  + "(?:"
                  + DASH
                  + "[EFSRAC](?![\\w/]))?",
              m -> "SG" + number(m, "g") + "-" + upper(m, "k") + number(m, "n"),
              m -> "SG" + number(m, "g"),
              m -> null),
          // ITU-T temporary documents: TD 2484 (GEN/17), TD 71 Rev.1 (WP1/17), TD 5 (PLEN/17).
          new Form(
              ITU_T,
              "TD\\s*(?<n>\\d{1,4})"
                  + INNER_REV
                  + "(?:-[EFSRAC])?"
                  + "\\s*\\(\\s*(?:GEN|PLEN|WP\\s*\\d)\\s*/\\s*(?<g>\\d{1,2})\\s*\\)",
              m -> "SG" + number(m, "g") + "-TD" + number(m, "n"),
              m -> "SG" + number(m, "g"),
              m -> null),
          // ITU-T focus groups, digits kept as written: FG-AINN-I-236, FGAI4H-K-043. The letter is
          // the document's kind in some groups ("I" input) and the meeting's in others: no meeting.
          new Form(
              ITU_T,
              "FG-?(?<g>[A-Z][A-Z0-9]+)-(?<m>[A-Z])-(?<n>\\d{2,4})",
              m -> "FG-" + upper(m, "g") + "-" + upper(m, "m") + "-" + m.group("n"),
              m -> "FG-" + upper(m, "g"),
              m -> null),
          // ITU-R working parties: 5D/123, WP 5D/123, file R23-WP4A-C-1064.
          new Form(
              ITU_R,
              "(?:WP\\s?)?(?<g>" + ITU_R_PARTY + ")/(?<n>\\d{1,4})",
              m -> upper(m, "g") + "/" + number(m, "n"),
              m -> "WP" + upper(m, "g"),
              m -> null),
          new Form(
              ITU_R,
              "R\\d{2}-WP(?<g>" + ITU_R_PARTY + ")-C-(?<n>\\d{1,4})",
              m -> upper(m, "g") + "/" + number(m, "n"),
              m -> "WP" + upper(m, "g"),
              m -> null),
          // ITU-D study groups and their rapporteur groups: SG2/45, SG1RGQ/123, file
          // D22-SG02-C-0045.
          new Form(
              ITU_D,
              "SG(?<g>[12])(?<rgq>RGQ)?/(?<n>\\d{1,4})",
              m -> deStudyGroup(m) + "/" + number(m, "n"),
              DocumentNumber::deStudyGroup,
              m -> null),
          new Form(
              ITU_D,
              "D\\d{2}-SG0?(?<g>[12])(?:[.-]?(?<rgq>RGQ))?-C-(?<n>\\d{1,4})",
              m -> deStudyGroup(m) + "/" + number(m, "n"),
              DocumentNumber::deStudyGroup,
              m -> null));

  private static final List<Pattern> FORM_PATTERNS = FORMS.stream().map(Form::pattern).toList();

  /** Revisions, addenda and corrigenda after any form: (Rev.1), R1, -R1, -Rev.1, " Rev.1". */
  private static final String SUFFIX =
      "(?<suffix>(?:\\s*\\(\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+\\s*\\)|-?R\\d+(?![\\w/])|!R\\d+"
          + "|\\s*-\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+|\\s+(?:Rev|Add|Corr)\\.\\s*\\d+)*)"
          + "(?:-(?<lang>[EFSRAC])(?![\\w/]))?";

  /**
   * Finds document numbers in running text. Group 0 is the number as written, suffixes included;
   * group {@code lang} the language letter of a suffix such as {@code -E}. A number never starts
   * right after a letter, digit, hyphen, slash or "@" (a path in a URL, an e-mail address) and
   * never runs on into one.
   */
  public static final Pattern FINDER =
      Pattern.compile(
          "(?<![\\w/@-])(?:" + alternatives() + ")" + SUFFIX + "(?![\\w/@])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SUFFIX_PART =
      Pattern.compile("(Rev|Add|Corr)\\.?\\s*(\\d+)|R(\\d+)", Pattern.CASE_INSENSITIVE);

  /** Where a placeholder stands for the number: CWG-Internet-21/x, C25/XX, FG-AI4SSC-I-XXX. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?<![A-Za-z])(?:X{1,4}|x{1,4}|N{1,4}|n{1,3}|M|m|\\?{1,4}|#{1,4}|\u2026)(?![A-Za-z])"
              + "|(?<=-(?:C|TD|LS))X{1,4}(?![A-Za-z])");

  private static final Pattern SHORT_IN_STUDY_GROUP =
      Pattern.compile("(?<k>C|R|TD|LS)\\s*\\.?\\s*(?<rest>\\d.*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STUDY_GROUP_SERIES =
      Pattern.compile("(?:SG|COM)\\s*(?<g>\\d{1,2})|(?<tsag>TSAG)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DE_STUDY_GROUP_SHORT = Pattern.compile("([12])/(\\d.*)");
  private static final Pattern WORKING_PARTY_SERIES =
      Pattern.compile("(?:WP\\s*)?(?<g>" + ITU_R_PARTY + ")", Pattern.CASE_INSENSITIVE);

  private DocumentNumber() {}

  /** The canonical id of a number written on its own, or empty when it is not one. */
  public static Optional<String> canonical(String written) {
    Matcher m = FINDER.matcher(written.strip());
    return m.matches() ? Optional.of(canonical(m)) : Optional.empty();
  }

  /**
   * The canonical id of a number written short inside a known series, as covers and meeting reports
   * write them: ("C 823", "SG17") is {@code SG17-C823}, ("TD 71", "SG17") {@code SG17-TD71}, ("64",
   * "PP-22") {@code PP-22/64}, ("123", "5D") {@code 5D/123}, ("1/123", "SG1") {@code SG1/123},
   * ("I-236", "FG-AINN") {@code FG-AINN-I-236}, ("4", "CWG-Internet-20") {@code CWG-Internet-20/4}.
   * A number written in full is read as such.
   *
   * @param series a group with its meeting or year where the family numbers by meeting ({@code
   *     SG17}, {@code PP-22}, {@code C25}, {@code WP5D}, {@code SG1RGQ}, {@code CWG-Internet-20})
   */
  public static Optional<String> canonical(String written, String series) {
    String text = written.strip();
    Optional<String> full = canonical(text);
    if (full.isPresent() || series == null || series.isBlank()) {
      return full;
    }
    String group = series.strip();
    Matcher studyGroup = STUDY_GROUP_SERIES.matcher(group);
    Matcher shortForm = SHORT_IN_STUDY_GROUP.matcher(text);
    if (studyGroup.matches() && shortForm.matches()) {
      String prefix =
          studyGroup.group("tsag") != null
              ? "TSAG"
              : "SG" + Integer.parseInt(studyGroup.group("g"));
      return canonical(prefix + "-" + shortForm.group("k") + shortForm.group("rest"));
    }
    Matcher party = WORKING_PARTY_SERIES.matcher(group);
    if (party.matches()) {
      group = party.group("g");
    }
    Matcher studyGroupDocument = DE_STUDY_GROUP_SHORT.matcher(text);
    if (studyGroupDocument.matches()
        && group.equalsIgnoreCase("SG" + studyGroupDocument.group(1))) {
      // ITU-D covers write "Document 1/123-E" for SG1/123.
      text = studyGroupDocument.group(2);
    }
    Optional<String> slashed = canonical(group + "/" + text);
    return slashed.isPresent() ? slashed : canonical(group + "-" + text);
  }

  /** Whether a number is written with a placeholder for its digits: {@code C25/XX}. */
  public static boolean isPlaceholder(String written) {
    String text = written.strip();
    Matcher m = PLACEHOLDER.matcher(text);
    if (!m.find()) {
      return false;
    }
    return canonical(m.replaceAll("111")).isPresent();
  }

  /** The canonical id of a match of {@link #FINDER}. */
  public static String canonical(Matcher m) {
    for (int i = 0; i < FORMS.size(); i++) {
      String written = m.group("f" + i);
      if (written != null) {
        Matcher form = FORM_PATTERNS.get(i).matcher(written);
        if (!form.matches()) {
          throw new IllegalStateException("form " + i + " does not read " + written);
        }
        StringBuilder id = new StringBuilder(FORMS.get(i).id().apply(form));
        if (FORMS.get(i).regex().contains("(?<rev>")) {
          appendRevisions(id, form.group("rev"));
        }
        appendRevisions(id, m.group("suffix"));
        return id.toString();
      }
    }
    throw new IllegalArgumentException("not a match of FINDER: " + m.group());
  }

  /** The canonical id without revision, addendum or corrigendum: the document it amends. */
  public static String base(String canonical) {
    int paren = canonical.indexOf('(');
    return paren < 0 ? canonical : canonical.substring(0, paren);
  }

  /**
   * The revision, addendum or corrigendum a canonical id carries ({@code Rev.1}, {@code Add.1},
   * {@code Corr.1}; the last when there are several), or null.
   */
  public static String revisionOf(String canonical) {
    if (canonical == null || !canonical.endsWith(")")) {
      return null;
    }
    int open = canonical.lastIndexOf('(');
    return open < 0 ? null : canonical.substring(open + 1, canonical.length() - 1);
  }

  /** The family of a canonical id: council, itu-t, itu-r, itu-d, conference or other. */
  public static String familyOf(String canonical) {
    if (canonical == null) {
      return OTHER;
    }
    int form = formOf(canonical);
    return form < 0 ? OTHER : FORMS.get(form).family();
  }

  /**
   * The group of a canonical id: {@code CWG-Internet}, {@code OPCWGINT}, {@code Council}, {@code
   * SG17}, {@code FG-AINN}, {@code WP5D}, {@code SG2}, {@code SG1RGQ}, {@code PP}, ...
   */
  public static String groupOf(String canonical) {
    if (canonical == null) {
      return null;
    }
    int form = formOf(canonical);
    if (form >= 0) {
      Matcher m = FORM_PATTERNS.get(form).matcher(base(canonical));
      if (m.matches()) {
        return FORMS.get(form).group().apply(m);
      }
    }
    return null;
  }

  /**
   * The meeting number of an id whose prefix counts meetings ({@code CWG-Internet-20/4} is 20), or
   * null for ids whose prefix is a year or a study period (Council, conferences, study groups,
   * focus groups).
   */
  public static Integer meetingOf(String canonical) {
    if (canonical == null) {
      return null;
    }
    int form = formOf(canonical);
    if (form < 0) {
      return null;
    }
    Matcher m = FORM_PATTERNS.get(form).matcher(base(canonical));
    return m.matches() ? FORMS.get(form).meeting().apply(m) : null;
  }

  /** The index of the form a number is written in, or -1. */
  private static int formOf(String written) {
    Matcher m = FINDER.matcher(written.strip());
    if (!m.matches()) {
      return -1;
    }
    for (int i = 0; i < FORMS.size(); i++) {
      if (m.group("f" + i) != null) {
        return i;
      }
    }
    return -1;
  }

  private static String alternatives() {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < FORMS.size(); i++) {
      // Each form's names are its own: inside the finder they become plain groups.
      String unnamed = FORMS.get(i).regex().replaceAll("\\(\\?<[a-z]+>", "(?:");
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

  private static void appendRevisions(StringBuilder id, String written) {
    if (written == null) {
      return;
    }
    Matcher part = SUFFIX_PART.matcher(written);
    while (part.find()) {
      if (part.group(3) != null) {
        id.append("(Rev.").append(Integer.parseInt(part.group(3))).append(')');
      } else {
        String kind = part.group(1);
        id.append('(')
            .append(Character.toUpperCase(kind.charAt(0)))
            .append(kind.substring(1).toLowerCase(Locale.ROOT))
            .append('.')
            .append(Integer.parseInt(part.group(2)))
            .append(')');
      }
    }
  }

  /** Working-group names as ITU writes them; others are upper-cased. */
  private static String workingGroup(Matcher m) {
    String prefix = m.group("wg").toUpperCase(Locale.ROOT) + "-";
    String name = m.group("g");
    String written =
        switch (name.toLowerCase(Locale.ROOT)) {
          case "internet" -> "Internet";
          case "lang" -> "LANG";
          default -> name.toUpperCase(Locale.ROOT);
        };
    return prefix + written;
  }

  private static String studyGroup(String written) {
    String upper = written.toUpperCase(Locale.ROOT);
    return upper.equals("TSAG") ? upper : "SG" + Integer.parseInt(upper.substring(2));
  }

  private static String deStudyGroup(Matcher m) {
    return "SG" + m.group("g") + (m.group("rgq") != null ? "RGQ" : "");
  }

  private static Integer number(Matcher m, String name) {
    return Integer.parseInt(m.group(name));
  }

  private static String upper(Matcher m, String name) {
    return m.group(name).toUpperCase(Locale.ROOT);
  }
}
