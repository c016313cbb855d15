package org.cwg.reuse;

/** 64-bit hashing of words and shingles; stable across runs, as index terms must be. */
final class Hashes {

  private Hashes() {}

  /** MurmurHash3's finaliser: spreads a weak hash (String.hashCode) over all 64 bits. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * The hash of each run of {@code size} consecutive words, in order: entry {@code i} covers words
   * {@code i .. i + size - 1}. Empty when there are fewer words.
   */
  static long[] shingles(Words words, int size) {
    int count = Math.max(0, words.size() - size + 1);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int t = 0; t < size; t++) {
        h = h * 0x9E3779B97F4A7C15L + words.hash(i + t);
      }
      shingles[i] = mix(h);
    }
    return shingles;
  }
}
