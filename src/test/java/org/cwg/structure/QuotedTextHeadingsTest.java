package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/** An annex carrying the draft revision of another text quotes that text's own numbered lines. */
class QuotedTextHeadingsTest {

  @Test
  void aRevisedRecommendationsNumberedLinesAndAnnexTitleAreNotTheContributionsSections() {
    String text =
        """
        Telecommunication Standardization Sector
        Document 99/12-E
        1\tIntroduction
        Recommendation ITU-T Z.999 describes how garden sensors report the moisture of the soil.
        2\tProposal
        We propose to revise the Recommendation as shown in the Annex to this document.
        Annex – Draft revision of Recommendation ITU-T Z.999
        Annex 3
        Reporting formats
        1 Scope
        This annex defines the formats in which a garden sensor reports its readings each hour.
        2 Message format
        Each message carries the sensor's identifier, the time and the moisture in per cent.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "proposal|1|2|Proposal",
        "annex|1||Annex – Draft revision of Recommendation ITU-T Z.999");
  }

  @Test
  void aDraftPlanOrNewReportInAnAnnexKeepsItsNumberedHeadings() {
    String text =
        """
        Telecommunication Standardization Sector
        Document 99/13-E
        1\tIntroduction
        We propose the work plan and the new Report given in the annexes to this document.
        Annex 1 – Draft work plan for the garden sensors project
        1 Mission of the project
        The project gathers the reports of administrations on the sensors in their public gardens.
        Annex 2 – Draft new Report on garden sensors
        1 Scope
        This Report describes the sensors that measure the moisture of the soil in public gardens.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "annex|1|1|Annex 1 – Draft work plan for the garden sensors project",
        "other|1|1|Mission of the project",
        "annex|1|2|Annex 2 – Draft new Report on garden sensors",
        "scope|1|1|Scope");
  }
}
