package org.cwg.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShingleContainmentTest {

  private static final String PASSAGE =
      "The Group is invited to consider the proposals on affordable submarine cable capacity for"
          + " small island developing States and to share experience of regional exchange points.";

  @Test
  void aVerbatimCopyInsideALongerTextHoldsAllOfThePassage() {
    ShingleContainment passage = new ShingleContainment(PASSAGE);
    assertEquals(1.0, passage.in("6.1.1 Summary\n" + PASSAGE + " Members welcomed it."));
  }

  @Test
  void caseAccentsAndPunctuationDoNotCount() {
    ShingleContainment passage = new ShingleContainment(PASSAGE);
    assertEquals(1.0, passage.in(PASSAGE.toUpperCase().replace("SMALL", "SMÄLL").replace(",", "")));
  }

  @Test
  void anEditedWordCostsOnlyTheShinglesOverIt() {
    double score = new ShingleContainment(PASSAGE).in(PASSAGE.replace("regional", "national"));
    assertTrue(score > 0.7 && score < 1.0, Double.toString(score));
  }

  @Test
  void aShortPassageIsNotLookedFor() {
    ShingleContainment shortOne = new ShingleContainment("The contribution was noted.");
    assertFalse(shortOne.usable());
    assertEquals(0.0, shortOne.in("The contribution was noted."));
  }
}
