package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Where a cover value that PDF text wrapped ends: on the number its last word takes, on the words
 * of its own that a masthead also has, before the body's first line, and at a source's name cut by
 * a column that a closing contact line does not widen.
 */
class PdfCoverValueEndsTest {

  private static final String[] TDAG_MASTHEAD = {
    "Telecommunication Development ",
    "Advisory Group (TDAG)",
    "Document TDAG-31/4-E",
    "41st Meeting, Geneva, 2-4 April 2031",
    "12 March 2031",
    "Original: English",
    "AGENDA ITEM: 3"
  };

  private static Metadata tdag(String... lines) {
    String[] all = new String[TDAG_MASTHEAD.length + lines.length];
    System.arraycopy(TDAG_MASTHEAD, 0, all, 0, TDAG_MASTHEAD.length);
    System.arraycopy(lines, 0, all, TDAG_MASTHEAD.length, lines.length);
    return CoverOfLines.read("document.pdf", all);
  }

  @Test
  void aNumberAfterAWrappedWorkingPartyInBracketsIsNoAgendaItem() {
    assertFalse(
        CoverTitleLines.isNumberedItem(
            PlainLines.of(
                "Title: Draft agenda of the meeting of Working Party ", "3 (Rome, 4-8 May 2031)"),
            1));
    assertTrue(
        CoverTitleLines.isNumberedItem(
            PlainLines.of(
                "Draft agenda of the meeting of Working Party", "3 Approval of the agenda"),
            1));
  }

  @Test
  void aTitleWrappedBeforeLowerCaseMastheadWordsGoesOnWithThem() {
    Metadata m =
        tdag(
            "SOURCE: Ruritania (Republic of)",
            "TITLE: Coordination of the regional initiatives in the ",
            "Americas region for the 2031-2034 ",
            "study period",
            "Summary:",
            "The contribution proposes ways to coordinate regional initiatives.");
    assertEquals(
        "Coordination of the regional initiatives in the Americas region for the 2031-2034 study"
            + " period",
        m.title());
  }

  @Test
  void aOneLineTitleEndsBeforeTheLongerFirstLineOfTheBody() {
    Metadata m =
        tdag(
            "SOURCE: ITU-R Working Party 5D",
            "TITLE: Liaison statement on rural broadband access",
            "Working Party 5D thanks the Telecommunication Development Advisory Group for its liaison statement on ",
            "the needs of rural areas.");
    assertEquals("Liaison statement on rural broadband access", m.title());
  }

  @Test
  void aClosingContactLineDoesNotWidenTheCoversColumn() {
    Metadata m =
        tdag(
            "SOURCE: ITU-R Radiocommunication Bureau Regional ",
            "Support Office",
            "TITLE: Liaison statement on spectrum monitoring in ",
            "small island developing States",
            "The Bureau informs TDAG of the regional workshops that it held in 2030 on the monitoring of the radio ",
            "spectrum, and invites TDAG to share its experience.",
            "Contact: Ms Jane Example, Head of Office, E-mail: jane.example@example.org");
    assertEquals(List.of("ITU-R Radiocommunication Bureau Regional Support Office"), m.sources());
  }
}
