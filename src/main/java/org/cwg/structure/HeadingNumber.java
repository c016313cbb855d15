package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.SectionKind;

/**
 * A number printed before a heading ("5.3", "II", "A") and the words after it.
 *
 * @param printed the number as printed, without its trailing dot
 * @param scheme decimal, roman, letter, or annex clause
 * @param path the number's components as integers ("5.3" is [5, 3], "II" is [2], "B" is [2]; an
 *     annex clause's prefix is left out: "A.1.2" is [1, 2]); "1bis" counts as 1
 * @param rest the text after the number and its separator
 */
record HeadingNumber(String printed, Scheme scheme, List<Integer> path, String rest) {

  enum Scheme {
    DECIMAL,
    ROMAN,
    LETTER,
    /** Clauses of an annex or appendix, prefixed with its letter or number: "A.1", "I.2.3". */
    ANNEX
  }

  /**
   * Decimal numbers take a dot, blanks or both; with neither, the heading must start with a
   * capitalised word ("2Rationale"), which is how a lost tab looks. A clause inserted between two
   * others takes a letter ("7.0a", "5.1a"). A figure whose thousands a space sets apart, as ITU
   * texts write them ("2 500-2 690 MHz"), opens with no number: three digits alone after the space
   * are the rest of the figure.
   */
  private static final Pattern DECIMAL =
      Pattern.compile(
          "(\\d{1,2}(?:bis|ter|quater)?(?:\\.\\d{1,2}(?:bis|ter|[a-z](?=[\\s\\u00a0.]))?){0,4})(\\.?)"
              + "(?![ \\u00a0]\\d{3}(?![\\d\\p{L}]))"
              + "(?:[\\s\\u00a0]+|(?<=\\.)(?=\\p{Lu})|(?=\\p{Lu}\\p{Ll}))(.*)",
          Pattern.DOTALL);

  /** Roman numbers and letters need a dot, a tab or two blanks: "I think" is no heading. */
  private static final Pattern ROMAN_OR_LETTER =
      Pattern.compile(
          "([IVXL]{1,7}|[A-Z])(?:\\.[\\s\\u00a0]*|[\\s\\u00a0]*\\t[\\s\\u00a0]*|[ \\u00a0]{2,})(.*)",
          Pattern.DOTALL);

  /**
   * A signed name, an initial and a surname in capitals ("J. DUPONT"), as a note's author signs it:
   * no lettered heading, whose title is more than one surname-like word or names its kind.
   */
  private static final Pattern SIGNED_NAME =
      Pattern.compile("[A-Z]\\. (\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?)[\\s\\u00a0]*");

  /** An annex or appendix clause: "A.1", "B.2.3", "I.1" (the annex's letter, then decimals). */
  private static final Pattern ANNEX_CLAUSE =
      Pattern.compile(
          "([A-Z]|[IVX]{1,4})\\.(\\d{1,2}(?:\\.\\d{1,2}){0,4})\\.?[\\s\\u00a0]+(\\S.*)",
          Pattern.DOTALL);

  /** The letters of an inserted clause's number ("5bis"), which its value leaves out. */
  private static final Pattern INSERTED_LETTERS = Pattern.compile("[a-z]+$");

  private static final Pattern INSERTED = Pattern.compile("\\d(?:bis|ter|quater)$");

  private static final Pattern ROMAN = Pattern.compile("L?X{0,3}(IX|IV|V?I{0,3})");

  /** The readings of a paragraph's leading number: two when "I" or "V" may be a letter. */
  static List<HeadingNumber> parse(String line) {
    List<HeadingNumber> readings = new ArrayList<>();
    // Every line is asked; a number starts with a digit or a capital, which most lines lack.
    char first = line.isEmpty() ? ' ' : line.charAt(0);
    boolean digitFirst = first >= '0' && first <= '9';
    if (!digitFirst && (first < 'A' || first > 'Z')) {
      return readings;
    }
    Matcher decimal = DECIMAL.matcher(line);
    if (digitFirst && decimal.matches()) {
      List<Integer> path = new ArrayList<>();
      for (String part : decimal.group(1).split("\\.")) {
        path.add(Integer.parseInt(INSERTED_LETTERS.matcher(part).replaceAll("")));
      }
      readings.add(
          new HeadingNumber(
              decimal.group(1), Scheme.DECIMAL, path, TextCleaner.strip(decimal.group(3))));
      return readings;
    }
    Matcher clause = ANNEX_CLAUSE.matcher(line);
    if (clause.matches()) {
      List<Integer> path = new ArrayList<>();
      for (String part : clause.group(2).split("\\.")) {
        path.add(Integer.parseInt(part));
      }
      readings.add(
          new HeadingNumber(
              clause.group(1) + "." + clause.group(2),
              Scheme.ANNEX,
              path,
              TextCleaner.strip(clause.group(3))));
      return readings;
    }
    Matcher signed = SIGNED_NAME.matcher(line);
    if (signed.matches() && HeadingKinds.kindOf(signed.group(1)) == SectionKind.OTHER) {
      return readings;
    }
    Matcher other = ROMAN_OR_LETTER.matcher(line);
    if (other.matches()) {
      String number = other.group(1);
      String rest = TextCleaner.strip(other.group(2));
      if (!number.isEmpty() && ROMAN.matcher(number).matches()) {
        readings.add(new HeadingNumber(number, Scheme.ROMAN, List.of(romanValue(number)), rest));
      }
      if (number.length() == 1) {
        readings.add(
            new HeadingNumber(number, Scheme.LETTER, List.of(number.charAt(0) - 'A' + 1), rest));
      }
    }
    return readings;
  }

  /** Whether the number was inserted after its sibling ("1bis" after "1"). */
  boolean inserted() {
    return INSERTED.matcher(printed).find();
  }

  /** The last component: the position among siblings. */
  int last() {
    return path.get(path.size() - 1);
  }

  static int romanValue(String roman) {
    int total = 0;
    for (int i = 0; i < roman.length(); i++) {
      int value = digit(roman.charAt(i));
      if (i + 1 < roman.length() && value < digit(roman.charAt(i + 1))) {
        total -= value;
      } else {
        total += value;
      }
    }
    return total;
  }

  private static int digit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      default -> 0;
    };
  }
}
