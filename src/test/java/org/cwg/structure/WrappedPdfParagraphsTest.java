package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;

import java.util.ArrayList;
import java.util.List;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * PDF text gives one line per printed line: a numbered paragraph whose first line fills the width
 * and ends in no sentence end is read to its last line, and a liaison's closing contact block is no
 * heading.
 */
class WrappedPdfParagraphsTest {

  private static final String WIDE =
      "The working group reviewed the three proposals received and agreed to merge them into one";

  @Test
  void aNumberedParagraphWhoseNextLineStartsInCapitalsIsNoHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Introduction"));
    blocks.add(
        body(
            "1.1 In line with Resolution 99 (Rev. Lisbon, 2030) of the Assembly for Testing"
                + " Networks"));
    blocks.add(body("Worldwide, the secretariat convened two meetings in each of the regions."));
    blocks.add(body(WIDE));
    blocks.add(body("text, which the annex reproduces."));
    blocks.add(body("2 Results of the meetings"));
    blocks.add(body("Both meetings adopted their reports."));
    assertOutline(
        pdf(blocks), "introduction|1|1|Introduction", "other|1|2|Results of the meetings");
  }

  @Test
  void anAppendixNamedAtTheStartOfAWrappedLineIsNoHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Characteristics"));
    blocks.add(
        body("The characteristics of the test sensors considered in this study are set out in"));
    blocks.add(
        body("Appendix 2. The criteria follow the usual practice of the working group and of"));
    blocks.add(body("the earlier studies."));
    blocks.add(body("2 Proposal"));
    blocks.add(body("The characteristics should be kept."));
    assertOutline(pdf(blocks), "other|1|1|Characteristics", "proposal|1|2|Proposal");
  }

  @Test
  void aNumberedParagraphOverThreeLinesStartingWithAFigureIsNoHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Introduction"));
    blocks.add(
        body(
            "1.1 Resolution 99 (Lisbon, 2030) asks the Board to prepare the operational plan for"
                + " the years"));
    blocks.add(
        body(
            "2031-2034, and Resolution 98 asks that the operational and financial plans be kept"
                + " together"));
    blocks.add(body("in one document."));
    blocks.add(body("2 Comments"));
    blocks.add(body(WIDE));
    blocks.add(body("text."));
    assertOutline(pdf(blocks), "introduction|1|1|Introduction", "other|1|2|Comments");
  }

  @Test
  void aLongNumberedHeadingThatWrappedStaysOneHeadingWithItsLastLine() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Introduction"));
    blocks.add(body(WIDE));
    blocks.add(body("text."));
    blocks.add(
        body(
            "2 Working document towards a preliminary draft new Report on the testing of"
                + " networks in"));
    blocks.add(body("Region 4"));
    blocks.add(body(WIDE));
    blocks.add(body("text."));
    assertOutline(
        pdf(blocks),
        "introduction|1|1|Introduction",
        "other|1|2|Working document towards a preliminary draft new Report on the testing of"
            + " networks in Region 4");
  }

  @Test
  void anAnnexHeadingThatWrappedBeforeARecommendationsNumberKeepsIt() {
    List<Block> blocks = new ArrayList<>();
    // Dot leaders run past the margin: the width of the text is measured without them.
    blocks.add(body("Contents"));
    blocks.add(body("1 Introduction " + ".".repeat(140) + " 1"));
    blocks.add(body("Annex 1 " + ".".repeat(140) + " 2"));
    blocks.add(body("1 Introduction"));
    blocks.add(body(WIDE));
    blocks.add(body("text."));
    blocks.add(
        body(
            "Annex 1 – Working document towards a preliminary draft revision of Recommendation"
                + " ITU-R"));
    blocks.add(body("M.9478-3"));
    blocks.add(
        body(
            "Annex 2 – Working document towards a preliminary draft revision of Report ITU-R"
                + " M.9999-1"));
    blocks.add(body("Annex 3 – Work plan"));
    assertOutline(
        pdf(blocks),
        "introduction|1|1|Introduction",
        "annex|1|1|Annex 1 – Working document towards a preliminary draft revision of"
            + " Recommendation ITU-R M.9478-3",
        "annex|1|2|Annex 2 – Working document towards a preliminary draft revision of Report"
            + " ITU-R M.9999-1",
        "annex|1|3|Annex 3 – Work plan");
  }

  @Test
  void anUnnumberedLineThatFillsTheWidthAndGoesOnToASentenceIsNoHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Introduction"));
    blocks.add(body("The Board met twice."));
    blocks.add(
        body(
            "Resolutions 99 and 98 (Rev. Lisbon, 2030) of the Assembly and Resolution 97 (Rev."
                + " Oslo, 2031) of the"));
    blocks.add(body("Board ask the secretariat to report every year on the networks."));
    blocks.add(body("2 Results"));
    blocks.add(body(WIDE));
    blocks.add(body("text."));
    assertOutline(pdf(blocks), "introduction|1|1|Introduction", "other|1|2|Results");
  }

  @Test
  void aWideHeadingFollowedByItsFirstNumberedParagraphIsAHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Introduction"));
    blocks.add(body("The Board met twice."));
    blocks.add(
        body(
            "2   Implementation of Resolution 99 (Rev. Lisbon, 2030) (Documents C30/6 and C30/7)"));
    blocks.add(
        body("2.1 The secretariat introduced the two documents and the draft decision that"));
    blocks.add(body("the Board approved."));
    blocks.add(body(WIDE));
    blocks.add(body("text."));
    assertOutline(
        pdf(blocks),
        "introduction|1|1|Introduction",
        "other|1|2|Implementation of Resolution 99 (Rev. Lisbon, 2030) (Documents C30/6 and C30/7)");
  }

  @Test
  void aContactLineInALiaisonsClosingBlockIsNoHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Background"));
    blocks.add(body("The group thanks the organizations for their statements on the matter."));
    blocks.add(body("Contact: Jane Example"));
    blocks.add(body("Chair, Working Party 9Z"));
    blocks.add(body("Ministry of Testing and Networks"));
    blocks.add(body("E-mail: jane.example@example.org"));
    assertOutline(pdf(blocks), "introduction|1|1|Background");
  }
}
