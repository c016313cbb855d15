package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which lines belong to a table of contents. */
class TableOfContentsTest {

  @Test
  void wordTocStylesAsTikaNamesThem() {
    assertTrue(TableOfContents.isTocStyle("toc_1"));
    assertTrue(TableOfContents.isTocStyle("tOC_2"));
    assertTrue(TableOfContents.isTocStyle("TOC Heading"));
    assertTrue(TableOfContents.isTocStyle("MsoToc1"));
    assertFalse(TableOfContents.isTocStyle("toa_heading"));
    assertFalse(TableOfContents.isTocStyle("h1"));
    assertFalse(TableOfContents.isTocStyle(null));
  }

  @Test
  void entriesEndWithAPageNumber() {
    assertTrue(TableOfContents.isEntry("1\tScope\t1"));
    assertTrue(TableOfContents.isEntry("2.1 Regional results ................ 3"));
    assertTrue(TableOfContents.isEntry("Annex A – Proposed text\t\t16"));
    assertTrue(TableOfContents.isEntry("Foreword\tiii"));
    assertTrue(TableOfContents.isEntry("Annex A . PAGEREF _Toc506577553 \\h 1"));
    assertTrue(TableOfContents.isEntry("TOC \\o \"1-2\" \\h \\z \\u 1. Introduction: . 1"));
    assertFalse(TableOfContents.isEntry("1\tScope"));
    assertFalse(TableOfContents.isEntry("Resolution 101 (Rev. Bucharest, 2022)"));
    assertFalse(TableOfContents.isEntry("The meeting was held on 3 February 2027"));
  }

  @Test
  void titlesInThreeLanguages() {
    assertTrue(TableOfContents.isTitle("Table of Contents"));
    assertTrue(TableOfContents.isTitle("CONTENTS"));
    assertTrue(TableOfContents.isTitle("Table des matières"));
    assertTrue(TableOfContents.isTitle("Índice"));
    assertTrue(TableOfContents.isTitle("Contents Page"));
    assertTrue(TableOfContents.isTitle("Índice Página"));
    assertFalse(TableOfContents.isTitle("Contents of the report"));
  }

  @Test
  void aTitledBlockEndsAtTheFirstLineThatIsNoEntry() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "Contents",
                "Page",
                "1\tIntroduction\t1",
                "2\tProposal\t2",
                "1\tIntroduction",
                "Text.",
                "2\tProposal",
                "Text."));
    assertArrayEquals(new boolean[] {true, true, true, true, false, false, false, false}, toc);
  }

  @Test
  void entriesSplitFromTheirFieldCodesStayInTheTable() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "Table of Contents",
                "Page",
                "TOC \\o \"1-2\" \\h \\z \\u",
                "1. Introduction:",
                "PAGEREF _Toc771448097 \\h",
                "1",
                "Annex A",
                "PAGEREF _Toc506577553 \\h",
                "1",
                "1. Introduction:",
                "Text."));
    assertArrayEquals(
        new boolean[] {true, true, true, true, true, true, true, true, true, false, false}, toc);
  }

  @Test
  void headingsListedTwiceWithoutPageNumbersKeepTheirSecondCopy() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "1 Introduction", "2 Proposal", "1 Introduction", "Text.", "2 Proposal", "Text."));
    assertArrayEquals(new boolean[] {true, true, false, false, false, false}, toc);
  }

  @Test
  void repeatedLabelsAreNoTableOfContents() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of("Summary", "Discussions", "Text.", "Summary", "Discussions", "Text."));
    assertArrayEquals(new boolean[6], toc);
  }

  @Test
  void pdfEntriesEndInAPageAfterASingleSpaceUnderATitleWithItsPageColumn() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "Contents Page",
                "1 Welcome 1",
                "2 Budget for 2031 2",
                "Appendix 1 – Travel figures 5",
                "1   Welcome",
                "Text.",
                "2   Budget for 2031",
                "Table 4 gives 12"));
    assertArrayEquals(new boolean[] {true, true, true, true, false, false, false, false}, toc);
  }

  @Test
  void untitledPdfEntriesWhoseHeadingsComeBackInTheBody() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "1 Welcome 1",
                "2 Budget for 2031 3",
                "1   Welcome",
                "Text.",
                "2   Budget for 2031",
                "Text."));
    assertArrayEquals(new boolean[] {true, true, false, false, false, false}, toc);
  }

  @Test
  void pagesThatGoDownAreNoTableOfContents() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "1 Welcome 4", "2 Budget for 2031 3", "1 Welcome", "Text.", "2 Budget for 2031"));
    assertArrayEquals(new boolean[5], toc);
  }

  @Test
  void aTableOfSubjectsWithItsDocumentsIsNoHeadingButTheBodysCopiesAre() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "Subjects discussed\tDocuments",
                "1 Opening of the session\tC30/4",
                "2 Budget for 2031\tC30/6, C30/DT/2",
                "1\tOpening of the session (Document C30/4)",
                "1.1 The Chair opened the session.",
                "2\tBudget for 2031 (Documents C30/6 and C30/DT/2)",
                "2.1 The Council approved the budget."));
    assertArrayEquals(new boolean[] {false, true, true, false, false, false, false}, toc);
  }

  @Test
  void numberedLinesEndingInADocumentThatNoLaterLineRepeatsAreNoTableOfSubjects() {
    boolean[] toc =
        TableOfContents.mark(
            PlainLines.of(
                "1 The Council noted C30/4",
                "2 The Council approved C30/6",
                "1 The Council noted the report.",
                "2 The Council approved the budget."));
    assertArrayEquals(new boolean[4], toc);
  }
}
