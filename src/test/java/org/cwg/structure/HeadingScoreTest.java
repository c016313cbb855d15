package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.cwg.parse.Block;
import org.cwg.structure.HeadingScore.Feature;
import org.junit.jupiter.api.Test;

/** The scored model's features, and the decisions they add up to. */
class HeadingScoreTest {

  private static final Block PLAIN = Block.plain("x");
  private static final Block BOLD = new Block("x", null, 0, true, false, Block.Region.BODY);
  private static final Block LIST =
      new Block("x", "list_Paragraph", 0, false, true, Block.Region.BODY);
  private static final Block CELL = new Block("x", null, 0, false, false, Block.Region.TABLE);

  @Test
  void aNumberThatContinuesTheOutlineMakesAShortLineAHeading() {
    Set<Feature> features =
        HeadingScore.features(
            "Coastal coverage", PLAIN, true, true, true, "Coastal coverage depends on low bands.");
    assertEquals(
        EnumSet.of(Feature.CONTINUES_NUMBERING, Feature.SHORT, Feature.BODY_FOLLOWS),
        features,
        "sentence case is no title case");
    assertTrue(HeadingScore.isHeading(features));
  }

  @Test
  void aNumberedSentenceIsAParagraph() {
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "The Chair opened the meeting and welcomed the participants.",
                PLAIN,
                true,
                true,
                true,
                null)));
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "heading [ITU-T Z.998]: A line that names the section after it",
                PLAIN,
                true,
                true,
                true,
                null)));
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Members noted it. The Group agreed", PLAIN, true, true, true, null)));
  }

  @Test
  void aMarkIsNoHeadingUnlessItsNumberContinuesTheOutline() {
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features("MOD", BOLD, false, false, true, "ACP/64A1/1")));
    assertTrue(
        HeadingScore.isHeading(HeadingScore.features("AOB", PLAIN, true, true, true, "Closure")));
  }

  @Test
  void anAbbreviationEndsNoSentence() {
    assertTrue(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Recommendations for AAP consent (Rec. ITU-T A.8)",
                PLAIN,
                true,
                true,
                true,
                null)));
  }

  @Test
  void aNumberThatBreaksTheOutlineIsNeverAHeading() {
    Set<Feature> features =
        HeadingScore.features(
            "Regional Results", BOLD, true, false, true, "A longer paragraph follows this line.");
    assertTrue(features.contains(Feature.BREAKS_NUMBERING));
    assertFalse(HeadingScore.isHeading(features));
  }

  @Test
  void listParagraphsAndTableCellsAreNotHeadings() {
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Multimodal ingestion",
                LIST,
                true,
                true,
                true,
                "Longer text after the list item.")));
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Reference Case", CELL, true, true, true, "Longer text after the table cell.")));
  }

  @Test
  void unnumberedLinesNeedBoldAndABody() {
    assertTrue(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Error Handling", BOLD, false, false, true, "Errors are reported to the caller.")));
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Error Handling",
                PLAIN,
                false,
                false,
                true,
                "Errors are reported to the caller.")));
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "Error Handling", BOLD, false, false, false, "Errors are reported to the caller.")),
        "a bold cover line is no section");
    assertFalse(
        HeadingScore.isHeading(
            HeadingScore.features(
                "In scope (defined here):", BOLD, false, false, true, "Only the outline.")));
  }

  @Test
  void theScoreIsTheSumOfTheWeights() {
    Set<Feature> features = EnumSet.of(Feature.BOLD, Feature.SHORT, Feature.TOO_LONG);
    assertEquals(
        Feature.BOLD.weight() + Feature.SHORT.weight() + Feature.TOO_LONG.weight(),
        HeadingScore.score(features));
  }
}
