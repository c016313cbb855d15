package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShinglesTest {

  private static final String PASSAGE =
      "Member States are invited to share their experience of regional Internet exchange points"
          + " with the Group before its next meeting.";

  @Test
  void everyShingleOnceSortedAndCutAsTheFingerprintsAre() {
    Words words = Words.of(PASSAGE + " " + PASSAGE);
    long[] shingles = Shingles.of(words);
    int distinct = Words.of(PASSAGE).size() - Fingerprints.SHINGLE + 1;
    // The doubled text adds the shingles that straddle the join, nothing else.
    assertEquals(distinct + Fingerprints.SHINGLE - 1, shingles.length);
    for (int i = 1; i < shingles.length; i++) {
      assertTrue(shingles[i - 1] < shingles[i]);
    }
    for (long fingerprint : Fingerprints.of(words)) {
      assertTrue(java.util.Arrays.binarySearch(shingles, fingerprint) >= 0);
    }
  }

  @Test
  void containmentIsTheShareOfThePartFoundInTheWhole() {
    long[] passage = Shingles.of(Words.of(PASSAGE));
    long[] copied = Shingles.of(Words.of("Summary. " + PASSAGE.toUpperCase() + " It was noted."));
    assertEquals(1.0, Shingles.containment(passage, copied));
    double edited =
        Shingles.containment(passage, Shingles.of(Words.of(PASSAGE.replace("regional", "local"))));
    assertTrue(edited > 0.5 && edited < 1.0, Double.toString(edited));
    assertEquals(0.0, Shingles.containment(passage, Shingles.of(Words.of("Nothing alike."))));
    assertEquals(0.0, Shingles.containment(new long[0], passage));
  }
}
