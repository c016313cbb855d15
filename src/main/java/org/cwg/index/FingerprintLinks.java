package org.cwg.index;

import java.util.Arrays;

/**
 * Links: a fingerprint and one of the next {@value #REACH} in a document, skipping those no other
 * document holds. A passage of stock phrases has no rare fingerprint (each of its phrases is in
 * hundreds of documents), but the order in which its phrases follow each other is its own: a link
 * spans one fingerprint's words and the next one's, so it is as specific as a shingle twice as long
 * while an edit between two fingerprints breaks no link around it. A link in few documents is
 * evidence of reuse as a rare fingerprint is, and nominates the pairs of documents that share it.
 */
final class FingerprintLinks {

  /**
   * How many of the following fingerprints each one links to: a word an edit inserts may make a
   * shingle some other document has too, which then stands between two fingerprints of a passage;
   * linking to the next three keeps the passage's links through one or two such.
   */
  static final int REACH = 3;

  /** Sorted link keys, each in at least two and at most {@link #bound} documents. */
  private final long[] rare;

  /** Pairs of documents sharing a rare link, as {@code (doc << 32) | other}; may repeat. */
  private final long[] pairs;

  private final int bound;

  /** Bits of a key left for the document number. */
  private final int docBits;

  private FingerprintLinks(long[] rare, long[] pairs, int bound, int docBits) {
    this.rare = rare;
    this.pairs = pairs;
    this.bound = bound;
    this.docBits = docBits;
  }

  /**
   * The links of the held fingerprints of every document ({@link ReuseCandidates#HELD} ints each:
   * ordinal, word and rarity, then the slots this fills with the ordinals of those that follow).
   * The bound is learnt as the fingerprints' is ({@link ReuseCandidates#boundWithin}).
   */
  static FingerprintLinks of(int[][] held, int[] heldSize, int pairsPerDocument, int max) {
    int docBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, held.length - 1));
    long[] keys = new long[1024];
    int count = 0;
    int documents = 0;
    for (int doc = 0; doc < held.length; doc++) {
      if (held[doc] == null) {
        continue;
      }
      documents++;
      int[] own = held[doc];
      int size = heldSize[doc] / ReuseCandidates.HELD;
      long[] byWord = new long[size];
      for (int k = 0; k < size; k++) {
        byWord[k] = (long) (own[k * ReuseCandidates.HELD + 1] >>> 2) << 32 | k;
      }
      Arrays.sort(byWord);
      for (int k = 0; k + 1 < size; k++) {
        int entry = (int) byWord[k] * ReuseCandidates.HELD;
        for (int skip = 1; skip <= REACH && k + skip < size; skip++) {
          int next = own[(int) byWord[k + skip] * ReuseCandidates.HELD];
          own[entry + 1 + skip] = next;
          if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
          }
          keys[count++] = key(own[entry], next, docBits) << docBits | doc;
        }
      }
    }
    Arrays.sort(keys, 0, count);
    long docMask = (1L << docBits) - 1;
    long[] byFrequency = new long[max + 1];
    for (int from = 0, to; from < count; from = to) {
      to = groupEnd(keys, from, count, docBits);
      if (to - from <= max) {
        byFrequency[to - from]++;
      }
    }
    int bound =
        ReuseCandidates.boundWithin(byFrequency, (long) pairsPerDocument * documents, 2, max);
    long[] rare = new long[64];
    int rareCount = 0;
    long[] pairs = new long[1024];
    int pairCount = 0;
    for (int from = 0, to; from < count; from = to) {
      to = groupEnd(keys, from, count, docBits);
      if (to - from < 2 || to - from > bound) {
        continue;
      }
      if (rareCount == rare.length) {
        rare = Arrays.copyOf(rare, rareCount * 2);
      }
      rare[rareCount++] = keys[from] >>> docBits;
      for (int x = from; x < to; x++) {
        for (int y = x + 1; y < to; y++) {
          if (pairCount == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairCount * 2);
          }
          pairs[pairCount++] = (keys[x] & docMask) << 32 | (keys[y] & docMask);
        }
      }
    }
    // Keys sort as signed numbers, links as unsigned ones: the lookups need their own order.
    Arrays.sort(rare, 0, rareCount);
    return new FingerprintLinks(
        Arrays.copyOf(rare, rareCount), Arrays.copyOf(pairs, pairCount), bound, docBits);
  }

  /** Whether the link from fingerprint {@code ordinal} to {@code next} is rare. */
  boolean rare(int ordinal, int next) {
    return Arrays.binarySearch(rare, key(ordinal, next, docBits)) >= 0;
  }

  /** The pairs of documents that share a rare link: {@code (doc << 32) | other}, doc first. */
  long[] pairs() {
    return pairs;
  }

  /** The most documents a rare link is in, learnt from the corpus. */
  int bound() {
    return bound;
  }

  /** The end of the group of keys of one link that starts at {@code from}. */
  private static int groupEnd(long[] keys, int from, int count, int docBits) {
    long link = keys[from] >>> docBits;
    int to = from + 1;
    while (to < count && keys[to] >>> docBits == link) {
      to++;
    }
    return to;
  }

  /**
   * A link as a hash of its two ordinals, with room below it for a document number: two links that
   * collide only make one more candidate, which the chains then judge.
   */
  private static long key(int ordinal, int next, int docBits) {
    long h = ((long) ordinal << 32 | (next & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    return (h ^ (h >>> 29)) >>> docBits;
  }
}
