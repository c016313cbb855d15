package org.cwg.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A passage of text with its matches marked. Whitespace is collapsed to single spaces, and an
 * ellipsis shows where the passage was cut from a longer text.
 *
 * @param fragments the passage in order, matches and the text between them
 */
public record Snippet(List<Fragment> fragments) {

  /** Plain-text markers around a match, where bold is not available. */
  public static final String OPEN = "[[";

  public static final String CLOSE = "]]";

  public Snippet {
    fragments = List.copyOf(fragments);
  }

  /**
   * A piece of a passage.
   *
   * @param text the text
   * @param match whether it is a match
   */
  public record Fragment(String text, boolean match) {}

  /** The passage with each match between {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder text = new StringBuilder();
    for (Fragment fragment : fragments) {
      text.append(fragment.match() ? open + fragment.text() + close : fragment.text());
    }
    return text.toString();
  }

  /** JSON carries the passage as one string with {@code [[...]]} around each match. */
  @JsonValue
  public String marked() {
    return marked(OPEN, CLOSE);
  }

  @Override
  public String toString() {
    return marked();
  }
}
