package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/** What the cover's title lines say the document is. */
class CoverTitleKindsTest {

  @Test
  void aCoverLineTitlingAnAgendaMakesAnAgenda() {
    assertTrue(
        CoverTitleKinds.isAgenda(
            lines("Document 7/12-E", "Draft agenda for the third meeting", "1 Opening")));
  }

  @Test
  void aSentenceWrappedOntoALineThatStartsWithAgendaIsNoTitle() {
    assertFalse(
        CoverTitleKinds.isAgenda(
            lines(
                "1   Purpose",
                "The members support the goals of the 2040",
                "Agenda for Resilient Networks.",
                "2   Proposal")));
  }

  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    int offset = 0;
    for (String text : texts) {
      lines.add(new Line(text, Block.plain(text), offset));
      offset += text.length() + 1;
    }
    return lines;
  }
}
