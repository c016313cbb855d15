package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ITU-T Supplements, however written, are one canonical number. */
class SupplementNumbersTest {

  @Test
  void everyWritingOfASupplementIsOneNumber() {
    assertEquals(Optional.of("ITU-T Q Suppl.7"), SupplementNumbers.canonical("ITU-T Q Suppl. 7"));
    assertEquals(Optional.of("ITU-T Q Suppl.7"), SupplementNumbers.canonical("ITU-T Q.Sup7"));
    assertEquals(
        Optional.of("ITU-T Q Suppl.7"), SupplementNumbers.canonical("Series Q Supplement 7"));
    assertEquals(
        Optional.of("ITU-T Q Suppl.7"),
        SupplementNumbers.canonical("Supplement 7 to the ITU-T Q-series Recommendations"));
    assertEquals(Optional.of("ITU-T Q Suppl.7"), SupplementNumbers.ofFileId("Q.Sup7"));
  }

  @Test
  void aSupplementWithoutItsSeriesOrARecommendationIsNone() {
    assertEquals(Optional.empty(), SupplementNumbers.canonical("Supplement 7"));
    assertEquals(Optional.empty(), SupplementNumbers.canonical("Supplement 7 to Q.931"));
    assertEquals(Optional.empty(), SupplementNumbers.canonical("ITU-T Q.931"));
    assertEquals(Optional.empty(), SupplementNumbers.ofFileId("Q.931"));
  }
}
