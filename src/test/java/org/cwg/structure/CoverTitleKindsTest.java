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
            PlainLines.of("Document 7/12-E", "Draft agenda for the third meeting", "1 Opening")));
  }

  @Test
  void aSentenceWrappedOntoALineThatStartsWithAgendaIsNoTitle() {
    assertFalse(
        CoverTitleKinds.isAgenda(
            PlainLines.of(
                "1   Purpose",
                "The members support the goals of the 2040",
                "Agenda for Resilient Networks.",
                "2   Proposal")));
  }
}
