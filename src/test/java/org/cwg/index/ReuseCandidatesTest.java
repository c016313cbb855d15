package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReuseCandidatesTest {

  @Test
  void anUncommonFingerprintIsInOneDocumentInTwoHundredNeverUnderTheBoilerplateBound() {
    assertEquals(50, ReuseCandidates.uncommonBound(10_000, 10));
    assertEquals(10, ReuseCandidates.uncommonBound(2_000, 7));
    assertEquals(4, ReuseCandidates.uncommonBound(300, 4));
  }

  @Test
  void theBoilerplateBoundIsWhereThePairsOutgrowTheBudget() {
    long[] byFrequency = new long[11];
    byFrequency[2] = 100; // 100 pairs
    byFrequency[3] = 100; // 300 more
    byFrequency[4] = 100; // 600 more
    assertEquals(3, ReuseCandidates.boundWithin(byFrequency, 500, 2, 10));
    assertEquals(4, ReuseCandidates.boundWithin(byFrequency, 500, 4, 10));
  }
}
