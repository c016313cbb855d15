package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cover lines that PDF text wrapped inside a narrow cell, joined again before the cover is cut into
 * cells: a meeting's dates whose month or year (or the second half of their range) went to the next
 * line, a meeting's place wrapped after its city, a TD number whose filing ("(GEN/12)") did, a
 * study group's number after its "Document", the language after "Original:", a Member State's name
 * and a masthead.
 */
final class WrappedCoverLines {

  private WrappedCoverLines() {}

  static List<CoverLine> join(List<CoverLine> lines) {
    return joinMastheads(
        joinStateNames(
            joinMeetings(
                joinKindNouns(
                    joinDates(joinFilings(joinNumbers(joinAmendments(joinOriginals(lines)))))))));
  }

  /**
   * A title's line that ends on the word a kind of text is named after: "draft new" / "Report",
   * "nouveau" / "Rapport". ITU writes "new", "draft" and "revised" only before the noun they
   * qualify.
   */
  private static final Pattern ENDS_BEFORE_KIND_NOUN =
      Pattern.compile(
          "\\S+(?:\\s+\\S+)+\\s+(?:new|draft|revised|nouveau|nouvelle|nuevo|nueva|новой|новая|новый)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A title whose last noun ("Report", "Recommendation") PDF text wrapped alone to a line of its
   * own: one line, never the cover's kind line.
   */
  private static List<CoverLine> joinKindNouns(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            ENDS_BEFORE_KIND_NOUN.matcher(before).matches() && CoverCells.kindOf(next) != null);
  }

  /** An amendment's lead whose "to" a narrow cell wrapped: "Révision 1" / "du". */
  private static final Pattern AMENDMENT_LEAD =
      Pattern.compile(
          "(?:.*\\s)?" + Amendments.LEAD + "\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The word an amendment's lead ends in, alone on its line ("to", "du", "al", "к"), or after the
   * amendment's number ("1 to").
   */
  private static final Pattern TO_WORD_ALONE =
      Pattern.compile(
          "(?:\\d{1,2}\\s+)?(?:to|au|du|à|al|del?|к)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * PDF text wraps "Revision 1" / "to", or "Corrigendum" / "1 to", in a narrow number cell: one
   * line, so that the amendment leads the number it amends.
   */
  private static List<CoverLine> joinAmendments(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            TO_WORD_ALONE.matcher(next).matches()
                && AMENDMENT_LEAD.matcher(before + " " + next).matches());
  }

  /** A phrase of three words or more cut after a word in lower case: "... Group for the". */
  private static final Pattern MEETING_CUT =
      Pattern.compile("\\S+(?:\\s+\\S+){1,}\\s+\\p{Ll}+\\s*", Pattern.UNICODE_CASE);

  /**
   * A meeting's name that PDF text cut mid-phrase before its place and date: "Meeting of the
   * Rapporteur Group for the" / "Question 2/1: Geneva, 3 May 2019" is one line, and the Question
   * that opens the second is no label of the cover's.
   */
  private static List<CoverLine> joinMeetings(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            CoverLabel.in(before) == null
                && MEETING_CUT.matcher(before).matches()
                && CoverCells.endsMidPhrase(before)
                && CoverCells.placeAndDate(before + " " + next) != null);
  }

  /** "Original:" alone at a line's end, its language wrapped to the next line. */
  private static final Pattern ORIGINAL_ALONE =
      Pattern.compile(
          "(?:.*\\s)?" + CoverRowCells.ORIGINAL_LABEL,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A narrow cell wraps "Original:" / "français": one line, never a source. */
  private static List<CoverLine> joinOriginals(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) -> ORIGINAL_ALONE.matcher(before).matches() && next.matches("\\p{L}+"));
  }

  /**
   * A masthead that a narrow cell wrapped: "UNIÓN INTERNACIONAL DE" / "TELECOMUNICACIONES" is one
   * line, never a title in capitals.
   */
  private static List<CoverLine> joinMastheads(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            !CoverCells.isMasthead(before.strip())
                && !CoverCells.isMasthead(next)
                && CoverCells.isMasthead(before.strip() + " " + next));
  }

  /**
   * A Member State's name that a line break cut: "... and Papua New" / "Guinea", "United Kingdom of
   * Great Britain and" / "Northern Ireland" are one line.
   */
  private static List<CoverLine> joinStateNames(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            MemberStates.spans(before + " " + next).stream()
                .anyMatch(s -> s[0] < before.length() && s[1] > before.length() + 1));
  }

  /** The word a study group's number is written after, alone on its line: "Document". */
  private static final Pattern DOCUMENT_WORD_ALONE =
      Pattern.compile(Amendments.TO_DOCUMENT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A narrow number cell wraps "Document" / "4/77-E": one line, since the word is what makes the
   * study group's number a number at all.
   */
  private static List<CoverLine> joinNumbers(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            DOCUMENT_WORD_ALONE.matcher(before.strip()).matches()
                && CoverNumbers.isNumberCell(before.strip() + " " + next));
  }

  /** Where an ITU-T TD is filed, alone on a line: "(GEN/12)", "(WP1/12)", "(PLEN/12)". */
  private static final Pattern FILING_ALONE =
      Pattern.compile("\\(\\s*(?:GEN|PLEN|WP\\s*\\d{1,2})\\s*/\\s*\\d{1,2}\\s*\\)\\s*");

  /** A filing that a line break cut after its part's name: "TD 131 Rev.1 (WP" / "4/13)". */
  private static final Pattern FILING_OPENED =
      Pattern.compile(".*\\(\\s*(?:GEN|PLEN|WP\\s*\\d{0,2})\\s*");

  private static final Pattern FILING_CLOSED =
      Pattern.compile("\\d{0,2}\\s*/\\s*\\d{1,2}\\s*\\)\\s*");

  /**
   * PDF text wraps "TD 410 Rev.1" / "(GEN/12)" in a narrow number cell, or cuts the filing itself
   * ("(WP" / "4/13)"): one line, so that the revision stays with the number.
   */
  private static List<CoverLine> joinFilings(List<CoverLine> lines) {
    return joinWhere(
        lines,
        (before, next) ->
            FILING_ALONE.matcher(next).matches()
                || FILING_OPENED.matcher(before).matches()
                    && FILING_CLOSED.matcher(next).matches());
  }

  /**
   * A range across months wrapped after its first day: "Geneva, 30" / "September - 4 October 2019"
   * reads as one date from that day on.
   */
  private static boolean rangeAcrossMonths(String text, String next) {
    Matcher days = DAYS_LAST.matcher(text);
    if (!days.find() || next.isEmpty() || !Character.isLetter(next.charAt(0))) {
      return false;
    }
    Matcher date = DATE_FIRST.matcher(days.group() + " " + next);
    return date.lookingAt() && Dates.find(date.group()) != null;
  }

  /** "Bled," and "Slovenia, 7-11 May 2007": the city wrapped away from its country and dates. */
  private static boolean placeGoesOn(String text, String next) {
    Matcher place = PLACE_THEN_DATE.matcher(next);
    return PLACE_CUT.matcher(text).matches()
        && place.lookingAt()
        && Dates.find(place.group(1)) != null;
  }

  /**
   * Each line joined to the one before (in the same region) when {@code joins} says, given the line
   * before without its trailing blanks and the line stripped, that it goes on from it.
   */
  private static List<CoverLine> joinWhere(
      List<CoverLine> lines, BiPredicate<String, String> joins) {
    List<CoverLine> joined = new ArrayList<>();
    for (CoverLine line : lines) {
      int last = joined.size() - 1;
      if (last >= 0 && joined.get(last).region() == line.region()) {
        String before = joined.get(last).text().stripTrailing();
        String next = line.text().strip();
        if (joins.test(before, next)) {
          joined.set(last, new CoverLine(before + " " + next, line.region()));
          continue;
        }
      }
      joined.add(line);
    }
    return joined;
  }

  /**
   * A day or a range of days at a line's end, whose month and year wrapped to the next line: "13-17
   * de" / "noviembre de 2023", "22 août – 1er" / "septembre 2023".
   */
  private static final Pattern DAYS_AT_END =
      Pattern.compile(
          ".*(?<![\\d/.])\\d{1,2}(?:er|º)?(?:\\s*[-–—]\\s*\\d{1,2}(?:er|º)?)?(?:\\s+de)?",
          Pattern.UNICODE_CASE);

  /**
   * A month and year first on a line; Spanish may wrap a range's second day before the "de" that
   * ties it to its month: "25 de noviembre - 4" / "de diciembre de 2003".
   */
  private static final Pattern MONTH_AND_YEAR_FIRST =
      Pattern.compile("(?:de\\s+)?(\\p{L}+\\s+(?:de\\s+)?\\d{4})(?!\\d).*");

  private static final Pattern DATE_FIRST =
      Pattern.compile(Dates.ANY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The days a line ends on, as {@link #DAYS_AT_END} finds them: "30", "13-17 de". */
  private static final Pattern DAYS_LAST =
      Pattern.compile(
          "(?<![\\d/.])\\d{1,2}(?:er|º)?(?:\\s*[-–—]\\s*\\d{1,2}(?:er|º)?)?(?:\\s+de)?$",
          Pattern.UNICODE_CASE);

  /** The second half of a range of dates, alone on a line: "– 4 May 2018". */
  private static final Pattern RANGE_GOES_ON = Pattern.compile("\\s*[-–—]\\s*\\d{1,2}(?!\\d)");

  /** A year first on a line, as a wrapped date leaves it: "2025", "de 2023". */
  private static final Pattern YEAR_FIRST = Pattern.compile("\\s*(?:de\\s+)?\\d{4}(?!\\d)");

  /** A line up to its last year: what a cell set before a wrapped date ends on. */
  private static final Pattern AFTER_LAST_YEAR = Pattern.compile("^.*(?<!\\d)\\d{4}(?!\\d)");

  /**
   * The first half of a range of dates at a line's end, with its dash: "30 April –", and in Spanish
   * with the "de" before its month: "26 de mayo -".
   */
  private static final Pattern RANGE_CUT =
      Pattern.compile(".*\\d{1,2}(?:er|º)?\\s+(?:de\\s+)?\\p{L}+\\s*[-–—]", Pattern.UNICODE_CASE);

  /** A place's name at a line's end before its comma: "Bled,", "San José,". */
  private static final Pattern PLACE_CUT =
      Pattern.compile(".*(?<!\\S)\\p{Lu}[\\p{L}.'’-]*,", Pattern.UNICODE_CASE);

  /**
   * A meeting's place and dates first on a line, the rest of a place whose city the line before
   * ends on: a meeting is held at "City, Country, dates", and PDF text wraps it after the city.
   */
  private static final Pattern PLACE_THEN_DATE =
      Pattern.compile(
          "(?-i:\\p{Lu})[\\p{L} .'’-]{1,40},\\s*(" + Dates.ANY + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** PDF text wraps "Geneva, 12-16" / "May 2025" or "Geneva," / "20-31 May 2025": one line. */
  private static List<CoverLine> joinDates(List<CoverLine> lines) {
    List<CoverLine> joined = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      CoverLine line = lines.get(i);
      String text = line.text().stripTrailing();
      if (i + 1 < lines.size()
          && line.region() == lines.get(i + 1).region()
          && (DAYS_AT_END.matcher(text).matches() || text.endsWith(","))) {
        String next = lines.get(i + 1).text().strip();
        Matcher monthYear = MONTH_AND_YEAR_FIRST.matcher(next);
        Matcher date = DATE_FIRST.matcher(next);
        if (text.endsWith(",")
            ? date.lookingAt() && Dates.find(date.group()) != null || placeGoesOn(text, next)
            : monthYear.matches() && Dates.monthYear(monthYear.group(1)) != null
                || rangeAcrossMonths(text, next)) {
          joined.add(new CoverLine(text + " " + next, line.region()));
          i++;
          continue;
        }
        // A date cell narrower than its month wraps at every space: "12" / "September" / "2016",
        // and Spanish keeps its "de" with the month: "17 de" / "septiembre de" / "2018".
        if (!text.endsWith(",")
            && i + 2 < lines.size()
            && line.region() == lines.get(i + 2).region()
            && next.matches("\\p{L}+(?:\\s+de)?")) {
          String year = lines.get(i + 2).text().strip();
          if (year.matches("\\d{4}") && Dates.monthYear(next + " " + year) != null) {
            joined.add(new CoverLine(text + " " + next + " " + year, line.region()));
            i += 2;
            continue;
          }
        }
      }
      // "Geneva, 30 April" and "– 4 May 2018", or "Geneva, 30 April –" and "4 May 2018": a range
      // across months wrapped at its dash.
      if (i + 1 < lines.size()
          && line.region() == lines.get(i + 1).region()
          && (RANGE_GOES_ON.matcher(lines.get(i + 1).text()).lookingAt()
              || RANGE_CUT.matcher(text).matches()
                  && DATE_FIRST.matcher(lines.get(i + 1).text().strip()).lookingAt())
          && Dates.find(text) == null) {
        String next = lines.get(i + 1).text().strip();
        if (Dates.find(text + " " + next) != null) {
          joined.add(new CoverLine(text + " " + next, line.region()));
          i++;
          continue;
        }
      }
      // "Geneva, 12-16 May" and "2025", "Ginebra, 18-26 de abril" and "de 2023": the year alone
      // wrapped. A row may set a dated cell before it ("Received: 4 May 2000 6 May" and "2000"):
      // only what follows the row's last year is the wrapped date.
      Matcher year = i + 1 < lines.size() ? YEAR_FIRST.matcher(lines.get(i + 1).text()) : null;
      String tail = AFTER_LAST_YEAR.matcher(text).replaceFirst("");
      if (year != null
          && line.region() == lines.get(i + 1).region()
          && year.lookingAt()
          && Dates.find(tail) == null) {
        String next = lines.get(i + 1).text().strip();
        if (Dates.find(tail + " " + year.group().strip()) != null) {
          joined.add(new CoverLine(text + " " + next, line.region()));
          i++;
          continue;
        }
      }
      joined.add(line);
    }
    return joined;
  }
}
