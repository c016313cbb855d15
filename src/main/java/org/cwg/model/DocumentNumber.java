package org.cwg.model;

import java.util.Locale;
import java.util.Optional;
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
   * An ITU-R study group's number as its documents write it before the slash ("Document 6/32"): 1
   * to 7 since 2007, up to 11 before (Study Group 8, mobile services, wrote "Document 8/31").
   */
  public static final String ITU_R_STUDY_GROUP = "(?:1[01]|[1-9])";

  /**
   * The conferences and assemblies as groups of documents: PP, WTSA, WTDC, WCIT, WRC, the Regional
   * Radiocommunication Conference (RRC), RA and WTPF.
   */
  public static final String CONFERENCE_GROUP = "(?:PP|WTSA|WTDC|WCIT|WRC|RRC|RA|WTPF)";

  /** Revisions, addenda and corrigenda after any form: (Rev.1), R1, -R1, -Rev.1, " Rev.1". */
  private static final String SUFFIX =
      "(?<suffix>(?:\\s*\\(\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+\\s*\\)|-?R\\d+(?![\\w/])|!R\\d+"
          + "|\\s*-\\s*(?:Rev|Add|Corr)\\.?\\s*\\d+|\\s+(?:Rev|Add|Corr)\\.\\s*\\d+)*)"
          + "(?:-(?<lang>[EFSRAC])(?![\\w/]))?";

  /**
   * Finds document numbers in running text. Group 0 is the number as written, suffixes included;
   * group {@code lang} the language letter of a suffix such as {@code -E}. A number never starts
   * right after a letter, digit, hyphen, slash or "@" (a path in a URL, an e-mail address) and
   * never runs on into one, unless it ends on a bracket.
   */
  public static final Pattern FINDER =
      Pattern.compile(
          "(?<![\\w/@-])(?:"
              + NumberForms.alternatives()
              + ")"
              + SUFFIX
              // A closing bracket ends a number, though PDF text may run the next table cell on
              // into it: "5X/TEMP/12(Rev.2)Draft report ..." keeps its revision; so does a last
              // digit before a capitalised word or a whole acronym, the next cell's
              // ("4B/TEMP/38Sent", "SG1RGQ/339BDT Focal Point").
              + "(?:(?<=\\))|(?<=\\d)(?-i:(?=\\p{Lu}\\p{Ll}|\\p{Lu}{2,}\\s))|(?![\\w/@]))",
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
      Pattern.compile("(?:WP\\s*)?(?<g>" + NumberForms.ITU_R_PARTY + ")", Pattern.CASE_INSENSITIVE);

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
    for (int i = 0; i < NumberForms.ALL.size(); i++) {
      String written = m.group("f" + i);
      if (written != null) {
        Matcher form = NumberForms.pattern(i).matcher(written);
        if (!form.matches()) {
          throw new IllegalStateException("form " + i + " does not read " + written);
        }
        StringBuilder id = new StringBuilder(NumberForms.ALL.get(i).id().apply(form));
        if (NumberForms.ALL.get(i).regex().contains("(?<rev>")) {
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
    return form < 0 ? OTHER : NumberForms.ALL.get(form).family();
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
      Matcher m = NumberForms.pattern(form).matcher(base(canonical));
      if (m.matches()) {
        return NumberForms.ALL.get(form).group().apply(m);
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
    Matcher m = NumberForms.pattern(form).matcher(base(canonical));
    return m.matches() ? NumberForms.ALL.get(form).meeting().apply(m) : null;
  }

  /** The index of the form a number is written in, or -1. */
  private static int formOf(String written) {
    Matcher m = FINDER.matcher(written.strip());
    if (!m.matches()) {
      return -1;
    }
    for (int i = 0; i < NumberForms.ALL.size(); i++) {
      if (m.group("f" + i) != null) {
        return i;
      }
    }
    return -1;
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
}
