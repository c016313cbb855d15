package org.cwg.reuse;

import java.util.Arrays;

/**
 * A text's word shingles by hash, as one sorted primitive array: where each seed of the aligner
 * occurs, found by binary search. Eight bytes a word, where a map of boxed hashes to position lists
 * took more than ten times that. Each entry packs the hash's top {@value #HASH_BITS} bits over the
 * word's position; a shingle repeated more than {@code maxRepeats} times is a refrain of the text
 * and left out.
 */
final class SeedIndex {

  private static final int POSITION_BITS = 24;
  static final int HASH_BITS = 64 - POSITION_BITS;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  private final long[] entries;

  private SeedIndex(long[] entries) {
    this.entries = entries;
  }

  static SeedIndex of(long[] shingles, int maxRepeats) {
    // Texts longer than the position bits allow keep their first 16 million words' seeds.
    int n = (int) Math.min(shingles.length, POSITION_MASK + 1);
    long[] entries = new long[n];
    for (int j = 0; j < n; j++) {
      entries[j] = key(shingles[j]) | j;
    }
    Arrays.sort(entries);
    int kept = 0;
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && key(entries[to]) == key(entries[from])) {
        to++;
      }
      if (to - from <= maxRepeats) {
        System.arraycopy(entries, from, entries, kept, to - from);
        kept += to - from;
      }
      from = to;
    }
    return new SeedIndex(Arrays.copyOf(entries, kept));
  }

  private static long key(long hash) {
    return hash & ~POSITION_MASK;
  }

  /** The first entry for {@code hash}, or -1. */
  int first(long hash) {
    long wanted = key(hash);
    int k = Arrays.binarySearch(entries, wanted);
    if (k < 0) {
      k = -k - 1;
    }
    return k < entries.length && key(entries[k]) == wanted ? k : -1;
  }

  /** Whether entry {@code k} is one for {@code hash}. */
  boolean holds(int k, long hash) {
    return k < entries.length && key(entries[k]) == key(hash);
  }

  /** The word entry {@code k} starts at. */
  int position(int k) {
    return (int) (entries[k] & POSITION_MASK);
  }
}
