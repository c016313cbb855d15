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
      AnchorChains.anchor(15, 35, false),
      AnchorChains.anchor(21, 41, true),
    };
    assertEquals(1, AnchorChains.rareInLongestChain(anchors, anchors.length));
  }
}
