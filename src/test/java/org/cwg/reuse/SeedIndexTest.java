package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeedIndexTest {

  @Test
  void findsEveryPositionOfEveryHashAndNothingElse() {
    Random random = new Random(7);
    long[] shingles = new long[5000];
    for (int j = 0; j < shingles.length; j++) {
      // Repeats, negative and positive hashes, some equal in their top bits only.
      shingles[j] = j % 10 == 0 ? shingles[random.nextInt(Math.max(1, j))] : random.nextLong();
    }
    SeedIndex index = SeedIndex.of(shingles, 8);
    for (int j = 0; j < shingles.length; j++) {
      List<Integer> expected = new ArrayList<>();
      for (int k = 0; k < shingles.length; k++) {
        if ((shingles[k] >>> 24) == (shingles[j] >>> 24)) {
          expected.add(k);
        }
      }
      List<Integer> found = new ArrayList<>();
      for (int k = index.first(shingles[j]); k >= 0 && index.holds(k, shingles[j]); k++) {
        found.add(index.position(k));
      }
      assertEquals(expected.size() > 8 ? List.of() : expected, found, "shingle " + j);
    }
    for (int n = 0; n < 5000; n++) {
      long absent = random.nextLong();
      assertTrue(index.first(absent) < 0 || index.holds(index.first(absent), absent));
    }
  }

  @Test
  void anEmptyTextHasNoSeeds() {
    assertEquals(-1, SeedIndex.of(new long[0], 8).first(42));
  }
}
