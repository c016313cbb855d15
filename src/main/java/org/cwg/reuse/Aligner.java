package org.cwg.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two texts: seeds are the word shingles they share, and seeds that follow each other within
 * a few words on both sides, on nearly the same diagonal, are chained into one passage. A word
 * substituted, inserted or deleted leaves a short gap between seeds, which the chain bridges; a
 * passage ends where the texts stop agreeing for longer than {@link #MAX_GAP} words.
 */
public final class Aligner {

  /** Words per seed: shorter than the fingerprints' shingles, to keep edited passages whole. */
  static final int SEED = 4;

  /** The longest run of differing words a passage bridges (a couple of nearby edits). */
  static final int MAX_GAP = 10;

  /** The most words one side may gain or lose against the other between two seeds. */
  static final int MAX_SHIFT = 3;

  /** A shingle repeated more often in one text is a refrain of that text, not a seed. */
  private static final int MAX_REPEATS = 8;

  private final int minWords;
  private final double minSimilarity;

  /**
   * @param minWords the fewest words (of the shorter side) a passage must have
   * @param minSimilarity the lowest {@link Alignment#similarity()} a passage may have
   */
  public Aligner(int minWords, double minSimilarity) {
    this.minWords = minWords;
    this.minSimilarity = minSimilarity;
  }

  public int minWords() {
    return minWords;
  }

  /** The passages {@code a} and {@code b} share, in the order of {@code a}. */
  public List<Alignment> align(Words a, Words b) {
    long[] as = Hashes.shingles(a, SEED);
    SeedIndex positions = b.seedIndex();
    List<Chain> open = new ArrayList<>();
    List<Alignment> found = new ArrayList<>();
    for (int i = 0; i < as.length; i++) {
      int first = positions.first(as[i]);
      if (first < 0) {
        continue;
      }
      closeStale(open, i, a, b, found);
      for (int k = first; positions.holds(k, as[i]); k++) {
        int j = positions.position(k);
        Chain chain = bestChain(open, i, j);
        if (chain == null) {
          open.add(new Chain(i, j));
        } else {
          chain.extend(i, j, a, b);
        }
      }
    }
    closeStale(open, Integer.MAX_VALUE, a, b, found);
    found.sort((x, y) -> Integer.compare(x.aFrom(), y.aFrom()));
    return found;
  }

  /** Every seed of a text by hash, refrains (more than a few repeats) left out. */
  static SeedIndex seedIndexOf(Words words) {
    return SeedIndex.of(Hashes.shingles(words, SEED), MAX_REPEATS);
  }

  /** The open chain a seed extends: the closest one it follows on both sides, if any. */
  private static Chain bestChain(List<Chain> open, int i, int j) {
    Chain best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Chain chain : open) {
      int di = i - chain.lastA;
      int dj = j - chain.lastB;
      if (di == 0 && dj == 0) {
        return chain;
      }
      if (di <= 0 || dj <= 0 || di > MAX_GAP + SEED || dj > MAX_GAP + SEED) {
        continue;
      }
      if (Math.abs(di - dj) > MAX_SHIFT) {
        continue;
      }
      int distance = di + dj;
      if (distance < bestDistance) {
        best = chain;
        bestDistance = distance;
      }
    }
    return best;
  }

  private void closeStale(List<Chain> open, int i, Words a, Words b, List<Alignment> found) {
    open.removeIf(
        chain -> {
          if (i - chain.lastA <= MAX_GAP + SEED) {
            return false;
          }
          Alignment alignment = chain.toAlignment(a, b, minWords, minSimilarity);
          if (alignment != null) {
            found.add(alignment);
          }
          return true;
        });
  }

  /**
   * The words two stretches have in common, in order (their longest common subsequence): what an
   * edit or two between seeds leaves matching. Stretches are short (at most a gap's length).
   */
  static int common(Words a, int aFrom, int aTo, Words b, int bFrom, int bTo) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if (n <= 0 || m <= 0) {
      return 0;
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int x = 1; x <= n; x++) {
      for (int y = 1; y <= m; y++) {
        current[y] =
            a.hash(aFrom + x - 1) == b.hash(bFrom + y - 1)
                ? previous[y - 1] + 1
                : Math.max(previous[y], current[y - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }

  /**
   * Seeds chained so far: where each one starts on both sides, and how many words each step from
   * the one before adds to what both sides cover.
   */
  private static final class Chain {
    /** Per seed: its word in a, its word in b, and the words it adds on each side. */
    private static final int STRIDE = 4;

    int[] seeds = new int[STRIDE * 8];
    int count = 1;
    int lastA;
    int lastB;

    Chain(int i, int j) {
      seeds[0] = i;
      seeds[1] = j;
      lastA = i;
      lastB = j;
    }

    void extend(int i, int j, Words a, Words b) {
      // Words between the two seeds that still match one for one (two edits a few words apart).
      int same = common(a, lastA + SEED, i, b, lastB + SEED, j);
      if (STRIDE * (count + 1) > seeds.length) {
        seeds = Arrays.copyOf(seeds, seeds.length * 2);
      }
      int at = STRIDE * count++;
      seeds[at] = i;
      seeds[at + 1] = j;
      seeds[at + 2] = Math.min(SEED, i - lastA) + same;
      seeds[at + 3] = Math.min(SEED, j - lastB) + same;
      lastA = i;
      lastB = j;
    }

    /**
     * The chain as a passage of at least {@code minWords} and {@code minSimilarity}, or null. When
     * the whole chain is too loose (stock phrases around a copy, matched here and there and bridged
     * into it), the longest run of its seeds that is close enough is the passage.
     */
    Alignment toAlignment(Words a, Words b, int minWords, double minSimilarity) {
      Alignment whole = between(0, count - 1, a, b);
      if (whole.words() < minWords) {
        return null;
      }
      if (whole.similarity() >= minSimilarity) {
        return whole;
      }
      Alignment best = null;
      for (int first = 0; first < count; first++) {
        for (int last = count - 1; last > first; last--) {
          if (best != null && seeds[STRIDE * last] + SEED - seeds[STRIDE * first] <= best.words()) {
            break;
          }
          Alignment part = between(first, last, a, b);
          if (part.words() >= minWords
              && part.similarity() >= minSimilarity
              && (best == null || part.words() > best.words())) {
            best = part;
          }
        }
      }
      return best;
    }

    /**
     * Seeds {@code first} to {@code last} as a passage, carried past a last edit at either end:
     * seeds need four clean words, so an edit within four words of a passage's end would otherwise
     * cut the words after it off.
     */
    private Alignment between(int first, int last, Words a, Words b) {
      int coveredA = SEED;
      int coveredB = SEED;
      for (int k = first + 1; k <= last; k++) {
        coveredA += seeds[STRIDE * k + 2];
        coveredB += seeds[STRIDE * k + 3];
      }
      int[] end = Edges.forward(a, seeds[STRIDE * last] + SEED, b, seeds[STRIDE * last + 1] + SEED);
      int[] start = Edges.backward(a, seeds[STRIDE * first], b, seeds[STRIDE * first + 1]);
      int matched = coveredA + coveredB + end[2] + start[2];
      return new Alignment(start[0], end[0], start[1], end[1], matched);
    }
  }
}
