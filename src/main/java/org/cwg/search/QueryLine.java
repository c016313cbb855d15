package org.cwg.search;

/**
 * What a user types, made ready for Lucene's classic parser. The parser reads a slash anywhere as
 * the start of a regular expression, so {@code C24/12} or {@code CWG-Internet-20/4} ended "inside a
 * phrase". Here a slash inside a word is escaped and the word stays a literal term (and so is a
 * parenthesis written onto a word, as in {@code C25/45(Rev.1)}); a regular expression is a {@code
 * /…/} standing alone (after an optional {@code field:}, {@code +} or {@code -}). Everything else,
 * quotes, operators and fields, is left to the parser.
 */
final class QueryLine {

  private QueryLine() {}

  /**
   * {@code line} with its literal slashes escaped.
   *
   * @throws IllegalArgumentException when a word starts with a slash that no slash closes
   */
  static String forParser(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    boolean inPhrase = false;
    boolean inWordParenthesis = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(c).append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"') {
        inPhrase = !inPhrase;
      } else if (c == '(' && !inPhrase && !startsWord(line, i)) {
        // A revision written onto a number, CWG-Internet-20/4(Rev.1), is part of the word.
        inWordParenthesis = true;
        out.append('\\');
      } else if (c == ')' && inWordParenthesis) {
        inWordParenthesis = false;
        out.append('\\');
      } else if (c == '/' && !inPhrase) {
        if (startsWord(line, i)) {
          int end = regexEnd(line, i);
          if (end < 0) {
            throw new IllegalArgumentException(
                "cannot parse query '"
                    + line
                    + "': a regular expression is written /…/ standing alone, and the one at"
                    + " column "
                    + (i + 1)
                    + " is not closed (to search for a slash, write it inside a word or"
                    + " \"quoted\")");
          }
          out.append(line, i, end + 1);
          i = end + 1;
          continue;
        }
        out.append('\\');
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Whether the character at {@code at} begins a word: nothing but operators or a field before. */
  private static boolean startsWord(String line, int at) {
    if (at == 0) {
      return true;
    }
    char before = line.charAt(at - 1);
    return Character.isWhitespace(before) || "(:+-!".indexOf(before) >= 0;
  }

  /**
   * The closing slash of a regular expression opened at {@code start}: the next unescaped slash
   * that ends a word; -1 when there is none.
   */
  private static int regexEnd(String line, int start) {
    for (int i = start + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '/' && i > start + 1 && endsWord(line, i + 1)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsWord(String line, int at) {
    return at >= line.length()
        || Character.isWhitespace(line.charAt(at))
        || ")^~".indexOf(line.charAt(at)) >= 0;
  }
}
