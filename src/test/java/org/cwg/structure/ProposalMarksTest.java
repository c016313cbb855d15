package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.word;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A conference proposal names the provision each item changes on the line under its mark (MOD, ADD,
 * SUP): an appendix or annex of the treaty named there is the item's, not one of the document.
 */
class ProposalMarksTest {

  @Test
  void anAppendixAProposalSuppressesIsNoAnnexOfThePlainText() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Proposals",
                "",
                "TST/7/1",
                "SUP",
                "APPENDIX 4",
                "Test telegrams",
                "Reasons: Test telegrams are no longer sent.")),
        "proposal|1||Proposals");
  }

  @Test
  void anAnnexAProposalModifiesIsNoAnnexOfTheWordDocument() {
    assertOutline(
        word(
            List.of(
                heading("Proposals", 1),
                body("MOD\tTST/7/2"),
                body("ANNEX 2"),
                body("Test procedures"),
                body("Reasons: The procedures changed."),
                heading("Annex 1 – Test results", 1),
                body("The tests passed."))),
        "proposal|1||Proposals",
        "annex|1|1|Annex 1 – Test results");
  }

  @Test
  void aShortLineOverAProposalsBlockHeadsItInPlainText() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Background",
                "",
                "The earlier submission named the wrong edition of the resolution it revised.",
                "",
                "Amended proposal",
                "",
                "TST/9/1",
                "",
                "MOD",
                "",
                "RESOLUTION 12",
                "",
                "Reasons: The edition is now the current one.")),
        "introduction|1||Background",
        "other|1||Amended proposal");
  }

  @Test
  void aCorrigendumsHeadingOverTheBlockItCorrectsHeadsItUnderTheCover() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "TEST CONFERENCE 2030",
                "",
                "Corrigendum 2 to",
                "",
                "Document 7-E",
                "",
                "PROPOSALS FOR THE WORK OF THE CONFERENCE",
                "",
                "Please replace proposal TST/7/2 of Document 7 with the following text, which"
                    + " corrects the number of the resolution it revises.",
                "",
                "Amended text",
                "",
                "TST/7/2",
                "",
                "MOD",
                "",
                "RESOLUTION 12",
                "",
                "Reasons: The number is now the right one.")),
        "other|1||Amended text");
  }

  @Test
  void aProposalsBlockOpensWithItsIdOrItsMark() {
    assertTrue(ProposalMarks.opensProposal("TST/9/1"));
    assertTrue(ProposalMarks.opensProposal("EUR/12A3/4 ADD"));
    assertTrue(ProposalMarks.opensProposal("SUP"));
    assertFalse(ProposalMarks.opensProposal("See Document 12/4 for the text"));
  }

  @Test
  void aMarkIsTheChangeAloneOrWithTheProposalsId() {
    assertTrue(ProposalMarks.isMark("ADD\tTST/7/3"));
    assertTrue(ProposalMarks.isMark("NOC"));
    assertFalse(ProposalMarks.isMark("ADDITIONAL tests were run in the laboratory last week"));
  }
}
