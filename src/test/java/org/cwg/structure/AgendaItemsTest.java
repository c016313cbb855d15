package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An agenda named in a cover's Title cell: its numbered items are neither sections nor title. */
class AgendaItemsTest {

  private static final String LABELLED_AGENDA =
      """
      Study Group 9 on Testing
      First meeting: Lisbon, 3-7 May 2027\tDocument SG9/1-E
      SOURCE:\tChair, Study Group 9
      TITLE:\tDraft agenda
      1 Opening of the meeting
      2 Adoption of the agenda (Document SG9/1)
      3 Reports of the rapporteurs
      4 Any other business
      """;

  @Test
  void itemsUnderALabelledAgendaTitleAreNoSections() {
    assertOutline(plain(LABELLED_AGENDA));
  }

  @Test
  void itemsUnderATitleNamingTheAgendasMeetingAreNoSections() {
    String text =
        """
        Study Group 9 on Testing\tTD 12 (GEN/9)
        Source:\tChair, Study Group 9
        Title:\tDraft agenda of the Study Group 9 meeting (Lisbon, 3-7 May 2027)
        1 Opening of the meeting
        2 Adoption of the agenda
        3 Reports of the working parties
        4 Any other business
        """;
    assertOutline(plain(text));
  }

  @Test
  void theCoverOfAnAgendaEndsAtItsFirstItem() {
    String title =
        new StructureExtractor(Manifest.none())
            .extract(plain(LABELLED_AGENDA), Path.of("agenda.txt"))
            .metadata()
            .title();
    assertEquals("Draft agenda", title);
  }
}
