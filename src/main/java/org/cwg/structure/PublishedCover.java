package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Provenance;
import org.cwg.model.SupplementNumbers;

/**
 * The cover of a published text, a Recommendation or a Resolution: its title after (or, for ITU-T,
 * above) the line that names it, and its date: a Recommendation's edition "(03/2026)", a
 * Resolution's year of adoption or revision.
 */
final class PublishedCover {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * Where a published text's title ends: its summary, its dates (the years of its editions,
   * "(2012)" for a first one), its preamble.
   */
  private static final Pattern AFTER_PUBLISHED_TITLE =
      Pattern.compile(
          "(?:summary|résumé|resumen|keywords|\\(\\d{4}(?:\\s*-\\s*\\d{4})*\\)|\\(\\d{2}/\\d{4}\\)"
              + "|\\([^()]*,\\s*\\d{4}[^()]*\\)"
              + "|the\\s+.*(?:assembly|conference),?|foreword)\\s*",
          FLAGS);

  /**
   * The Question(s) a Recommendation answers, on a line of its own under its title: "(Question
   * ITU-R 2/6)", "(Questions ITU-R 45/5 and 229-4/5)". It ends the title and names the study group.
   */
  private static final Pattern QUESTION_LINE =
      Pattern.compile("\\(\\s*questions?\\s+ITU-[RTD]\\s+([^()]*\\d/\\d{1,2}[^()]*)\\)\\s*", FLAGS);

  private static final Pattern QUESTION =
      Pattern.compile("(\\d{1,3}(?:-\\d{1,2})?)/(\\d{1,2})(?!\\d)");

  /** A published text's edition, "(03/2026)", or its adoption, "(Rev. New Delhi, 2024)". */
  private static final Pattern EDITION = Pattern.compile("\\((\\d{2})/(\\d{4})\\)");

  /** An older edition's study periods, "(1982-1986)": it was adopted in the last year. */
  private static final Pattern STUDY_PERIODS =
      Pattern.compile("\\((?:\\d{4}\\s*[-–]\\s*)+(\\d{4})\\)");

  private static final Pattern ADOPTED =
      Pattern.compile("\\((?:rev\\.\\s*)?[\\p{L} .'’-]+,\\s*(\\d{4})\\)", FLAGS);

  /**
   * "Recommendation ITU-T A.8 was prepared by TSAG", "... approved ... by ITU-T Study Group 17".
   */
  private static final Pattern SOURCE_SENTENCE =
      Pattern.compile(
          "\\bwas\\s+(?:prepared|approved|revised|agreed)\\b[^.]{0,80}?\\bby\\s+(?:ITU-T\\s+)?"
              + "(?:Study\\s+Group\\s+(\\d{1,2})|(TSAG))\\b",
          FLAGS);

  /**
   * A History row: "1.0 | ITU-T Y.4999 | 2026-03-15 | 20", the study group after the date, also
   * written out as a sentence ("approved 2026-03-15, Study Group 20").
   */
  private static final Pattern HISTORY_ROW =
      Pattern.compile(
          "\\b\\d{4}-\\d{2}-\\d{2}[,;]?\\s+(?:SG\\s?|Study\\s+Group\\s+)?(TSAG|\\d{1,2})(?![\\d/-]|\\.\\d)");

  private static final Pattern RADIO_SERIES = Pattern.compile("ITU-R\\s+([A-Z]{1,3})\\.\\d");

  /**
   * The ITU-R Study Group each series of Recommendations belongs to, when one alone does: M (Study
   * Groups 4 and 5), SF (4 and 5 jointly) and V (vocabulary) are shared and name none.
   */
  private static final Map<String, String> RADIO_SERIES_GROUPS =
      Map.ofEntries(
          Map.entry("SM", "SG1"),
          Map.entry("P", "SG3"),
          Map.entry("S", "SG4"),
          Map.entry("SNG", "SG4"),
          Map.entry("F", "SG5"),
          Map.entry("BO", "SG6"),
          Map.entry("BR", "SG6"),
          Map.entry("BS", "SG6"),
          Map.entry("BT", "SG6"),
          Map.entry("RA", "SG7"),
          Map.entry("RS", "SG7"),
          Map.entry("SA", "SG7"),
          Map.entry("TF", "SG7"));

  /** The front matter of a published text fits in its first pages. */
  private static final int FRONT_MATTER = 8000;

  private final String conference;
  private final String grammar;
  private final MetadataDraft draft;

  private PublishedCover(String conference, String grammar, MetadataDraft draft) {
    this.conference = conference;
    this.grammar = grammar;
    this.draft = draft;
  }

  /** Offers the title and date of the published text whose number the cover carries. */
  static void read(
      List<Cover.Cell> cells,
      CoverNumbers.Reading number,
      String conference,
      String grammar,
      MetadataDraft draft) {
    new PublishedCover(conference, grammar, draft).title(cells, number);
  }

  /**
   * The group that prepared a published Recommendation: for ITU-T, from its front matter (the
   * Source sentence, else the Study Group column of the History table's last row); for ITU-R
   * without a Question line, the Study Group its series belongs to.
   */
  static void readGroup(String text, MetadataDraft draft) {
    Object number = draft.get(MetadataDraft.NUMBER);
    if (draft.has(MetadataDraft.GROUP) || !(number instanceof String written)) {
      return;
    }
    Matcher radio = RADIO_SERIES.matcher(written);
    if (radio.lookingAt()) {
      draft.offer(
          MetadataDraft.GROUP,
          RADIO_SERIES_GROUPS.get(radio.group(1).toUpperCase(Locale.ROOT)),
          Provenance.COVER,
          "cover: the study group responsible for the Recommendation's series");
      return;
    }
    if (!written.startsWith("ITU-T ")) {
      return;
    }
    String front = text.substring(0, Math.min(text.length(), FRONT_MATTER));
    Matcher source = SOURCE_SENTENCE.matcher(front);
    if (source.find()) {
      draft.offer(
          MetadataDraft.GROUP,
          source.group(2) != null ? "TSAG" : "SG" + Integer.parseInt(source.group(1)),
          Provenance.TEXT,
          "text: the Recommendation's Source, 'prepared by'");
      return;
    }
    int history = front.indexOf("History");
    Matcher row = HISTORY_ROW.matcher(history < 0 ? "" : front.substring(history));
    String last = null;
    while (row.find()) {
      last = row.group(1);
    }
    if (last != null) {
      draft.offer(
          MetadataDraft.GROUP,
          last.equals("TSAG") ? "TSAG" : "SG" + Integer.parseInt(last),
          Provenance.TEXT,
          "text: the Study Group of the History table's last edition");
    }
  }

  /** A Recommendation's edition "(03/2026)", a Resolution's year of adoption or revision. */
  private void date(List<Cover.Cell> cells, int last, CoverNumbers.Reading number) {
    String rule = "cover: " + grammar + " " + cells.get(last).origin().written;
    if (number.canonical().contains(" Res. ")) {
      Matcher adopted = ADOPTED.matcher(cells.get(last).text());
      if (adopted.find()) {
        draft.offer(
            MetadataDraft.DATE,
            adopted.group(1),
            Provenance.COVER,
            rule + ", year of the Resolution's revision");
      }
      return;
    }
    for (Cover.Cell cell : cells) {
      Matcher edition = EDITION.matcher(cell.text());
      if (edition.matches()) {
        draft.offer(
            MetadataDraft.DATE,
            edition.group(2) + "-" + edition.group(1),
            Provenance.COVER,
            rule + ", edition '" + cell.text() + "'");
        return;
      }
      Matcher periods = STUDY_PERIODS.matcher(cell.text());
      if (periods.matches()) {
        draft.offer(
            MetadataDraft.DATE,
            periods.group(1),
            Provenance.COVER,
            rule + ", last of the study periods '" + cell.text() + "'");
        return;
      }
    }
  }

  /** A Recommendation's or Resolution's title: after its number's last cell, or its dash. */
  private void title(List<Cover.Cell> cells, CoverNumbers.Reading number) {
    CoverNumbers.Context context = new CoverNumbers.Context(null, null, conference);
    int last = -1;
    for (int i = 0; i < cells.size(); i++) {
      CoverNumbers.Reading reading =
          CoverNumbers.read(CoverNumbers.supplementAt(cells, i), context);
      if (reading != null && number.canonical().equals(reading.canonical())) {
        last = i;
      }
    }
    boolean supplement = SupplementNumbers.isSupplement(number.canonical());
    if (last < 0) {
      return;
    }
    date(cells, last, number);
    String rule =
        "cover: "
            + grammar
            + " "
            + cells.get(last).origin().written
            + ", lines after the "
            + (number.canonical().contains(" Res. ")
                ? "Resolution"
                : supplement ? "Supplement" : "Recommendation")
            + " number";
    Matcher dash = Pattern.compile("\\s[-–—:]\\s*(\\S.*)").matcher(cells.get(last).text());
    if (dash.find()) {
      draft.offer(MetadataDraft.TITLE, dash.group(1), Provenance.COVER, rule);
      return;
    }
    List<String> title = new ArrayList<>();
    for (int i = last + 1; i < cells.size() && title.size() < 6; i++) {
      String text = cells.get(i).text();
      // A Supplement's title follows the rest of its number, its edition and its series' name.
      if (supplement && title.isEmpty() && isSupplementPreamble(text)) {
        continue;
      }
      Matcher questionLine = QUESTION_LINE.matcher(text);
      if (questionLine.matches()) {
        questions(questionLine.group(1), rule);
        break;
      }
      if (AFTER_PUBLISHED_TITLE.matcher(text).matches() || CoverNumbers.isNumberCell(text)) {
        break;
      }
      title.add(text);
    }
    // An ITU-T Recommendation's cover prints its title above "Recommendation ITU-T Y.4999".
    String above = last > 0 ? cells.get(last - 1).text() : "";
    if (title.isEmpty()
        && !CoverCells.neverTitleOrSource(above)
        && !above.matches("(?i)series\\s.*")
        && !EDITION.matcher(above).matches()) {
      // PDF text wraps a long title: a line in lower case, or under one cut mid-phrase, goes on
      // with the line above ("... circular ICT goods" / "and networks").
      int first = last - 1;
      while (first > 0
          && isTitleLine(cells.get(first - 1).text())
          && (cells.get(first).text().strip().matches("\\p{Ll}.*")
              || CoverCells.endsMidPhrase(cells.get(first - 1).text()))) {
        first--;
        above = cells.get(first).text().strip() + " " + above.strip();
      }
      draft.offer(
          MetadataDraft.TITLE,
          above,
          Provenance.COVER,
          "cover: "
              + grammar
              + " "
              + cells.get(last - 1).origin().written
              + ", line above the Recommendation number");
      return;
    }
    draft.offer(
        MetadataDraft.TITLE,
        String.join(" ", title).replaceAll("\\s+", " "),
        Provenance.COVER,
        rule);
  }

  /** The Questions of the line under the title, and the study group whose number they carry. */
  private void questions(String written, String rule) {
    List<String> found = new ArrayList<>();
    java.util.Set<String> groups = new java.util.LinkedHashSet<>();
    Matcher question = QUESTION.matcher(written);
    while (question.find()) {
      found.add(question.group(1) + "/" + Integer.parseInt(question.group(2)));
      groups.add("SG" + Integer.parseInt(question.group(2)));
    }
    String questionRule = rule.replace("lines after", "Question line after");
    draft.offer(MetadataDraft.QUESTIONS, found, Provenance.COVER, questionRule);
    if (groups.size() == 1) {
      draft.offer(MetadataDraft.GROUP, groups.iterator().next(), Provenance.COVER, questionRule);
    }
  }

  /** "Supplement 52", "(05/2021)", "SERIES L: ENVIRONMENT AND ICTS ...": above its title. */
  private static boolean isSupplementPreamble(String text) {
    String line = text.strip();
    // The series' name is in capitals, also when PDF text wraps it over several lines.
    return line.matches("(?i)supplement(?:\\s+\\d{1,3})?")
        || EDITION.matcher(line).matches()
        || line.chars().noneMatch(Character::isLowerCase);
  }

  /** A line of a published title: in running case, never the series or a masthead line. */
  private static boolean isTitleLine(String text) {
    return text.chars().anyMatch(Character::isLowerCase)
        && !CoverCells.neverTitleOrSource(text)
        && !text.matches("(?i)series\\s.*")
        && !EDITION.matcher(text).matches();
  }
}
