package org.cwg.cite;

import java.util.regex.Matcher;

/**
 * Finds where a resolution citation's head ({@link ResolutionFinder#HEAD}) may match without trying
 * the pattern at every character: only near a trigger word that a number follows. On a long meeting
 * report this is what makes citation finding cheap.
 */
final class HeadSearch {

  /**
   * More than the characters other than whitespace of the longest body {@link
   * ResolutionFinder#HEAD} accepts before the trigger ("World Telecommunication Standardization
   * Conference" has 46), with its meeting in brackets and "in its" after it.
   */
  private static final int PREFIX_LETTERS = 96;

  /** Letters a trigger word may run on with after its stem ("olutions", "oluciones", "ями"). */
  private static final int ENDING_LETTERS = 12;

  private HeadSearch() {}

  /**
   * Finds the next match of {@code head} (a matcher of {@link ResolutionFinder#HEAD}) at or after
   * {@code from}: the same match as {@code head.find(from)}, but the pattern is tried only where it
   * can start, at the start of a word no further than a body's length before a possible trigger
   * (see {@link #nextTrigger} and {@link #earliestStart}). Places are tried in increasing order,
   * each once, so the first match is the leftmost, as with {@code find}.
   */
  static boolean findHead(String text, Matcher head, int from) {
    int tried = from;
    for (int trigger = nextTrigger(text, from);
        trigger >= 0;
        trigger = nextTrigger(text, trigger + 1)) {
      for (int at = Math.max(tried, earliestStart(text, from, trigger)); at <= trigger; at++) {
        if (MatchAt.afterWordBoundary(text, at) && MatchAt.offset(head, text, at)) {
          return true;
        }
      }
      tried = trigger + 1;
    }
    return false;
  }

  /**
   * Where the stem of the next trigger word followed by a number lies at or after {@code from}, or
   * -1. The stems: Latin "res" ("Resolution", "Res.", "Résolution", "Resolución"), Russian "рез"
   * ("Резолюция") and Arabic "قرار" ("القرار"), each in either case, then perhaps more letters, a
   * full stop, whitespace, a number sign ("№", "رقم", "No.", "no", "N°"), and a digit, the "A" of
   * "A/RES/" or the first letter of a sector ("ITU-R", "UIT-R", "МСЭ-R"). Every match of the head
   * has its trigger's stem at such a place, and starts at or before it.
   */
  static int nextTrigger(String text, int from) {
    for (int i = from, last = text.length() - 3; i < last; i++) {
      char c = text.charAt(i);
      boolean stem =
          (c == 'r' || c == 'R') && isE(text.charAt(i + 1)) && isS(text.charAt(i + 2))
              || (c == 'р' || c == 'Р')
                  && (text.charAt(i + 1) == 'е' || text.charAt(i + 1) == 'Е')
                  && (text.charAt(i + 2) == 'з' || text.charAt(i + 2) == 'З')
              || c == 'ق' && text.startsWith("رار", i + 1);
      if (stem && numberFollows(text, i + 3)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean numberFollows(String text, int at) {
    int i = skipLetters(text, at, ENDING_LETTERS);
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    i = skipSpaces(text, i);
    Matcher between = ResolutionBodies.BETWEEN_AND_SPACE.matcher(text);
    if (i < text.length() && between.region(i, text.length()).lookingAt()) {
      i = between.end();
    }
    if (i < text.length() && text.charAt(i) == '№') {
      i = skipSpaces(text, i + 1);
    } else if (i + 1 < text.length()
        && (text.charAt(i) == 'N' || text.charAt(i) == 'n')
        && (text.charAt(i + 1) == '°' || text.charAt(i + 1) == 'º')) {
      i = skipSpaces(text, i + 2);
    } else if (text.regionMatches(true, i, "No.", 0, 3)) {
      i = skipSpaces(text, i + 3);
    } else if (text.regionMatches(true, i, "No", 0, 2)) {
      i = skipSpaces(text, i + 2);
    } else if (text.startsWith("رقم", i)) {
      i = skipSpaces(text, i + 3);
    }
    if (i == text.length()) {
      return false;
    }
    char next = text.charAt(i);
    return next >= '0' && next <= '9' || next == 'A' || next == 'I' || next == 'U' || next == 'М';
  }

  private static int skipLetters(String text, int at, int most) {
    int i = at;
    while (i < text.length() && i - at < most && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int at) {
    int i = at;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isE(char c) {
    return c == 'e' || c == 'E' || c == '\u00e9' || c == '\u00c9';
  }

  private static boolean isS(char c) {
    return c == 's' || c == 'S';
  }

  /** Generous: every character {@link ResolutionBodies#WS} accepts, and more. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The earliest place a citation whose trigger starts at or after {@code trigger} can start: a
   * body named before the trigger has fewer than {@link #PREFIX_LETTERS} characters other than
   * whitespace, and no trigger starts between {@code from} and {@code trigger}.
   */
  static int earliestStart(String text, int from, int trigger) {
    int start = trigger;
    int letters = 0;
    while (start > from && letters <= PREFIX_LETTERS) {
      start--;
      char c = text.charAt(start);
      if (!isSpace(c)) {
        letters++;
      }
    }
    return start;
  }
}
