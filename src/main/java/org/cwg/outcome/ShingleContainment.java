package org.cwg.outcome;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a contribution's passage (its Purpose or abstract) a report's text holds: the share
 * of the passage's word shingles (runs of {@value #SHINGLE} words, case and accents folded) that
 * the text also has. 1.0 is a verbatim copy; a few edited words lower it by a few shingles each.
 * The narrow, exact case of text reuse, one passage against a few sections: no hashing, no index.
 */
public final class ShingleContainment {

  /**
   * Words per shingle: long enough that common phrases ("the Council Working Group") rarely tie.
   */
  static final int SHINGLE = 5;

  /** A passage shorter than this says too little to tell copying from shared vocabulary. */
  static final int MIN_WORDS = 12;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Set<String> passage;

  /**
   * @param passage the contribution's text to look for
   */
  public ShingleContainment(String passage) {
    List<String> words = words(passage);
    this.passage = words.size() < MIN_WORDS ? Set.of() : shingles(words);
  }

  /** Whether the passage is long enough to be looked for at all. */
  public boolean usable() {
    return !passage.isEmpty();
  }

  /** The share of the passage's shingles found in {@code text}, from 0 to 1. */
  public double in(String text) {
    return in(shinglesOf(text));
  }

  /** The share of the passage's shingles among {@code other}, shingles of {@link #shinglesOf}. */
  public double in(Set<String> other) {
    if (passage.isEmpty() || other.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String shingle : passage) {
      if (other.contains(shingle)) {
        shared++;
      }
    }
    return (double) shared / passage.size();
  }

  /** The share of {@code part}'s shingles that {@code whole} has too, from 0 to 1. */
  public static double share(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String shingle : part) {
      if (whole.contains(shingle)) {
        shared++;
      }
    }
    return (double) shared / part.size();
  }

  /** The shingles of a text, to compare many passages with it. */
  public static Set<String> shinglesOf(String text) {
    return text == null || text.isBlank() ? Set.of() : shingles(words(text));
  }

  static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    return shingles;
  }
}
