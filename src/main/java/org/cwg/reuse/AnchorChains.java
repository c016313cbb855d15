package org.cwg.reuse;

import java.util.Arrays;

/**
 * Whether the fingerprints two documents share lie along a passage, judged from their word
 * positions alone, before any text is read. A passage copied with small edits keeps its shared
 * fingerprints in the same order on both sides, a few words apart and on nearly the same diagonal;
 * fingerprints two unrelated texts share by chance are scattered. A chain of anchors in step is
 * what makes a pair worth aligning.
 */
public final class AnchorChains {

  /** The most words between two anchors of one chain (on either side): an edit or two between. */
  static final int LINK = 24;

  /** The most one side may drift against the other between two anchors of a chain. */
  static final int MAX_SHIFT = 3;

  private AnchorChains() {}

  /**
   * The most rare anchors in one chain of at least two anchors (0 when there is no such chain).
   *
   * @param anchors {@link #anchor}s, in any order; sorted in place
   * @param count how many of {@code anchors} are set
   */
  public static int rareInLongestChain(long[] anchors, int count) {
    Arrays.sort(anchors, 0, count);
    // Open chains: each one's last anchor and size; few are open at once.
    int[] lastA = new int[8];
    int[] lastB = new int[8];
    int[] size = new int[8];
    int[] rare = new int[8];
    int open = 0;
    int best = 0;
    for (int k = 0; k < count; k++) {
      int a = (int) (anchors[k] >>> 32);
      int b = (int) (anchors[k] & 0x7fffffffL) >>> 1;
      boolean isRare = (anchors[k] & 1) != 0;
      int chosen = -1;
      int chosenDistance = Integer.MAX_VALUE;
      for (int c = 0; c < open; c++) {
        int da = a - lastA[c];
        int db = b - lastB[c];
        if (da > 0 && db > 0 && da <= LINK && db <= LINK && Math.abs(da - db) <= MAX_SHIFT) {
          if (da + db < chosenDistance) {
            chosen = c;
            chosenDistance = da + db;
          }
        }
      }
      if (chosen < 0) {
        // Drop chains left behind (their last anchor too far back) before opening one.
        int kept = 0;
        for (int c = 0; c < open; c++) {
          if (a - lastA[c] <= LINK) {
            lastA[kept] = lastA[c];
            lastB[kept] = lastB[c];
            size[kept] = size[c];
            rare[kept] = rare[c];
            kept++;
          }
        }
        open = kept;
        if (open == lastA.length) {
          lastA = Arrays.copyOf(lastA, open * 2);
          lastB = Arrays.copyOf(lastB, open * 2);
          size = Arrays.copyOf(size, open * 2);
          rare = Arrays.copyOf(rare, open * 2);
        }
        chosen = open++;
        size[chosen] = 0;
        rare[chosen] = 0;
      }
      lastA[chosen] = a;
      lastB[chosen] = b;
      size[chosen]++;
      rare[chosen] += isRare ? 1 : 0;
      if (size[chosen] >= 2) {
        best = Math.max(best, rare[chosen]);
      }
    }
    return best;
  }

  /** One shared fingerprint: its word in each document, and whether it is rare in the corpus. */
  public static long anchor(int wordInA, int wordInB, boolean rare) {
    return ((long) wordInA << 32) | ((long) wordInB << 1) | (rare ? 1 : 0);
  }
}
