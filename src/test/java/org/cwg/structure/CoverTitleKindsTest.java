package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the cover's title lines say the document is. */
class CoverTitleKindsTest {

  @Test
  void aCoverLineTitlingAnAgendaMakesAnAgenda() {
    assertTrue(
        CoverTitleKinds.isAgenda(
            PlainLines.of("Document 7/12-E", "Draft agenda for the third meeting", "1 Opening"),
            false));
  }

  @Test
  void aSentenceWrappedOntoALineThatStartsWithAgendaIsNoTitle() {
    assertFalse(
        CoverTitleKinds.isAgenda(
            PlainLines.of(
                "1   Purpose",
                "The members support the goals of the 2040",
                "Agenda for Resilient Networks.",
                "2   Proposal"),
            false));
  }

  @Test
  void aPdfTitleWrappedOntoALineThatStartsWithAgendaIsNoAgenda() {
    assertFalse(
        CoverTitleKinds.isAgenda(
            PlainLines.of(
                "Note by the secretariat",
                "PROGRESS OF THE MEMBERSHIP IN THE FOLLOW-UP OF THE 2040 ",
                "AGENDA FOR RESILIENT NETWORKS: REVIEW 2031",
                "1   Background"),
            true));
  }

  @Test
  void aPdfAgendaTitleUnderAHardBrokenLineIsAnAgenda() {
    assertTrue(
        CoverTitleKinds.isAgenda(
            PlainLines.of(
                "Expert Group on Numbering – Fifth meeting, Geneva, 3 May 2031",
                "DRAFT AGENDA",
                "1   Opening of the meeting"),
            true));
  }
}
