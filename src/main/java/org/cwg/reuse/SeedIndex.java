package org.cwg.reuse;

import java.util.Arrays;

/**
 * A text's word shingles by hash, as one sorted primitive array: where each seed of the aligner
 * occurs, found by binary search. Eight bytes a word, where a map of boxed hashes to position lists
 * took more than ten times that. Each entry packs the hash's top {@value #HASH_BITS} bits over the
 * word's position; a shingle repeated more than {@code maxRepeats} times is a refrain of the text
 * and left out. A table by the hashes' top bits points into the array, so that a lookup (the
 * aligner's commonest step) reads a slot or two instead of searching.
 */
final class SeedIndex {

  private static final int POSITION_BITS = 24;
  static final int HASH_BITS = 64 - POSITION_BITS;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  private final long[] entries;

  /** Top bits of a hash that choose its slot. */
  private final int slotBits;

  /** Per slot, the first entry of that slot or a later one; one more at the end. */
  private final int[] slots;

  private SeedIndex(long[] entries) {
    this.entries = entries;
    this.slotBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(entries.length));
    this.slots = new int[(1 << slotBits) + 1];
    int k = 0;
    for (int slot = 0; slot < slots.length; slot++) {
      while (k < entries.length && slotOf(entries[k]) < slot) {
        k++;
      }
      slots[slot] = k;
    }
  }

  /** A slot in the order of the sorted entries (signed order, hence the flipped sign bit). */
  private int slotOf(long entry) {
    return (int) ((entry ^ Long.MIN_VALUE) >>> (64 - slotBits));
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
    int slot = slotOf(wanted);
    for (int k = slots[slot]; k < slots[slot + 1]; k++) {
      long at = key(entries[k]);
      if (at == wanted) {
        return k;
      }
      if (at > wanted) {
        return -1;
      }
    }
    return -1;
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
