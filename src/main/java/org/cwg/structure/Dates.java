package org.cwg.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ITU writes them, in English, French, Spanish, Russian, Arabic and Chinese: "4 October
 * 2024", "17-27 June 2025" (the first day counts), "30 September – 4 October 2024", "October 4,
 * 2024", "4 de octubre de 2024", "2024-10-04".
 */
final class Dates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("janvier", 1),
          Map.entry("février", 2),
          Map.entry("fevrier", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("août", 8),
          Map.entry("aout", 8),
          Map.entry("septembre", 9),
          Map.entry("octobre", 10),
          Map.entry("novembre", 11),
          Map.entry("décembre", 12),
          Map.entry("decembre", 12),
          Map.entry("enero", 1),
          Map.entry("febrero", 2),
          Map.entry("marzo", 3),
          Map.entry("abril", 4),
          Map.entry("mayo", 5),
          Map.entry("junio", 6),
          Map.entry("julio", 7),
          Map.entry("agosto", 8),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("octubre", 10),
          Map.entry("noviembre", 11),
          Map.entry("diciembre", 12),
          // Russian writes the month in the genitive after the day: "14 мая 2019 года".
          Map.entry("января", 1),
          Map.entry("февраля", 2),
          Map.entry("марта", 3),
          Map.entry("апреля", 4),
          Map.entry("мая", 5),
          Map.entry("июня", 6),
          Map.entry("июля", 7),
          Map.entry("августа", 8),
          Map.entry("сентября", 9),
          Map.entry("октября", 10),
          Map.entry("ноября", 11),
          Map.entry("декабря", 12),
          // Month and year alone name the month in the nominative: "Октябрь 2014 г.".
          Map.entry("январь", 1),
          Map.entry("февраль", 2),
          Map.entry("март", 3),
          Map.entry("апрель", 4),
          Map.entry("май", 5),
          Map.entry("июнь", 6),
          Map.entry("июль", 7),
          Map.entry("август", 8),
          Map.entry("сентябрь", 9),
          Map.entry("октябрь", 10),
          Map.entry("ноябрь", 11),
          Map.entry("декабрь", 12),
          Map.entry("يناير", 1),
          Map.entry("فبراير", 2),
          Map.entry("مارس", 3),
          Map.entry("أبريل", 4),
          Map.entry("مايو", 5),
          Map.entry("يونيو", 6),
          Map.entry("يوليو", 7),
          Map.entry("أغسطس", 8),
          Map.entry("سبتمبر", 9),
          Map.entry("أكتوبر", 10),
          Map.entry("نوفمبر", 11),
          Map.entry("ديسمبر", 12));

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august"
          + "|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet"
          + "|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio"
          + "|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|января|февраля|марта"
          + "|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март"
          + "|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
          + "|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)";

  /** Russian writes "года" or "г." after the year: "14 мая 2019 года". */
  private static final String YEAR_WORD = "(?:\\s+(?:года|г\\.))?";

  /** What joins the two days of a meeting: a dash or "to" for a range, "and" for two days. */
  private static final String DAYS_JOINED_BY = "(?:[-–—]|to|au|al|and|et|y|и)";

  /** Day first, with an optional range of days or a range that starts in another month. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:er|º)?(?:\\s+(?:de\\s+)?"
              + MONTH
              + ")?(?:\\s*"
              + DAYS_JOINED_BY
              + "\\s*\\d{1,2}"
              + "(?:er)?)?\\s+(?:de\\s+)?"
              + MONTH
              + "(?:\\s+de)?,?\\s+(\\d{4})(?!\\d)"
              + YEAR_WORD,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          MONTH + "\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?,\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Chinese writes year, month and day with their characters: "2024年10月3日", and a meeting's days as
   * a range before "日" ("2010年4月20-29日") or across months ("2022年9月26日-10月14日").
   */
  private static final Pattern CHINESE =
      Pattern.compile(
          "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?:\\s*[-–—]\\s*\\d{1,2})?\\s*日"
              + "(?:\\s*[-–—]\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?");

  /** ISO's order, also with slashes as some generated texts write it: "2025/12/03". */
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d/])(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?![\\d/])");

  /** Any of the forms, for use inside larger patterns; {@link #find} reads what it matched. */
  static final String ANY =
      "(?:\\d{1,2}(?:er|º)?(?:\\s+(?:de\\s+)?"
          + MONTH
          + ")?"
          + "(?:\\s*"
          + DAYS_JOINED_BY
          + "\\s*\\d{1,2}(?:er)?)?\\s+(?:de\\s+)?"
          + MONTH
          + "(?:\\s+de)?,?\\s+\\d{4}"
          + YEAR_WORD
          + "|"
          + MONTH
          + "\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?,\\s*\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}"
          + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\s*日"
          + "(?:\\s*[-–—]\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?)";

  private Dates() {}

  /** The ISO date of the first date in the text, or null. */
  static String find(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    int best = Integer.MAX_VALUE;
    String found = null;
    if (m.find()) {
      String month = m.group(2) != null ? m.group(2) : m.group(3);
      found = iso(m.group(4), month, m.group(1));
      best = m.start();
    }
    Matcher us = MONTH_DAY_YEAR.matcher(text);
    if (us.find() && us.start() < best) {
      found = iso(us.group(3), us.group(1), us.group(2));
      best = us.start();
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find() && iso.start() < best) {
      found = iso(iso.group(1), iso.group(3), iso.group(4));
      best = iso.start();
    }
    Matcher chinese = CHINESE.matcher(text);
    if (chinese.find() && chinese.start() < best) {
      found = iso(chinese.group(1), chinese.group(2), chinese.group(3));
    }
    return found;
  }

  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?:" + MONTH + ")\\s+(?:de\\s+)?(\\d{4})" + YEAR_WORD,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date printed as month and year only ("September 2026"): "2026-09", else null. */
  static String monthYear(String text) {
    Matcher m = MONTH_YEAR.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String iso = iso(m.group(2), m.group(1), "1");
    return iso == null ? null : iso.substring(0, 7);
  }

  private static final Pattern ANY_DATE =
      Pattern.compile(ANY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether a date with a full stop under a line cut mid-sentence ("... held from" / "15 to 17 May
   * 2025.") ends a sentence PDF text wrapped: a cover's date line stands alone, without one.
   */
  static boolean endsSentence(String before, String line) {
    String cut = before.strip();
    return line.strip().endsWith(".")
        && !cut.isEmpty()
        && Character.isLowerCase(cut.charAt(cut.length() - 1));
  }

  /** Whether a line holds a date and nothing else but a "Date:" label and punctuation. */
  static boolean isOnlyDate(String line) {
    // Every line is asked whether it is a date, and every form of date has a four-digit year:
    // without one, the patterns need not be tried at every character.
    if (!hasFourDigitRun(line)) {
      return false;
    }
    Matcher m = ANY_DATE.matcher(line);
    if (!m.find() || find(line) == null) {
      return false;
    }
    String rest =
        (line.substring(0, m.start()) + line.substring(m.end()))
            .replaceAll("(?i)\\b(?:date|fecha)\\b", "");
    return rest.chars().noneMatch(Character::isLetterOrDigit);
  }

  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\d{1,2}(?:er|º)?\\s+(?:de\\s+)?" + MONTH + "(?:\\s+de)?,?\\s+\\d{4}(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether a line opens with a date written day first ("1 July 1993 Opening ..."), as a
   * timetable's row does: the number is the date's day, never a heading's.
   */
  static boolean opensWithDay(String line) {
    return hasFourDigitRun(line) && DAY_FIRST.matcher(line.strip()).lookingAt();
  }

  /** Whether the text has four ASCII digits in a row, as every year {@link #ANY} reads does. */
  static boolean hasFourDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static String iso(String year, String month, String day) {
    Integer monthNumber =
        month.chars().allMatch(Character::isDigit)
            ? Integer.valueOf(month)
            : MONTHS.get(month.toLowerCase(Locale.ROOT));
    if (monthNumber == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
