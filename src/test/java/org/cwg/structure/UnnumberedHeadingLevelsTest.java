package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/** Where an unnumbered heading sits in a plain text's outline, which shows no heading style. */
class UnnumberedHeadingLevelsTest {

  @Test
  void inAReportAfterAThirdLevelClauseItIsTheLastPartOfTheClauseTheNextNumberCloses() {
    String text =
        """
        REPORT ON THE MEETING OF STUDY GROUP 99
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
  void elsewhereAfterAThirdLevelClauseItIsOneMorePartAtThatDepth() {
    String text =
        """
        PROPOSED REQUIREMENTS FOR TEST NETWORKS
        1\tScope
        This text tests outlines.
        2\tRequirements
        2.1\tFirst network
        2.1.1\tLatency
        Latency stays under ten milliseconds.
        2.1.2\tJitter
        Jitter stays under one millisecond.
        Effects observed
        Several links showed longer delays.
        2.2\tSecond network
        2.2.1\tLatency
        Latency stays under twenty milliseconds.
        Open points
        The figures for the second network are still provisional.
        3\tProposal
        Adopt the requirements.
        """;
    assertOutline(
        plain(text),
        "scope|1|1|Scope",
        "other|1|2|Requirements",
        "other|2|2.1|First network",
        "other|3|2.1.1|Latency",
        "other|3|2.1.2|Jitter",
        "other|3||Effects observed",
        "other|2|2.2|Second network",
        "other|3|2.2.1|Latency",
        "other|3||Open points",
        "proposal|1|3|Proposal");
  }

  @Test
  void inAReportThreeLevelsDeepItIsPartOfTheResultsClauseTheNextNumberCloses() {
    String text =
        """
        CHAIR'S REPORT ON THE MEETING OF WORKING PARTY 9Z
        1\tOpening of the meeting
        The Chair opened the meeting.
        2\tResults
        2.1\tFirst study
        2.1.1\tOutcome
        A draft new Report was agreed.
        2.2\tSecond study
        The study continues at the next meeting.
        Liaison statements
        Two liaison statements were sent.
        3\tNext meeting
        The next meeting is in May.
        """;
    assertOutline(
        plain(text),
        "other|1|1|Opening of the meeting",
        "other|1|2|Results",
        "other|2|2.1|First study",
        "outcome|3|2.1.1|Outcome",
        "other|2|2.2|Second study",
        "other|2||Liaison statements",
        "other|1|3|Next meeting");
  }

  @Test
  void aHeadingOfFewWordsCountsItsWordsNotItsArticles() {
    String text =
        """
        1\tIntroduction
        Le présent rapport fait le point sur les travaux.
        2\tProgrès accomplis
        2.1\tRessources humaines
        La proportion de femmes a augmenté de trois points en deux ans.
        Programme de travail à l'échelle de la région des Amériques
        Le programme couvre douze pays et sera évalué en fin d'année.
        2.2\tRéunions
        Quatre réunions ont eu lieu.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "other|1|2|Progrès accomplis",
        "other|2|2.1|Ressources humaines",
        "other|3||Programme de travail à l'échelle de la région des Amériques",
        "other|2|2.2|Réunions");
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

  @Test
  void whereTheBodyOpensWithAnUnnumberedHeadingALaterOneStaysBesideTheClauses() {
    String text =
        """
        Background
        Tests began in 2029.
        1\tMethod
        Forty libraries were asked.
        2\tResults
        Most answered.
        Conclusions
        Tests should go on.
        """;
    assertOutline(
        plain(text),
        "introduction|1||Background",
        "other|1|1|Method",
        "other|1|2|Results",
        "conclusion|1||Conclusions");
  }
}
