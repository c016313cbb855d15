package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * A quotation closes in the paragraph that opens it: a PDF line that opens one without closing it
 * (a narrow cell wrapped a quoted title) goes on below, and heads nothing.
 */
class PdfOpenQuotationTest {

  private static List<Block> withCellValue(String first, String rest) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Proposal"));
    blocks.add(body("The group is invited to agree the work item that the table below describes."));
    blocks.add(body("Annex A – Description of the work item"));
    blocks.add(body("Reference "));
    blocks.add(body("and title:"));
    blocks.add(body(first));
    blocks.add(body(rest));
    blocks.add(body("sensor networks\""));
    blocks.add(body("Timing: 2031-Q4"));
    blocks.add(body("Scope: Functional and quality requirements for the "));
    blocks.add(body("testing of equipment in low-power networks."));
    return blocks;
  }

  @Test
  void aCellValueWrappedInsideAStraightQuotationHeadsNothing() {
    assertOutline(
        pdf(
            withCellValue(
                "ITU-T Y.TEST \"Guidelines for ", "Testing Equipment in low-power mesh ")),
        "proposal|1|1|Proposal",
        "annex|1|A|Annex A – Description of the work item");
  }

  @Test
  void aCellValueWrappedInsideACurlyQuotationHeadsNothing() {
    assertOutline(
        pdf(
            withCellValue(
                "ITU-T Y.TEST \u201cGuidelines for ", "Testing Equipment in low-power mesh ")),
        "proposal|1|1|Proposal",
        "annex|1|A|Annex A – Description of the work item");
  }

  @Test
  void onlyAQuotationLeftOpenGoesOn() {
    assertTrue(ParagraphEnds.leavesQuoteOpen("Draft Y.TEST \"Guidelines for"));
    assertTrue(ParagraphEnds.leavesQuoteOpen("Projet de Recommandation « Lignes directrices"));
    assertFalse(ParagraphEnds.leavesQuoteOpen("Draft Y.TEST \"Guidelines\" for testing"));
    assertFalse(ParagraphEnds.leavesQuoteOpen("Draft Y.TEST \u201cGuidelines\u201d"));
    assertFalse(ParagraphEnds.leavesQuoteOpen("Results of the testing campaign"));
  }
}
