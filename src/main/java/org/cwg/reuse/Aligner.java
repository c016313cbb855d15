package org.cwg.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    Map<Long, int[]> positions = b.seedPositions();
    List<Chain> open = new ArrayList<>();
    List<Alignment> found = new ArrayList<>();
    for (int i = 0; i < as.length; i++) {
      int[] js = positions.get(as[i]);
      if (js == null) {
        continue;
      }
      closeStale(open, i, found);
      for (int n = 1; n <= js[0]; n++) {
        int j = js[n];
        Chain chain = bestChain(open, i, j);
        if (chain == null) {
          open.add(new Chain(i, j));
        } else {
          chain.extend(i, j);
        }
      }
    }
    closeStale(open, Integer.MAX_VALUE, found);
    found.sort((x, y) -> Integer.compare(x.aFrom(), y.aFrom()));
    return found;
  }

  /** Shingle hash to the positions where it occurs: {@code [count, p1, p2, ...]}. */
  static Map<Long, int[]> positionsOf(long[] shingles) {
    Map<Long, int[]> positions = new HashMap<>(shingles.length * 2);
    for (int j = 0; j < shingles.length; j++) {
      int[] list = positions.computeIfAbsent(shingles[j], h -> new int[MAX_REPEATS + 1]);
      if (list[0] < MAX_REPEATS) {
        list[++list[0]] = j;
      } else {
        list[0] = MAX_REPEATS + 1; // marks a refrain
      }
    }
    positions.values().removeIf(list -> list[0] > MAX_REPEATS);
    return positions;
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

  private void closeStale(List<Chain> open, int i, List<Alignment> found) {
    open.removeIf(
        chain -> {
          if (i - chain.lastA <= MAX_GAP + SEED) {
            return false;
          }
          Alignment alignment = chain.toAlignment();
          if (alignment.words() >= minWords && alignment.similarity() >= minSimilarity) {
            found.add(alignment);
          }
          return true;
        });
  }

  /** Seeds chained so far: where they start and end, and how many words they cover. */
  private static final class Chain {
    final int firstA;
    final int firstB;
    int lastA;
    int lastB;
    int coveredA = SEED;
    int coveredB = SEED;

    Chain(int i, int j) {
      firstA = i;
      firstB = j;
      lastA = i;
      lastB = j;
    }

    void extend(int i, int j) {
      coveredA += Math.min(SEED, i - lastA);
      coveredB += Math.min(SEED, j - lastB);
      lastA = i;
      lastB = j;
    }

    Alignment toAlignment() {
      return new Alignment(firstA, lastA + SEED, firstB, lastB + SEED, coveredA + coveredB);
    }
  }
}
