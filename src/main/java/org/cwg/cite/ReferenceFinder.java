package org.cwg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * Finds references to other documents: full numbers in any of their written forms, and the
 * short "Contribution 5" of meeting reports, which means document 5 of the meeting at hand.
 * Thread-safe.
 */
final class ReferenceFinder {

  static final Pattern SHORT_FORM = Pattern.compile(
      "(?<![\\w/-])(?i:Contribution|Document)[\\s\\u00a0]+(?<number>\\d{1,3})(?![\\w/]|\\.\\d)");

  /**
   * @param ownNumber the document's own number, never a reference of its own; or null
   */
  List<DocumentReference> find(String text, String ownNumber) {
    String own = ownNumber == null ? null : DocumentNumber.canonical(ownNumber).orElse(ownNumber);
    List<DocumentReference> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    for (int from = 0; findNumber(text, m, from); from = m.end()) {
      String id = DocumentNumber.canonical(m);
      if (!id.equals(own)) {
        found.add(new DocumentReference(id, m.group(), m.start(), m.end(), false, null));
      }
    }
    String series = seriesOf(own, found);
    if (series != null) {
      List<DocumentReference> shortForms = new ArrayList<>();
      Matcher s = SHORT_FORM.matcher(text);
      for (int from = 0; findShortForm(text, s, from); from = s.end()) {
        String id = series + Integer.parseInt(s.group("number"));
        if (!id.equals(own)) {
          shortForms.add(new DocumentReference(id, s.group(), s.start(), s.end(), false, null));
        }
      }
      found.addAll(shortForms);
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    return found;
  }

  /**
   * Finds the next document number at or after {@code from}: the same match as {@code
   * number.find(from)}, but {@link DocumentNumber#FINDER} is tried only where a number can
   * start. Every written form has a digit and a slash ("20/4", "PP-14/", "C09/"), and before its
   * first slash only ASCII letters, digits and hyphens with at most one whitespace between them
   * ("CWG-Internet 20/4"); so the places worth trying are the starts of words in that stretch
   * before each slash that follows a digit. They are tried in increasing order, each once.
   */
  static boolean findNumber(String text, Matcher number, int from) {
    int tried = from;
    for (int slash = text.indexOf('/', from); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      if (slash == 0 || !isDigit(text.charAt(slash - 1))) {
        continue;
      }
      for (int at = Math.max(tried, numberStartBefore(text, slash)); at < slash; at++) {
        if (MatchAt.afterWordBoundary(text, at) && MatchAt.offset(number, text, at)) {
          return true;
        }
      }
      tried = slash;
    }
    return false;
  }

  /** The leftmost place a number whose first slash is at {@code slash} can start. */
  static int numberStartBefore(String text, int slash) {
    int start = slash;
    while (start > 0 && isNumberChar(text.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && isRegexSpace(text.charAt(start - 1))) {
      start--;
      while (start > 0 && isNumberChar(text.charAt(start - 1))) {
        start--;
      }
    }
    return start;
  }

  /**
   * Finds the next short form ("Contribution 5") at or after {@code from}, the same match as
   * {@code shortForm.find(from)}: the pattern is tried only where one of its two words starts,
   * in any ASCII case as the pattern reads them.
   */
  static boolean findShortForm(String text, Matcher shortForm, int from) {
    for (int at = from; at < text.length(); at++) {
      // Setting bit 5 lower-cases an ASCII letter and turns no other character into one.
      char lower = (char) (text.charAt(at) | 0x20);
      if ((lower == 'c' && startsWithLetters(text, at, "contribution")
              || lower == 'd' && startsWithLetters(text, at, "document"))
          && MatchAt.offset(shortForm, text, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has these lower-case ASCII letters at {@code at}, in any ASCII case. */
  private static boolean startsWithLetters(String text, int at, String letters) {
    if (at + letters.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if ((text.charAt(at + i) | 0x20) != letters.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumberChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '-';
  }

  /** What {@code \s} means in a pattern without Unicode character classes. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /**
   * The meeting's document series, such as {@code CWG-Internet-20/}: the document's own, else
   * the one its references name most (a report refers to its meeting's documents throughout).
   */
  private static String seriesOf(String own, List<DocumentReference> references) {
    if (own != null) {
      return seriesOf(own);
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (DocumentReference reference : references) {
      String series = seriesOf(reference.id());
      int count = counts.merge(series, 1, Integer::sum);
      if (best == null || count > counts.get(best)) {
        best = series;
      }
    }
    return best;
  }

  private static String seriesOf(String canonical) {
    String base = DocumentNumber.base(canonical);
    return base.substring(0, base.lastIndexOf('/') + 1);
  }
}
