package org.cwg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with words one of which each of its matches contains: a cover cell rarely holds any,
 * and trying the mastheads' long lists of alternatives at every character of every cell cost two
 * thirds of reading a masthead.
 */
record WordedPattern(List<String> words, Pattern pattern) {

  WordedPattern {
    words = words.stream().map(CaseFolding::fold).toList();
  }

  static WordedPattern of(List<String> words, String pattern, int flags) {
    return new WordedPattern(words, Pattern.compile(pattern, flags));
  }

  /** The first match in a cell, or null; {@code folded} is the cell {@link CaseFolding#fold}ed. */
  Matcher find(String text, String folded) {
    if (words.stream().noneMatch(folded::contains)) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? m : null;
  }
}
