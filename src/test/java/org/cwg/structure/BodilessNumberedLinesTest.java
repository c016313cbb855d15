package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.cwg.parse.Block;
import org.cwg.structure.HeadingScore.Feature;
import org.junit.jupiter.api.Test;

/**
 * Numbered lines in a row with no body are a list, not headings; an annex heading that carries its
 * title is followed by its first section; a heading may end in an abbreviation's full stop; a dash
 * PDF could not map is still a dash.
 */
class BodilessNumberedLinesTest {

  @Test
  void numberedSiblingsInARowWithNoBodyAreAListUnderTheAnnex() {
    String text =
        """
        Radiocommunication Study Groups
        Document 9/14-E
        1\tIntroduction
        The group reviewed the outline of the handbook on garden sensors.
        2\tNext steps
        The group will meet again in spring to complete the chapters.
        Annex – Outline of the handbook on garden sensors
        Chapter\tTitle
        1\tSoil moisture and its measurement
        2\tSensors for lawns and beds
        3\tWatering schedules
        4\tField trials in parks
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "actions|1|2|Next steps",
        "annex|1||Annex – Outline of the handbook on garden sensors");
  }

  @Test
  void aDraftsOutlineTypedAsNumberedLinesIsNoSectionOfTheContribution() {
    String text =
        """
        Telecommunication Standardization Sector
        Document 7/21-E
        1 Introduction
        This contribution proposes a new Recommendation on garden sensors.
        2 Proposal
        The group is invited to start the work with the structure given in Annex A.
        Annex A – Structure of the new Recommendation
        1 Scope
        2 References
        3 Definitions
        4 Requirements for garden sensors
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "proposal|1|2|Proposal",
        "annex|1|A|Annex A – Structure of the new Recommendation");
  }

  @Test
  void aTablesColumnOfClausesThatSkipsSomeIsNoSectionOfTheContribution() {
    // PDF text runs a table's cells together on one line: "Clause Content", "1 Scope".
    assertOutline(
        pdf(
            Stream.of(
                    "Telecommunication Standardization Sector",
                    "Document 7/22-E",
                    "1   Introduction",
                    "This contribution proposes text for some clauses of the draft on garden sensors.",
                    "2   Proposal",
                    "The group is invited to take the clauses listed in Annex A as a baseline.",
                    "Annex A – Initial text for the draft",
                    "Clause Content",
                    "1 Scope",
                    "2 References",
                    "6 Sensor classes",
                    "7 Calibration in the field")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Introduction",
        "proposal|1|2|Proposal",
        "annex|1|A|Annex A – Initial text for the draft");
  }

  @Test
  void subHeadingsSetOutWithNoBodyYetStayHeadingsWhereTheOutlineResumes() {
    String text =
        """
        Telecommunication Standardization Sector
        Document 7/22-E
        1\tIntroduction
        This contribution proposes a structure for the report on garden sensors.
        2\tProposed structure
        2.1\tSoil moisture
        2.2\tWatering schedules
        2.3\tField trials
        3\tConclusion
        The group is invited to agree the structure.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "other|1|2|Proposed structure",
        "other|2|2.1|Soil moisture",
        "other|2|2.2|Watering schedules",
        "other|2|2.3|Field trials",
        "conclusion|1|3|Conclusion");
  }

  @Test
  void anAnnexHeadingWithItsTitleIsFollowedByItsFirstSection() {
    String text =
        """
        Council 2030
        Document C30/12-E
        The Secretary-General transmits in the Annex the decisions on garden sensors.
        Annex – Decisions on garden sensors
        Sensors in public parks
        The Council decided that parks keep their sensors until the end of the trial period.
        Sensors in schools
        Schools may install sensors in their gardens after consulting the municipality.
        """;
    assertOutline(
        plain(text),
        "annex|1||Annex – Decisions on garden sensors",
        "other|1||Sensors in public parks",
        "other|1||Sensors in schools");
  }

  @Test
  void aHeadingMayEndInAnAbbreviationsFullStop() {
    var features =
        HeadingScore.features(
            "Aggregate e.i.r.p.",
            Block.plain("x"),
            true,
            true,
            true,
            "The aggregate is the sum of the contributions of all systems.");
    assertTrue(HeadingScore.isHeading(features), features.toString());
    assertTrue(
        HeadingScore.features("The limits were met.", Block.plain("x"), true, true, true, null)
            .contains(Feature.SENTENCE_END));
  }

  @Test
  void aDashPdfCouldNotMapIsADash() {
    assertEquals("Annex B – Terms", TextCleaner.foldHyphens("Annex B \ufffd Terms"));
  }
}
