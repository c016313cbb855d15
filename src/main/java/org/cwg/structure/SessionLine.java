package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The older Council masthead's session line: the place, the session's year, and its dates in
 * brackets, on the line or under it, often without the year: "GENEVA — SESSION 1998" / "(16-26
 * JUNE)", "GENEVA — SESSION OF 1999 (21-30 JUNE)", "GENEVA — 2000 SESSION", "GENÈVE — SESSION DE
 * 1999", "GINEBRA — REUNIÓN DE 2000" / "(19-28 DE JUNIO)", "ЖЕНЕВА — СЕССИЯ 1999 ГОДА", "جنيف —
 * دورة 1999", "日内瓦 — 1999年会议". The Administrative Council, until 1994, named its session by its
 * rank instead, then the place and dates: "48th SESSION – GENEVA – 21 JUNE - 2 JULY 1993". It names
 * the meeting, never the document's title.
 *
 * @param place the place as written
 * @param year the session's year
 * @param dates what the brackets on the same line hold, or null
 * @param number the session's rank when the line gives it, or null
 */
record SessionLine(String place, String year, String dates, Integer number) {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String YEAR = "(?:19|20)\\d{2}";

  /** The session named after its year, or its year after the word, in the six languages. */
  private static final String SESSION =
      "(?:(?:session|sesi[óo]n|reuni[óo]n|сессия|دورة|الدورة)\\s+(?:(?:of|de|del|de\\s+la)\\s+)?"
          + "(?<year>"
          + YEAR
          + ")(?:\\s*(?:года|г\\.))?"
          + "|(?<yearFirst>"
          + YEAR
          + ")\\s+(?:session|sesi[óo]n|reuni[óo]n)"
          + "|(?<yearHan>"
          + YEAR
          + ")\\s*年\\s*(?:会议|届会|会))";

  /** One to three words of a place, then a dash (or a comma) before the session. */
  private static final Pattern LINE =
      Pattern.compile(
          "\\s*(?<place>\\p{L}[\\p{L}.'’]*(?:[ -]\\p{L}[\\p{L}.'’]*){0,2})\\s*[—–,-]\\s*"
              + SESSION
              + "\\s*(?:[(（](?<dates>[^()（）]+)[)）])?\\s*",
          FLAGS);

  /** A session named by its rank, its place and dates after dashes, the year among the dates. */
  private static final Pattern RANKED =
      Pattern.compile(
          "\\s*(?<rank>"
              + Ordinals.PATTERN
              + ")\\s+(?:session|sesi[óo]n)\\s*[—–-]\\s*"
              + "(?<place>\\p{L}[\\p{L}.'’]*(?:[ -]\\p{L}[\\p{L}.'’]*){0,2})\\s*[—–-]\\s*"
              + "(?<dates>\\d[^()\\t/]*?(?<year>"
              + YEAR
              + "))\\s*",
          FLAGS);

  /**
   * The place and the session's days without their year, "GENEVA — 20-30 OCTOBER", "GINEBRA — 12-21
   * DE NOVIEMBRE": the Council's masthead of 2005-2009 sets it under "COUNCIL 2009", whose year the
   * days are read with.
   */
  private static final Pattern PLACE_AND_DAYS =
      Pattern.compile(
          "\\s*(?<place>\\p{L}[\\p{L}.'’]*(?:[ -]\\p{L}[\\p{L}.'’]*){0,2})\\s*[—–-]\\s*"
              + "(?<days>\\d[^()]*?)\\s*",
          FLAGS);

  /**
   * The session's dates alone in brackets, as the line under the session prints them; Chinese
   * prints them in full-width brackets, "（1999年6月21-30日）".
   */
  private static final Pattern BRACKETED = Pattern.compile("\\s*[(（]([^()（）]+)[)）]\\s*");

  /** The session line the text is, or null. */
  static SessionLine of(String text) {
    if (text == null || !Dates.hasFourDigitRun(text)) {
      return null;
    }
    Matcher ranked = RANKED.matcher(text);
    if (ranked.matches()) {
      return new SessionLine(
          ranked.group("place").strip(),
          ranked.group("year"),
          ranked.group("dates"),
          Ordinals.valueOf(ranked.group("rank")));
    }
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String year = m.group("year");
    if (year == null) {
      year = m.group("yearFirst") != null ? m.group("yearFirst") : m.group("yearHan");
    }
    return new SessionLine(m.group("place").strip(), year, m.group("dates"), null);
  }

  /**
   * The place and days the text is, read with the year of the session line above it ("COUNCIL
   * 2009"), or null when the text is not a place, a dash and days without a year.
   */
  static SessionLine placeAndDays(String year, String text) {
    if (text == null || Dates.hasFourDigitRun(text)) {
      return null;
    }
    Matcher m = PLACE_AND_DAYS.matcher(text);
    if (!m.matches() || !Dates.isOnlyDate(m.group("days") + " 2000")) {
      return null;
    }
    return new SessionLine(m.group("place").strip(), year, m.group("days"), null);
  }

  /** Whether the text is a place and a session's days without their year: never a title. */
  static boolean isPlaceAndDays(String text) {
    return placeAndDays("2000", text) != null;
  }

  /**
   * The session's first day, from the brackets on its line or else from the next line when that is
   * its dates alone in brackets; null when neither gives one.
   */
  String firstDay(String next) {
    if (dates != null) {
      return withYear(dates);
    }
    Matcher under = next == null ? null : BRACKETED.matcher(next);
    return under != null && under.matches() ? withYear(under.group(1)) : null;
  }

  /** Whether the first day came from the next line, which is then part of the session line. */
  boolean datesUnder() {
    return dates == null;
  }

  /**
   * Whether the text is a session's dates alone in brackets, with or without their year: "(22
   * SEPTEMBER - 3 OCTOBER)" under the session line is never a title.
   */
  static boolean isDatesAlone(String text) {
    Matcher m = BRACKETED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    String days = m.group(1).strip();
    return Dates.isOnlyDate(Dates.hasFourDigitRun(days) ? days : days + " 2000");
  }

  /** The dates read with the session's year when they leave it out: "16-26 JUNE" of 1998. */
  private String withYear(String days) {
    if (Dates.hasFourDigitRun(days)) {
      return Dates.find(days);
    }
    // Chinese writes the year first: "6月21-30日" is "1999年6月21-30日".
    return Dates.find(days.contains("月") ? year + "年" + days.strip() : days.strip() + " " + year);
  }
}
