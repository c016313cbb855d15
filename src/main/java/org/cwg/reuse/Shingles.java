package org.cwg.reuse;

import java.util.Arrays;

/**
 * Every word shingle of a text ({@link Fingerprints#SHINGLE} words, hashed as the fingerprints
 * are), where {@link Fingerprints} keeps a winnowed few for the index: for comparing one passage
 * with a few texts directly, with no index and no alignment.
 */
public final class Shingles {

  private Shingles() {}

  /** The distinct hashes of the shingles of {@code words}, sorted; empty when they are too few. */
  public static long[] of(Words words) {
    long[] shingles = Hashes.shingles(words, Fingerprints.SHINGLE);
    Arrays.sort(shingles);
    int unique = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[unique++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, unique);
  }

  /**
   * The share of {@code part}'s shingles that {@code whole} has too, from 0 to 1 (0 when part has
   * none); both as {@link #of} returns them.
   */
  public static double containment(long[] part, long[] whole) {
    if (part.length == 0) {
      return 0;
    }
    int shared = 0;
    int j = 0;
    for (long shingle : part) {
      while (j < whole.length && whole[j] < shingle) {
        j++;
      }
      if (j < whole.length && whole[j] == shingle) {
        shared++;
      }
    }
    return (double) shared / part.length;
  }
}
