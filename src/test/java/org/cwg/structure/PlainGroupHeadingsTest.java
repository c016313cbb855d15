package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/**
 * Plain text shows no bold: an unnumbered heading stands apart where a paragraph ended above it. An
 * agenda's group of items ends with its last item, and a table with its last row.
 */
class PlainGroupHeadingsTest {

  @Test
  void theLinesGroupingAnAgendasItemsAreSections() {
    String text =
        """
        Working Group on Examples
        Document WGE-3/1-E
        DRAFT AGENDA OF THE THIRD MEETING
        Plenary
        PL 1 Opening of the meeting (Document WGE-3/1)
        PL 2 Report of the chair (Document WGE-3/4)
        Committee on Budgets (BUD)
        BUD 1 Accounts for the year (Document WGE-3/7)
        BUD 2 Fees
        Closing
        PL 3 Any other business
        PL 4 Closing of the meeting
        """;
    assertOutline(
        plain(text), "other|1||Plenary", "other|1||Committee on Budgets (BUD)", "other|1||Closing");
  }

  @Test
  void aLineAfterAPageBreakHeadsASection() {
    String text =
        """
        Note by the Chair
        REVIEW OF THE EXAMPLE PROGRAMME
        I have the honour to transmit the review of the programme to the members of the group.
        \t(signed)
        Jane Example
        Chair
        \fReview of the programme
        The programme ran for two years and reached forty members of the group.
        Lessons learnt
        Members asked for shorter meetings and earlier documents.
        """;
    assertOutline(plain(text), "other|1||Review of the programme", "other|1||Lessons learnt");
  }

  @Test
  void aLineAfterATablesLastRowHeadsASection() {
    String text =
        """
        Introduction
        The group measured the two links over the year and gives their figures below.
        Link\tUplink\tDownlink
        Link A\t12\t30
        Link B\t14\t28
        Sharing with fixed links
        The studies should use the propagation models the group agreed at its last meeting.
        """;
    assertOutline(plain(text), "introduction|1||Introduction", "other|1||Sharing with fixed links");
  }

  @Test
  void theFirstTopicRightUnderDiscussionIsASection() {
    String text =
        """
        Introduction
        This contribution reports on the costs members face.
        Discussion
        Cost of transit
        Landlocked members pay several times more for international links than others.
        Exchange points
        Local exchange points keep domestic traffic within the region.
        """;
    assertOutline(
        plain(text),
        "introduction|1||Introduction",
        "discussion|1||Discussion",
        "other|1||Cost of transit",
        "other|1||Exchange points");
  }

  @Test
  void aLineAfterAParagraphOfSentencesHeadsASection() {
    String text =
        """
        EXAMPLE STANDARDIZATION SECTOR
        Question(s):\t4/9\tGeneva, 3-7 March 2031
        SOURCE:\tRuritania
        TITLE:\tFigures of the national survey of carriers
        This note gives the figures of the survey announced in the earlier note. The survey ran for three months of the year.
        Findings
        Carriers asked for an earlier exchange of the figures between the administrations concerned.
        Status: For information
        """;
    assertOutline(plain(text), "other|1||Findings");
  }
}
