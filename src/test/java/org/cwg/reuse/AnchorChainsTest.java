package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnchorChainsTest {

  @Test
  void countsTheRareAnchorsOfAPassageInStepOnBothSides() {
    // A passage at word 100 of one text and word 40 of the other, with an insertion between the
    // second and third anchors (the diagonal moves by one), given out of order.
    long[] anchors = {
      AnchorChains.anchor(112, 53, true, false, false),
      AnchorChains.anchor(100, 40, true, false, false),
      AnchorChains.anchor(106, 46, false, false, false),
      AnchorChains.anchor(500, 900, true, false, false),
    };
    assertEquals(2, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void scatteredAnchorsMakeNoChain() {
    long[] anchors = {
      AnchorChains.anchor(10, 700, true, false, false),
      AnchorChains.anchor(20, 300, true, false, false),
      AnchorChains.anchor(400, 20, true, false, false),
      // In step but too far apart to be one passage.
      AnchorChains.anchor(600, 800, true, false, false),
      AnchorChains.anchor(
          600 + AnchorChains.LINK + 5, 800 + AnchorChains.LINK + 5, true, false, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void stockPhrasesInStepDoNotCountAsRare() {
    long[] anchors = {
      AnchorChains.anchor(10, 30, false, false, false),
      AnchorChains.anchor(15, 35, true, false, false),
      AnchorChains.anchor(21, 41, true, false, false),
      AnchorChains.anchor(27, 47, false, false, false),
    };
    assertEquals(2, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void rareAnchorsAtOneJunctionOfALongChainDoNotMakeAPassage() {
    // Stock phrases in step over twenty words, the only rare anchors where two of them meet.
    long[] anchors = {
      AnchorChains.anchor(10, 30, false, false, false),
      AnchorChains.anchor(14, 34, true, false, false),
      AnchorChains.anchor(
          14 + AnchorChains.RARE_SPAN - 1, 34 + AnchorChains.RARE_SPAN - 1, true, false, false),
      AnchorChains.anchor(30, 50, false, false, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void oneRareFingerprintInAChainSpanningAPassageIsEnough() {
    // A copy whose own words are rare in one place only; its rare link alone would not do.
    long[] fingerprint = {
      AnchorChains.anchor(10, 30, false, false, false),
      AnchorChains.anchor(14, 34, false, true, false),
      AnchorChains.anchor(
          10 + AnchorChains.MIN_SPAN, 30 + AnchorChains.MIN_SPAN, false, false, false),
    };
    assertEquals(2, AnchorChains.rareInLongestChain(fingerprint, fingerprint.length));
    long[] link = {
      AnchorChains.anchor(10, 30, false, false, false),
      AnchorChains.anchor(14, 34, true, false, false),
      AnchorChains.anchor(
          10 + AnchorChains.MIN_SPAN, 30 + AnchorChains.MIN_SPAN, false, false, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(link, link.length));
  }

  @Test
  void twoUncommonFingerprintsApartAlongAChainAreEvidence() {
    // A copy that keeps a country and a town filled into stock phrases, ten words apart.
    long[] apart = {
      AnchorChains.anchor(10, 30, false, false, true),
      AnchorChains.anchor(14, 34, false, false, false),
      AnchorChains.anchor(
          10 + AnchorChains.MIN_SPAN, 30 + AnchorChains.MIN_SPAN, false, false, true),
    };
    assertEquals(2, AnchorChains.rareInLongestChain(apart, apart.length));
    // One uncommon fingerprint, or two in one phrase, are not.
    long[] one = {
      AnchorChains.anchor(10, 30, false, false, true),
      AnchorChains.anchor(
          10 + AnchorChains.MIN_SPAN, 30 + AnchorChains.MIN_SPAN, false, false, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(one, one.length));
    long[] together = {
      AnchorChains.anchor(10, 30, false, false, true),
      AnchorChains.anchor(12, 32, false, false, true),
      AnchorChains.anchor(
          10 + AnchorChains.MIN_SPAN, 30 + AnchorChains.MIN_SPAN, false, false, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(together, together.length));
  }

  @Test
  void rareAnchorsWithinOnePhraseMakeNoChain() {
    // Two stock phrases meeting at a rare junction: rare anchors a few words apart, no passage.
    long[] anchors = {
      AnchorChains.anchor(50, 80, true, false, false),
      AnchorChains.anchor(52, 82, true, false, false),
      AnchorChains.anchor(
          50 + AnchorChains.MIN_SPAN - 1, 80 + AnchorChains.MIN_SPAN - 1, true, false, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }
}
