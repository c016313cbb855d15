package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/** Where an unnumbered heading sits in a plain text's outline, which shows no heading style. */
class UnnumberedHeadingLevelsTest {

  @Test
  void afterAThirdLevelClauseItIsTheLastPartOfTheClauseTheNextNumberCloses() {
    String text =
        """
        1\tScope
        This text tests outlines.
        2\tFindings
        2.1\tFirst survey
        2.1.1\tMethod
        The survey asked forty libraries.
        2.1.2\tAnswers
        Most libraries answered within a week.
        Caveats found
        Several answers were incomplete.
        2.2\tSecond survey
        2.2.1\tMethod
        The survey asked twelve archives.
        2.2.2\tAnswers
        All archives answered.
        Documents received
        The answers are in the appendix.
        3\tProposal
        Repeat the surveys every year.
        """;
    assertOutline(
        plain(text),
        "scope|1|1|Scope",
        "other|1|2|Findings",
        "other|2|2.1|First survey",
        "other|3|2.1.1|Method",
        "other|3|2.1.2|Answers",
        "other|3||Caveats found",
        "other|2|2.2|Second survey",
        "other|3|2.2.1|Method",
        "other|3|2.2.2|Answers",
        "other|2||Documents received",
        "proposal|1|3|Proposal");
  }

  @Test
  void afterASecondLevelClauseItIsStillTheClausesChild() {
    String text =
        """
        1\tFindings
        1.1\tFirst survey
        The survey asked forty libraries.
        Caveats found
        Several answers were incomplete.
        2\tProposal
        Repeat the survey every year.
        """;
    assertOutline(
        plain(text),
        "other|1|1|Findings",
        "other|2|1.1|First survey",
        "other|3||Caveats found",
        "proposal|1|2|Proposal");
  }

  @Test
  void aHeadingRightUnderANumberedClauseLineStandsApart() {
    String text =
        """
        1\tScope
        This text tests outlines.
        2\tCases
        Village network
        Ten villages share one fibre link to the nearest town.
        Harbour network
        Cranes report their position over a private radio network.
        3\tAbbreviations
        LAN Local area network
        WAN Wide area network that links the sites of one organization.
        """;
    assertOutline(
        plain(text),
        "scope|1|1|Scope",
        "other|1|2|Cases",
        "other|2||Village network",
        "other|2||Harbour network",
        "abbreviations|1|3|Abbreviations");
  }
}
