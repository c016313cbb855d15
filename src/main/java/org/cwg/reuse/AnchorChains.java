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

  /**
   * The fewest words from a chain's first anchor to its last: anchors closer together lie in one
   * phrase, which two unrelated texts may share, not along a passage. Two stock phrases meeting at
   * a rare junction are the commonest chance chain, and the shortest passage reported (25 words)
   * still spans this many.
   */
  static final int MIN_SPAN = 10;

  /**
   * The fewest words from a chain's first rare anchor to its last. Rare evidence packed in a few
   * words is one junction where two stock phrases meet (the links that cross it are all rare at
   * once); a passage that travelled has its own words in more than one place.
   */
  public static final int RARE_SPAN = 5;

  private AnchorChains() {}

  /**
   * The most rare anchors in one chain of at least two anchors spanning {@link #MIN_SPAN} words or
   * more, its rare ones {@link #RARE_SPAN} or more (0 when there is no such chain). A chain holding
   * a rare fingerprint counts two at least: a passage's own words, not a junction of stock phrases;
   * so does one whose evidence (rare anchors and uncommon fingerprints) lies {@link #RARE_SPAN}
   * words apart or more.
   *
   * @param anchors {@link #anchor}s, in any order; sorted in place
   * @param count how many of {@code anchors} are set
   */
  public static int rareInLongestChain(long[] anchors, int count) {
    Arrays.sort(anchors, 0, count);
    // Open chains: each one's first, first rare and last anchor, size and rare anchors; few are
    // open at once.
    int[] lastA = new int[8];
    int[] lastB = new int[8];
    int[] size = new int[8];
    int[] rare = new int[8];
    int[] firstA = new int[8];
    int[] firstRare = new int[8];
    int[] rareFingerprints = new int[8];
    int[] evidence = new int[8];
    int[] firstEvidence = new int[8];
    int open = 0;
    int best = 0;
    for (int k = 0; k < count; k++) {
      int a = (int) (anchors[k] >>> 32);
      int b = (int) (anchors[k] & 0xffffffffL) >>> 3;
      boolean isRare = (anchors[k] & 1) != 0;
      boolean isRareFingerprint = (anchors[k] & 2) != 0;
      boolean isEvidence = isRare || (anchors[k] & 4) != 0;
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
            firstA[kept] = firstA[c];
            firstRare[kept] = firstRare[c];
            rareFingerprints[kept] = rareFingerprints[c];
            evidence[kept] = evidence[c];
            firstEvidence[kept] = firstEvidence[c];
            kept++;
          }
        }
        open = kept;
        if (open == lastA.length) {
          lastA = Arrays.copyOf(lastA, open * 2);
          lastB = Arrays.copyOf(lastB, open * 2);
          firstA = Arrays.copyOf(firstA, open * 2);
          firstRare = Arrays.copyOf(firstRare, open * 2);
          size = Arrays.copyOf(size, open * 2);
          rare = Arrays.copyOf(rare, open * 2);
          rareFingerprints = Arrays.copyOf(rareFingerprints, open * 2);
          evidence = Arrays.copyOf(evidence, open * 2);
          firstEvidence = Arrays.copyOf(firstEvidence, open * 2);
        }
        chosen = open++;
        size[chosen] = 0;
        rare[chosen] = 0;
        firstA[chosen] = a;
        firstRare[chosen] = -1;
        rareFingerprints[chosen] = 0;
        evidence[chosen] = 0;
        firstEvidence[chosen] = -1;
      }
      lastA[chosen] = a;
      lastB[chosen] = b;
      size[chosen]++;
      rare[chosen] += isRare ? 1 : 0;
      rareFingerprints[chosen] += isRareFingerprint ? 1 : 0;
      if (isEvidence) {
        evidence[chosen]++;
        if (firstEvidence[chosen] < 0) {
          firstEvidence[chosen] = a;
        }
      }
      if (isRare && firstRare[chosen] < 0) {
        firstRare[chosen] = a;
      }
      if (size[chosen] >= 2
          && a - firstA[chosen] >= MIN_SPAN
          && isRare
          && a - firstRare[chosen] >= RARE_SPAN) {
        best = Math.max(best, rare[chosen]);
      }
      boolean spans = size[chosen] >= 2 && a - firstA[chosen] >= MIN_SPAN;
      if (spans
          && (rareFingerprints[chosen] > 0
              || isEvidence && evidence[chosen] >= 2 && a - firstEvidence[chosen] >= RARE_SPAN)) {
        best = Math.max(best, Math.max(rare[chosen], 2));
      }
    }
    return best;
  }

  /**
   * One shared fingerprint: its word in each document, whether it is rare by its link to the next
   * one, whether the fingerprint itself is rare in the corpus (which counts as rare too), and
   * whether it is uncommon (evidence only beside another piece a few words away).
   */
  public static long anchor(
      int wordInA, int wordInB, boolean rare, boolean rareFingerprint, boolean uncommon) {
    return ((long) wordInA << 32)
        | ((long) wordInB << 3)
        | (uncommon ? 4 : 0)
        | (rareFingerprint ? 2 : 0)
        | (rare || rareFingerprint ? 1 : 0);
  }
}
