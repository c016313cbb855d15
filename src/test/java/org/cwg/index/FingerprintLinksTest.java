package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FingerprintLinksTest {

  /**
   * Held fingerprints as {@link ReuseCandidates#chained} lays them out: given as ordinals in text
   * order (one every five words), stored in ordinal order with their words.
   */
  private static int[] held(int... ordinalsInTextOrder) {
    int[] held = new int[ordinalsInTextOrder.length * ReuseCandidates.HELD];
    Integer[] byOrdinal = new Integer[ordinalsInTextOrder.length];
    for (int k = 0; k < byOrdinal.length; k++) {
      byOrdinal[k] = k;
    }
    Arrays.sort(
        byOrdinal, (x, y) -> Integer.compare(ordinalsInTextOrder[x], ordinalsInTextOrder[y]));
    for (int e = 0; e < byOrdinal.length; e++) {
      int k = byOrdinal[e];
      held[e * ReuseCandidates.HELD] = ordinalsInTextOrder[k];
      held[e * ReuseCandidates.HELD + 1] = (k * 5) << 2;
      for (int slot = 2; slot < ReuseCandidates.HELD; slot++) {
        held[e * ReuseCandidates.HELD + slot] = -1;
      }
    }
    return held;
  }

  private static FingerprintLinks of(int[]... docs) {
    int[] sizes = Arrays.stream(docs).mapToInt(d -> d.length).toArray();
    return FingerprintLinks.of(docs, sizes, 100, 2);
  }

  @Test
  void stockPhrasesInAnOrderOfTheirOwnMakeARareLink() {
    // Documents 0 and 1 share the run 7, 8, 9 of common fingerprints; 2, 3 and 4 hold 7, 8 and 9
    // too, the other way round, so that only 0 and 1 have 8 and 9 after 7.
    FingerprintLinks links =
        of(
            held(1, 7, 8, 9, 2),
            held(3, 7, 8, 9, 4),
            held(9, 8, 7, 5),
            held(9, 8, 7, 6),
            held(12, 9, 8, 7));
    assertTrue(links.rare(7, 8));
    assertTrue(links.rare(8, 9));
    assertTrue(links.rare(7, 9), "a link reaches past one fingerprint between");
    assertFalse(links.rare(1, 7), "in one document only");
    assertFalse(links.rare(9, 8), "in more documents than the bound");
    assertEquals(0L << 32 | 1, links.pairs()[0]);
    assertTrue(Arrays.stream(links.pairs()).allMatch(p -> p == (0L << 32 | 1)));
  }

  @Test
  void aLinkInMoreDocumentsThanTheBoundIsNotRare() {
    int[][] docs = new int[6][];
    for (int d = 0; d < docs.length; d++) {
      docs[d] = held(20 + d, 7, 8, 30 + d);
    }
    FingerprintLinks links = of(docs);
    assertFalse(links.rare(7, 8));
    assertEquals(0, links.pairs().length);
  }

  @Test
  void fillsInTheFingerprintsThatFollowEachOne() {
    int[] doc = held(5, 3, 9);
    of(doc, held(1, 2));
    // Stored in ordinal order: 3 (followed by 9), 5 (followed by 3, then 9), 9 (last).
    assertArrayEquals(new int[] {3, 5 << 2, 9, -1, -1}, Arrays.copyOfRange(doc, 0, 5));
    assertArrayEquals(new int[] {5, 0, 3, 9, -1}, Arrays.copyOfRange(doc, 5, 10));
    assertArrayEquals(new int[] {9, 10 << 2, -1, -1, -1}, Arrays.copyOfRange(doc, 10, 15));
  }
}
