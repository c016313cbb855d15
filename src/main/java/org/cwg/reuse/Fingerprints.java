package org.cwg.reuse;

import java.util.Arrays;

/**
 * The fingerprints of a text that the index stores: winnowing (Schleimer, Wilkerson and Aiken,
 * 2003) over its word shingles. Every window of {@link #WINDOW} consecutive shingles contributes
 * its smallest hash, a one-permutation MinHash of that passage window; so two texts that share a
 * run of {@code WINDOW + SHINGLE - 1} words share a fingerprint, whatever lies around it, while a
 * document stores only about {@code 2 / (WINDOW + 1)} of its shingles.
 */
public final class Fingerprints {

  /** Words per shingle: long enough that common phrases rarely repeat by chance. */
  public static final int SHINGLE = 5;

  /**
   * Shingles per window: a passage keeps a fingerprint for every unedited run of 10 words, so a
   * 25-word passage with an edit or two still has at least one.
   */
  public static final int WINDOW = 6;

  private Fingerprints() {}

  /** The distinct fingerprints of {@code text}, sorted. */
  public static long[] of(String text) {
    return of(Words.of(text));
  }

  /**
   * Fingerprints in text order with the word each shingle starts at (a fingerprint may repeat).
   *
   * @param hashes the fingerprints
   * @param at the first word of each one's shingle
   */
  public record Positioned(long[] hashes, int[] at) {

    /** Whether {@code hash} is one of them. */
    public boolean contains(long hash) {
      for (long h : hashes) {
        if (h == hash) {
          return true;
        }
      }
      return false;
    }
  }

  static Positioned positioned(Words words) {
    long[] shingles = Hashes.shingles(words, SHINGLE);
    int window = Math.min(WINDOW, shingles.length);
    long[] chosen = new long[shingles.length];
    int[] at = new int[shingles.length];
    int count = 0;
    int last = -1;
    for (int from = 0; window > 0 && from + window <= shingles.length; from++) {
      int min = from;
      for (int i = from + 1; i < from + window; i++) {
        // The rightmost minimum: a window that slides on keeps the same choice.
        if (shingles[i] <= shingles[min]) {
          min = i;
        }
      }
      if (min != last) {
        chosen[count] = shingles[min];
        at[count++] = min;
        last = min;
      }
    }
    return new Positioned(Arrays.copyOf(chosen, count), Arrays.copyOf(at, count));
  }

  /** The distinct fingerprints of a text's words, sorted. */
  public static long[] of(Words words) {
    return words.distinctFingerprints().clone();
  }

  static long[] distinct(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] distinct = shingles.clone();
    Arrays.sort(distinct);
    int unique = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[unique++] = distinct[i];
      }
    }
    return Arrays.copyOf(distinct, unique);
  }

  /** A fingerprint as the 8 bytes of an index term, big-endian so terms sort as numbers do. */
  public static byte[] bytes(long fingerprint) {
    byte[] bytes = new byte[8];
    for (int i = 7; i >= 0; i--) {
      bytes[i] = (byte) fingerprint;
      fingerprint >>>= 8;
    }
    return bytes;
  }
}
