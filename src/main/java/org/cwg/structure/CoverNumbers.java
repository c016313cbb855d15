package org.cwg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.SupplementNumbers;

/**
 * Document numbers as each family writes them on its cover or in its file name, made canonical:
 * ITU-T "COM 17 – C 823 – E", "SG17-C823" and "C 823" in a Study Group 17 context are {@code
 * SG17-C823}; "TD 2484 (GEN/17)" is {@code SG17-TD2484}; "FG-AINN-I-262-R1" is {@code
 * FG-AINN-I-262(Rev.1)}; ITU-R "Document 5D/123-E" is {@code 5D/123}; ITU-D "Document SG1RGQ/123-E"
 * is {@code SG1RGQ/123}; "SG16-TD1250/GEN" is {@code SG16-TD1250}; "Document 64-E" under a PP-22
 * masthead is {@code PP-22/64}; Council and working-group numbers as {@link DocumentNumber} reads
 * them. A number whose digits are a placeholder ("FG-AI4SSC-I-XXX") is read as a placeholder, never
 * a number.
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
  record Reading(
      String canonical,
      String placeholder,
      String family,
      String group,
      String revision,
      Character language) {}

  /** What the masthead tells about the numbers under it. */
  record Context(String family, String group, String conference) {
    static final Context NONE = new Context(null, null, null);
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern DOCUMENT =
      Pattern.compile(Amendments.TO_DOCUMENT + "\\s+(?<rest>\\S.*)", FLAGS);

  /** A number written short, which only its study group's context makes whole: "C 823". */
  private static final Pattern SHORT_IN_STUDY_GROUP =
      Pattern.compile("(?:C|TD|LS)\\s?\\d{1,4}.*", FLAGS);

  /**
   * An ITU-R study group's own document: "Document 4/18-E" under the Radiocommunication masthead is
   * {@code 4/18} of Study Group 4. Only a cover says so: in running text "4/18" may be a ratio.
   */
  private static final Pattern RADIO_STUDY_GROUP =
      Pattern.compile(
          "(?<group>"
              + DocumentNumber.ITU_R_STUDY_GROUP
              + ")/(?<n>\\d{1,4})(?:-(?<lang>[EFSRAC]))?");

  private static final Pattern RECOMMENDATION =
      Pattern.compile(
          "(?:recommendation|recommandation|recomendaci[óo]n)\\s+"
              + "(?<sector>ITU[-‑\\u00ad]?\\s*[TRD])"
              + "\\s+(?<rec>[A-Z]{1,3}\\.\\d+(?:\\.\\d+)*(?:-\\d+)?)\\*?",
          FLAGS);
  private static final Pattern RESOLUTION =
      Pattern.compile(
          "(?:resolution|résolution|resoluci[óo]n)\\s+(?<num>\\d{1,3}[A-Z]?)"
              + "(?:\\s*\\((?:rev\\.\\s*)?[\\p{L} .'’-]+,\\s*\\d{4}\\))?(?:\\s*[-–—:].*)?",
          FLAGS);

  /**
   * Where an ITU-T TD is filed, written after its number in the new style: "SG16-TD1250/GEN",
   * "TSAG-TD88/PLEN", "SG17-TD71/WP1". TDs are numbered in one series per study group, whatever
   * part of it they are filed under: the filing is no part of the number.
   */
  private static final Pattern FILED_TD =
      Pattern.compile(
          "(?<td>(?:SG\\d{1,2}|TSAG)-TD\\d{1,4}\\S*?)\\s*/\\s*(?:GEN|PLEN|WP\\s?\\d{1,2})"
              + "(?<lang>-[EFSRAC])?",
          FLAGS);

  /** The placeholder's letters where the digits go, not an N inside a group's name (FG-QIT4N). */
  private static final Pattern PLACEHOLDER_DIGITS =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?:X{1,4}|x{1,4}|N{1,4}|n{1,3})(?![A-Za-z0-9])"
              + "|(?<=-(?:C|TD|LS))X{1,4}(?![A-Za-z])");

  /** A Supplement's cover: "Series L" in the number's cell, "Supplement 52" on the next line. */
  private static final Pattern SERIES_CELL = Pattern.compile("(?i:series|s[ée]rie)\\s+[A-Z]{1,2}");

  private static final Pattern SUPPLEMENT_WORD = Pattern.compile("(?i:supplement)");

  private static final Pattern SUPPLEMENT_CELL = Pattern.compile("(?i:supplement)\\s+\\d{1,3}");

  /** An old-style ITU-T number cut after its series letter: "COM 11 – R", "COM 3 – C". */
  private static final Pattern SERIES_LETTER_CELL =
      Pattern.compile("(?i:COM)\\s*\\d{1,2}\\s*[-–]\\s*(?:C|R|D|TD|LS)");

  /** The rest of that number on the next line: "5 – E", "14". */
  private static final Pattern DIGITS_CELL = Pattern.compile("\\d{1,4}(?:\\s*[-–]\\s*[EFSRAC])?");

  private CoverNumbers() {}

  /**
   * The text of cell {@code at}, joined to the next when the two are a Supplement's "Series L" and
   * "Supplement 52", or an old-style number's "COM 11 – R" and "5 – E", which only together make
   * its number.
   */
  static String supplementAt(List<Cover.Cell> cells, int at) {
    String text = cells.get(at).text();
    // PDF text of a narrow number cell wraps an old-style ITU-T number after its series letter.
    if (at + 1 < cells.size()
        && SERIES_LETTER_CELL.matcher(TextCleaner.strip(text)).matches()
        && DIGITS_CELL.matcher(TextCleaner.strip(cells.get(at + 1).text())).matches()) {
      return text.strip() + " " + TextCleaner.strip(cells.get(at + 1).text());
    }
    if (at + 1 >= cells.size() || !SERIES_CELL.matcher(TextCleaner.strip(text)).matches()) {
      return text;
    }
    String next = TextCleaner.strip(cells.get(at + 1).text());
    // PDF text of a narrow column puts the Supplement's digits under the word.
    if (at + 2 < cells.size()
        && SUPPLEMENT_WORD.matcher(next).matches()
        && TextCleaner.strip(cells.get(at + 2).text()).matches("\\d{1,3}")) {
      next = next + " " + TextCleaner.strip(cells.get(at + 2).text());
    }
    return SUPPLEMENT_CELL.matcher(next).matches() ? text.strip() + " " + next : text;
  }

  /** Whether a cell is a document number of some family, written on its own. */
  static boolean isNumberCell(String cell) {
    return read(cell, Context.NONE) != null || isRadioStudyGroupCell(cell);
  }

  /**
   * "Document 3/25-E": with its label and its language letter, an ITU-R study group's number is a
   * cell of its own whatever the cover's family, though only an ITU-R cover reads it as the number.
   */
  private static boolean isRadioStudyGroupCell(String cell) {
    Matcher document = DOCUMENT.matcher(TextCleaner.strip(cell));
    if (!document.matches()) {
      return false;
    }
    Matcher radio = RADIO_STUDY_GROUP.matcher(document.group("rest"));
    return radio.matches() && radio.group("lang") != null;
  }

  /** The number a whole cell is, or null. */
  static Reading read(String cell, Context context) {
    String text = TextCleaner.strip(cell);
    Matcher document = DOCUMENT.matcher(text);
    boolean labelled = document.matches();
    String written = labelled ? document.group("rest") : text;
    Matcher filed = FILED_TD.matcher(written);
    if (filed.matches()) {
      written = filed.group("td") + (filed.group("lang") == null ? "" : filed.group("lang"));
    }
    String series =
        context.group() != null
                && context.group().matches("SG\\d{1,2}|TSAG")
                && SHORT_IN_STUDY_GROUP.matcher(written).matches()
            ? context.group()
            : labelled && context.conference() != null && context.conference().contains("-")
                ? context.conference()
                : labelled ? context.group() : null;
    if (DocumentNumber.isPlaceholder(written)) {
      String shape = written.replaceAll("-[EFSRAC]$", "");
      String example =
          DocumentNumber.canonical(PLACEHOLDER_DIGITS.matcher(shape).replaceAll("111"), series)
              .orElse(null);
      if (example != null && DocumentNumber.canonical(shape, series).isEmpty()) {
        return new Reading(
            null,
            shape,
            DocumentNumber.familyOf(example),
            DocumentNumber.groupOf(example),
            null,
            null);
      }
    }
    // Under the Radiocommunication masthead "Document 1/48-E" is Study Group 1's own number, even
    // when the cover names the group ("... of relevance to Study Group 1") as ITU-D's would.
    Matcher radio = RADIO_STUDY_GROUP.matcher(written);
    if (labelled && "itu-r".equals(context.family()) && radio.matches()) {
      return new Reading(
          radio.group("group") + "/" + Integer.parseInt(radio.group("n")),
          null,
          "itu-r",
          "SG" + radio.group("group"),
          null,
          radio.group("lang") == null ? null : radio.group("lang").charAt(0));
    }
    String canonical = DocumentNumber.canonical(written, series).orElse(null);
    if (canonical != null) {
      Matcher m = DocumentNumber.FINDER.matcher(written);
      String lang = m.find() ? m.group("lang") : null;
      return new Reading(
          canonical,
          null,
          DocumentNumber.familyOf(canonical),
          DocumentNumber.groupOf(canonical),
          DocumentNumber.revisionOf(canonical),
          lang == null ? null : Character.toUpperCase(lang.charAt(0)));
    }
    String supplement = SupplementNumbers.canonical(text).orElse(null);
    if (supplement != null) {
      return new Reading(supplement, null, "itu-t", null, null, null);
    }
    Matcher m = RECOMMENDATION.matcher(text);
    if (m.matches()) {
      char sector = Character.toUpperCase(m.group("sector").charAt(m.group("sector").length() - 1));
      return new Reading(
          "ITU-" + sector + " " + m.group("rec"),
          null,
          sector == 'R' ? "itu-r" : sector == 'D' ? "itu-d" : "itu-t",
          null,
          null,
          null);
    }
    m = RESOLUTION.matcher(text);
    if (context.conference() != null && m.matches()) {
      return new Reading(
          context.conference().replaceFirst("-\\d+$", "") + " Res. " + m.group("num"),
          null,
          "conference",
          null,
          null,
          null);
    }
    return null;
  }
}
