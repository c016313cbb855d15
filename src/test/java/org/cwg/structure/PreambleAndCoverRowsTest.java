package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.boldBody;
import static org.cwg.structure.Outlines.cell;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.styled;
import static org.cwg.structure.Outlines.word;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a preamble word or a cover row heads a section and where it is a paragraph or a field: Word
 * says whether a draft's preamble is set as headings, and a cover's "Summary:" row holds a field
 * where the ITU-T "Abstract:" row heads a section.
 */
class PreambleAndCoverRowsTest {

  @Test
  void preambleWordsInRunningTextOfAWordDraftAreParagraphs() {
    assertOutline(
        word(
            List.of(
                heading("Background", 1),
                body("The committee met twice on the test schedule."),
                heading("Draft decision", 1),
                body("The Council,"),
                body("considering"),
                body("a) that tests run at night;"),
                body("decides"),
                body("to run them by day,"),
                body("instructs the Secretary-General"),
                body("to report on the tests."))),
        "introduction|1||Background",
        "other|1||Draft decision");
  }

  @Test
  void preambleWordsSetApartInWordStaySections() {
    assertOutline(
        word(
            List.of(
                body("The Test Assembly (Testville, 2031),"),
                styled("considering", "call"),
                body("a) that tests run at night,"),
                body("resolves"),
                body("that they run by day."))),
        "other|1||considering",
        "other|1||resolves");
  }

  @Test
  void preambleWordsOfAResolutionAProposalModifiesAreParagraphsInPlainText() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Introduction",
                "",
                "Testland proposes to modify Resolution 999 as follows.",
                "",
                "MOD\tTST/12/1",
                "RESOLUTION 999 (REV. TESTVILLE, 2031)",
                "Tests of the Union",
                "The Plenipotentiary Conference (Testville, 2035),",
                "considering",
                "a) that tests run at night;",
                "resolves",
                "that they run by day.",
                "Reasons: Tests are better seen by day.")),
        "introduction|1||Introduction");
  }

  @Test
  void aPreambleWordAloneInADraftThatRunsItsPreambleInIsAParagraph() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Draft decision",
                "The Council,",
                "noting the offer of Testland to host the tests,",
                "decides",
                "1 that the tests run in Testville;",
                "instructs the Secretary-General",
                "to report on the tests.")),
        "other|1||Draft decision");
  }

  @Test
  void aBoldPreambleWordAloneInAWordDraftThatRunsItsPreambleInIsAParagraph() {
    assertOutline(
        word(
            List.of(
                heading("Draft decision", 1),
                body("The Council,"),
                body("considering the tests run at night,"),
                boldBody("decides"),
                body("1 that they run by day;"),
                boldBody("instructs the Secretary-General"),
                body("to report on the tests."))),
        "other|1||Draft decision");
  }

  @Test
  void preambleWordsOfAPublishedTextHeadSectionsInPlainText() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "The Test Assembly (Testville, 2031),",
                "considering",
                "a) that tests run at night,",
                "resolves",
                "that they run by day.")),
        "other|1||considering",
        "other|1||resolves");
  }

  @Test
  void preambleWordsOfADraftAnAnnexCarriesAreParagraphsInPlainText() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "1\tIntroduction",
                "Testland proposes a revision of Recommendation ITU-T Z.999.",
                "2\tProposal",
                "The meeting is invited to agree the text in the Annex.",
                "Annex – Draft revision of Recommendation ITU-T Z.999",
                "The World Test Assembly,",
                "considering",
                "a) that tests run at night,",
                "recommends",
                "1 that they run by day.")),
        "introduction|1|1|Introduction",
        "proposal|1|2|Proposal",
        "annex|1||Annex – Draft revision of Recommendation ITU-T Z.999");
  }

  @Test
  void anEnglishSummaryRowOfACoverIsAFieldButAnAbstractRowASection() {
    assertOutline(
        word(
            List.of(
                cell("SOURCE:"),
                cell("Testland"),
                cell("TITLE:"),
                cell("A study of tests"),
                cell("Summary:"),
                cell("This contribution describes how tests were run in Testland in 2030."),
                cell("Action required:"),
                cell("The group is invited to take note of this contribution and its annex."),
                heading("1\tIntroduction", 1),
                body("Tests were run."))),
        "introduction|1|1|Introduction");
    assertOutline(
        word(
            List.of(
                cell("Title:"),
                cell("A study of tests"),
                cell("Abstract:"),
                cell("This contribution describes how tests were run in Testland in 2030."),
                heading("1\tIntroduction", 1),
                body("Tests were run."))),
        "abstract|1||Abstract",
        "introduction|1|1|Introduction");
  }

  @Test
  void anEnglishSummaryRunInOnAPlainTextCoverIsAField() {
    String text =
        """
        SOURCE:\tTestland
        TITLE:\tA STUDY OF TESTS
        Summary:\tThis contribution describes how tests were run in Testland in 2030.
        1\tIntroduction
        Tests were run.
        """;
    assertOutline(plain(text), "introduction|1|1|Introduction");
  }
}
