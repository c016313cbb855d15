package org.cwg.structure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;

/**
 * Document numbers as each family writes them on its cover or in its file name, made canonical:
 * ITU-T "COM 17 – C 823 – E", "SG17-C823" and "C 823" in a Study Group 17 context are {@code
 * SG17-C823}; "TD 2484 (GEN/17)" is {@code SG17-TD2484}; "FG-AINN-I-262-R1" is {@code
 * FG-AINN-I-262(Rev.1)}; ITU-R "Document 5D/123-E" is {@code 5D/123}; ITU-D "Document
 * SG1RGQ/123-E" is {@code SG1RGQ/123}; "Document 64-E" under a PP-22 masthead is {@code
 * PP-22/64}; Council and working-group numbers as {@link DocumentNumber} reads them. A number
 * whose digits are a placeholder ("FG-AI4SSC-I-XXX") is read as a placeholder, never a number.
 */
final class CoverNumbers {

  /**
   * What a number says.
   *
   * @param canonical the canonical number, revision included, or null for a placeholder
   * @param placeholder the placeholder as written, or null
   * @param family the family the number's form belongs to, or null when it does not tell
   * @param group the group the number names, or null
   * @param revision "Rev.1", "Add.1" or "Corr.1", or null
   * @param language the language letter written after the number, or null
   */
  record Reading(String canonical, String placeholder, String family, String group,
      String revision, Character language) {}

  /** What the masthead tells about the numbers under it. */
  record Context(String family, String group, String conference) {
    static final Context NONE = new Context(null, null, null);
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String DASH = "\\s*[-–—‑]\\s*";
  private static final String REV =
      "(?:\\s*\\((?<ak>Rev|Add|Corr)\\.?\\s*(?<an>\\d{1,2})\\)|-?R(?<rn>\\d{1,2})(?![\\w/])"
          + "|\\s+(?<bk>Rev|Add|Corr)\\.\\s*(?<bn>\\d{1,2}))?";
  private static final String LANG = "(?:-(?<lang>[EFSRAC]))?";
  private static final String DOC = "(?:(?:document|documento|doc\\.)\\s+)?";

  private static final Pattern FOCUS_GROUP = Pattern.compile(
      DOC + "FG-?(?<name>[A-Z][A-Z0-9]*?)-(?<series>[A-Z]{1,2})-(?<num>\\d{1,4}|X{2,4}|N{2,4})"
          + REV + LANG, FLAGS);
  private static final Pattern COM = Pattern.compile(
      "COM\\s*(?<sg>\\d{1,2})" + DASH + "(?<kind>C|R|D)\\s*(?<num>\\d{1,4})" + REV
          + "(?:" + DASH + "(?<lang>[EFSRAC]))?", FLAGS);
  private static final Pattern SG_NUMBER = Pattern.compile(
      DOC + "SG(?<sg>\\d{1,2})-(?<kind>C|TD|LS)\\s?(?<num>\\d{1,4})" + REV + LANG, FLAGS);
  private static final Pattern TD = Pattern.compile(
      "TD\\s*(?<num>\\d{1,4})" + REV + "\\s*\\((?:GEN|PLEN|WP\\s*\\d{1,2})/(?<sg>\\d{1,2})\\)"
          + REV.replace("<ak>", "<ak2>").replace("<an>", "<an2>").replace("<rn>", "<rn2>")
              .replace("<bk>", "<bk2>").replace("<bn>", "<bn2>"), FLAGS);
  private static final Pattern BARE_CONTRIBUTION = Pattern.compile(
      "C\\s?(?<num>\\d{1,4})" + REV + LANG);
  private static final Pattern ITU_R = Pattern.compile(
      DOC + "(?<wp>\\d[A-Z])/(?<num>\\d{1,4}|X{2,4}|N{2,4})" + REV + LANG, FLAGS);
  private static final Pattern ITU_D = Pattern.compile(
      DOC + "SG(?<sg>\\d)(?<rgq>RGQ)?/(?<num>\\d{1,4})" + REV + LANG, FLAGS);
  private static final Pattern CONFERENCE = Pattern.compile(
      "(?:document|documento)\\s+(?<num>(?:INF/|DT/|DL/)?\\d{1,4})" + REV + LANG, FLAGS);
  private static final Pattern RECOMMENDATION = Pattern.compile(
      "(?:recommendation|recommandation|recomendaci[óo]n)\\s+(?<sector>ITU[-‑\\u00ad]?\\s*[TRD])"
          + "\\s+(?<rec>[A-Z]{1,3}\\.\\d+(?:\\.\\d+)*(?:-\\d+)?)\\*?", FLAGS);
  private static final Pattern RESOLUTION = Pattern.compile(
      "(?:resolution|résolution|resoluci[óo]n)\\s+(?<num>\\d{1,3}[A-Z]?)(?:\\s*[-–—:].*)?",
      FLAGS);

  private CoverNumbers() {}

  /** Whether a cell is a document number of some family, written on its own. */
  static boolean isNumberCell(String cell) {
    return read(cell, Context.NONE) != null;
  }

  /** The number a whole cell is, or null. */
  static Reading read(String cell, Context context) {
    String text = TextCleaner.strip(cell);
    Matcher m = FOCUS_GROUP.matcher(text);
    if (m.matches()) {
      String group = "FG-" + m.group("name").toUpperCase(Locale.ROOT);
      String id = group + "-" + m.group("series").toUpperCase(Locale.ROOT) + "-" + m.group("num");
      return reading(id, m, "itu-t", group);
    }
    m = COM.matcher(text);
    if (m.matches()) {
      String group = "SG" + Integer.parseInt(m.group("sg"));
      return reading(group + "-" + m.group("kind").toUpperCase(Locale.ROOT)
          + Integer.parseInt(m.group("num")), m, "itu-t", group);
    }
    m = SG_NUMBER.matcher(text);
    if (m.matches()) {
      String group = "SG" + Integer.parseInt(m.group("sg"));
      return reading(group + "-" + m.group("kind").toUpperCase(Locale.ROOT)
          + Integer.parseInt(m.group("num")), m, "itu-t", group);
    }
    m = TD.matcher(text);
    if (m.matches()) {
      String group = "SG" + Integer.parseInt(m.group("sg"));
      String id = group + "-TD" + Integer.parseInt(m.group("num"));
      String revision = revision(m, "");
      revision = revision != null ? revision : revision(m, "2");
      return new Reading(revision == null ? id : id + "(" + revision + ")", null, "itu-t", group,
          revision, null);
    }
    m = ITU_D.matcher(text);
    if (m.matches()) {
      String group = "SG" + m.group("sg") + (m.group("rgq") != null ? "RGQ" : "");
      return reading(group + "/" + Integer.parseInt(m.group("num")), m, "itu-d", group);
    }
    m = ITU_R.matcher(text);
    if (m.matches()) {
      String wp = m.group("wp").toUpperCase(Locale.ROOT);
      return reading(wp + "/" + m.group("num"), m, "itu-r", "WP" + wp);
    }
    m = RECOMMENDATION.matcher(text);
    if (m.matches()) {
      String sector = "ITU-" + Character.toUpperCase(
          m.group("sector").charAt(m.group("sector").length() - 1));
      return new Reading(sector + " " + m.group("rec"), null,
          sector.equals("ITU-R") ? "itu-r" : sector.equals("ITU-D") ? "itu-d" : "itu-t", null,
          null, null);
    }
    if (context.conference() != null) {
      m = RESOLUTION.matcher(text);
      if (m.matches()) {
        return new Reading(context.conference().replaceFirst("-\\d+$", "") + " Res. "
            + m.group("num"), null, "conference", null, null, null);
      }
      m = CONFERENCE.matcher(text);
      if (m.matches() && context.conference().contains("-")) {
        return reading(context.conference() + "/" + m.group("num").toUpperCase(Locale.ROOT), m,
            "conference", context.conference().replaceFirst("-\\d+$", ""));
      }
    }
    if (context.group() != null && context.group().matches("SG\\d{1,2}")) {
      m = BARE_CONTRIBUTION.matcher(text);
      if (m.matches()) {
        return reading(context.group() + "-C" + Integer.parseInt(m.group("num")), m, "itu-t",
            context.group());
      }
    }
    String written = text.replaceFirst("(?i)^(?:document|documento|doc\\.)\\s+", "");
    Matcher council = DocumentNumber.FINDER.matcher(written);
    if (council.matches()) {
      String canonical = DocumentNumber.canonical(council);
      String lang = council.group("lang");
      int paren = canonical.indexOf('(');
      return new Reading(canonical, null, "council", DocumentNumber.groupOf(canonical),
          paren < 0 ? null : canonical.substring(paren + 1, canonical.indexOf(')', paren)),
          lang == null ? null : Character.toUpperCase(lang.charAt(0)));
    }
    return null;
  }

  private static Reading reading(String id, Matcher m, String family, String group) {
    String lang = m.group("lang");
    Character letter = lang == null ? null : Character.toUpperCase(lang.charAt(0));
    if (id.matches(".*[-/](?:X{2,4}|N{2,4}|x{2,4}|n{2,4})")) {
      return new Reading(null, id, family, group, null, letter);
    }
    String revision = revision(m, "");
    return new Reading(revision == null ? id : id + "(" + revision + ")", null, family, group,
        revision, letter);
  }

  /** "Rev.1", "Add.2", "Corr.1" from the revision groups of a match, or null. */
  private static String revision(Matcher m, String suffix) {
    if (m.group("rn" + suffix) != null) {
      return "Rev." + Integer.parseInt(m.group("rn" + suffix));
    }
    for (String k : new String[] {"a", "b"}) {
      String kind = m.group(k + "k" + suffix);
      if (kind != null) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1).toLowerCase(Locale.ROOT)
            + "." + Integer.parseInt(m.group(k + "n" + suffix));
      }
    }
    return null;
  }
}
