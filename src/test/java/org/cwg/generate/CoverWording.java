package org.cwg.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Meeting ordinals and dates as ITU covers print them: "Twentieth", "4 October 2024". The writing
 * side of what {@code structure}'s ordinal and date readers parse.
 */
final class CoverWording {

  private static final List<String> UNITS =
      List.of(
          "",
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth");
  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final List<String> TENTHS =
      List.of(
          "",
          "",
          "twentieth",
          "thirtieth",
          "fortieth",
          "fiftieth",
          "sixtieth",
          "seventieth",
          "eightieth",
          "ninetieth");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private CoverWording() {}

  /** "Twentieth", "Twenty-first", "Hundred and fifth"; 1..199. */
  static String ordinal(int n) {
    if (n < 1 || n > 199) {
      throw new IllegalArgumentException("no ordinal word for " + n);
    }
    String word =
        n >= 100 ? (n == 100 ? "hundredth" : "hundred and " + below100(n - 100)) : below100(n);
    return Prose.capitalize(word);
  }

  private static String below100(int n) {
    if (n < 20) {
      return UNITS.get(n);
    }
    return n % 10 == 0 ? TENTHS.get(n / 10) : TENS.get(n / 10) + "-" + UNITS.get(n % 10);
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }
}
