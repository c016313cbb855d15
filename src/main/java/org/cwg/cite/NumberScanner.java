package org.cwg.cite;

import java.util.regex.Matcher;
import org.cwg.model.DocumentNumber;

/**
 * Finds document numbers in long texts faster than {@code DocumentNumber.FINDER.matcher(text)
 * .find()}: the finder is tried only where a written form can begin. Used by the references of this
 * package and by callers outside it that read numbers themselves (meeting outcomes).
 */
public final class NumberScanner {

  private NumberScanner() {}

  /** A matcher of {@link DocumentNumber#FINDER} for {@link #findNext}. */
  public static Matcher matcher(String text) {
    return DocumentNumber.FINDER.matcher(text);
  }

  /**
   * Finds the next document number at or after {@code from}: the same match as {@code
   * number.find(from)}, but {@link DocumentNumber#FINDER} is tried only where a number can start.
   * Every written form has a digit in its first word ("CWG-Internet-20/4", "FGAI4H-K-043",
   * "5D/123") or in its second ("CWG-Internet 20/4", "COM 17", "TD 456", "FG IPTV-DOC-0184"), words
   * being split by what {@code \s} matches; so the places worth trying are, for each digit, the
   * word it is in and the word before, and the word before a dash ahead of them ("TSAG – R 6").
   * They are tried in increasing order, each once, and only at the start of a word (the finder's
   * lookbehind rules out a letter, digit, underscore or hyphen before) on a character a form begins
   * with. Measured with the same search of resolutions: ingest of 2,000 documents took 37.2 s of
   * CPU before, 27.6 s after (BENCHMARKS.md).
   */
  public static boolean findNext(String text, Matcher number, int from) {
    int tried = from;
    for (int digit = nextDigit(text, tried); digit >= 0; digit = nextDigit(text, tried)) {
      int start = wordStart(text, digit, tried);
      int space = start;
      while (space > tried && isRegexSpace(text.charAt(space - 1))) {
        space--;
      }
      if (space < start) {
        start = wordStart(text, space, tried);
      }
      start = wordBeforeDash(text, start, tried);
      for (int at = Math.max(tried, start); at <= digit; at++) {
        if (canStartNumber(text.charAt(at))
            && MatchAt.afterWordBoundary(text, at)
            && MatchAt.offset(number, text, at)) {
          return true;
        }
      }
      tried = digit + 1;
    }
    return false;
  }

  /**
   * The start of the word before a dash that precedes {@code start}, or {@code start} itself: a
   * group written without a digit is joined by a dash to the kind of its document ("TSAG – R 6"),
   * so the word with the group is two words before the number's digit.
   */
  private static int wordBeforeDash(String text, int start, int limit) {
    int dash = start;
    while (dash > limit && isRegexSpace(text.charAt(dash - 1))) {
      dash--;
    }
    if (dash == limit || "-\u2013\u2014".indexOf(text.charAt(dash - 1)) < 0) {
      return start;
    }
    int end = dash - 1;
    while (end > limit && isRegexSpace(text.charAt(end - 1))) {
      end--;
    }
    return end > limit ? wordStart(text, end - 1, limit) : start;
  }

  private static int nextDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The start of the word that holds {@code at}, but no earlier than {@code limit}. */
  private static int wordStart(String text, int at, int limit) {
    int start = at;
    while (start > limit && !isRegexSpace(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Whether a written form of {@link DocumentNumber#FINDER} can begin with this character, in
   * either ASCII case: C (CWG, C25, COM), D (D22-SG02), E (EG), F (FG), I (IMT), O (OPCWG), P (PP),
   * R (RA, RAG, R23-WP), S (SG, S25-CL), T (TD, TSAG, TDAG, T22-SG), W (WG, WTSA, WTDC, WCIT, WRC,
   * WP) and the digits an ITU-R working party or task group begins with (1, 3 to 9).
   */
  static boolean canStartNumber(char c) {
    return switch (c) {
      case 'C',
          'D',
          'E',
          'F',
          'I',
          'O',
          'P',
          'R',
          'S',
          'T',
          'W',
          'c',
          'd',
          'e',
          'f',
          'i',
          'o',
          'p',
          'r',
          's',
          't',
          'w',
          '1',
          '3',
          '4',
          '5',
          '6',
          '7',
          '8',
          '9' ->
          true;
      default -> false;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code \s} means in a pattern without Unicode character classes. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
