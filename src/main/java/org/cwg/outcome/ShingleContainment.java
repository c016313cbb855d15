package org.cwg.outcome;

import java.text.Normalizer;
import org.cwg.reuse.Shingles;
import org.cwg.reuse.Words;

/**
 * How much of a contribution's passage (its Purpose or abstract) a report's text holds: the share
 * of the passage's word shingles that the text also has, words and shingles cut as text reuse cuts
 * them ({@link Words}, {@link Shingles}), with accents folded too. 1.0 is a verbatim copy; a few
 * edited words lower it by a few shingles each. The narrow, exact case of text reuse, one passage
 * against a few sections: no index, no alignment.
 */
public final class ShingleContainment {

  /** A passage shorter than this says too little to tell copying from shared vocabulary. */
  static final int MIN_WORDS = 12;

  private final long[] passage;

  /**
   * @param passage the contribution's text to look for
   */
  public ShingleContainment(String passage) {
    Words words = wordsOf(passage);
    this.passage = words.size() < MIN_WORDS ? new long[0] : Shingles.of(words);
  }

  /** Whether the passage is long enough to be looked for at all. */
  public boolean usable() {
    return passage.length > 0;
  }

  /** The share of the passage's shingles found in {@code text}, from 0 to 1. */
  public double in(String text) {
    return in(shinglesOf(text));
  }

  /** The share of the passage's shingles among {@code other}, shingles of {@link #shinglesOf}. */
  public double in(long[] other) {
    return Shingles.containment(passage, other);
  }

  /** The share of {@code part}'s shingles that {@code whole} has too, from 0 to 1. */
  public static double share(long[] part, long[] whole) {
    return Shingles.containment(part, whole);
  }

  /** The shingles of a text, to compare many passages with it. */
  public static long[] shinglesOf(String text) {
    return text == null || text.isBlank() ? new long[0] : Shingles.of(wordsOf(text));
  }

  /**
   * A report may drop or change a contribution's accents (a copy through another editor): they are
   * folded away before the words are cut, which text reuse, reporting offsets, cannot do.
   */
  private static Words wordsOf(String text) {
    return Words.of(
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", ""));
  }
}
