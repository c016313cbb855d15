package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnchorChainsTest {

  @Test
  void countsTheRareAnchorsOfAPassageInStepOnBothSides() {
    // A passage at word 100 of one text and word 40 of the other, with an insertion between the
    // second and third anchors (the diagonal moves by one), given out of order.
    long[] anchors = {
      AnchorChains.anchor(112, 53, true),
      AnchorChains.anchor(100, 40, true),
      AnchorChains.anchor(106, 46, false),
      AnchorChains.anchor(500, 900, true),
    };
    assertEquals(2, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void scatteredAnchorsMakeNoChain() {
    long[] anchors = {
      AnchorChains.anchor(10, 700, true),
      AnchorChains.anchor(20, 300, true),
      AnchorChains.anchor(400, 20, true),
      // In step but too far apart to be one passage.
      AnchorChains.anchor(600, 800, true),
      AnchorChains.anchor(600 + AnchorChains.LINK + 5, 800 + AnchorChains.LINK + 5, true),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void stockPhrasesInStepDoNotCountAsRare() {
    long[] anchors = {
      AnchorChains.anchor(10, 30, false),
      AnchorChains.anchor(15, 35, true),
      AnchorChains.anchor(21, 41, true),
      AnchorChains.anchor(27, 47, false),
    };
    assertEquals(2, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void rareAnchorsAtOneJunctionOfALongChainDoNotMakeAPassage() {
    // Stock phrases in step over twenty words, the only rare anchors where two of them meet.
    long[] anchors = {
      AnchorChains.anchor(10, 30, false),
      AnchorChains.anchor(14, 34, true),
      AnchorChains.anchor(14 + AnchorChains.RARE_SPAN - 1, 34 + AnchorChains.RARE_SPAN - 1, true),
      AnchorChains.anchor(30, 50, false),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }

  @Test
  void rareAnchorsWithinOnePhraseMakeNoChain() {
    // Two stock phrases meeting at a rare junction: rare anchors a few words apart, no passage.
    long[] anchors = {
      AnchorChains.anchor(50, 80, true),
      AnchorChains.anchor(52, 82, true),
      AnchorChains.anchor(50 + AnchorChains.MIN_SPAN - 1, 80 + AnchorChains.MIN_SPAN - 1, true),
    };
    assertEquals(0, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }
}
