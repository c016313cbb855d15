package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** The words that open a cover's source line and number line, and where they stop. */
class CoverLeadWordsTest {

  @Test
  void delBeforeAMemberStateIsOneWordNotDeAndTheNamesFirstLetter() {
    Metadata m =
        CoverOfLines.read(
            "c.txt",
            "Consejo 2031\tDocumento C31/40-S",
            "Ginebra, 10-20 de junio de 2031\t2 de mayo de 2031",
            "\tOriginal: español",
            "Contribución del Reino de Tonga",
            "PROPUESTAS SOBRE EL PRESUPUESTO DE LA UNIÓN",
            "Tonga propone revisar el presupuesto.");
    assertEquals(1, m.sources().size());
    assertEquals(List.of("Tonga"), MemberStates.in(m.sources().get(0)));
    assertEquals("Tonga (Reino de)", m.sources().get(0));
  }

  @Test
  void anInformationDocumentNamesItsAuthorAfterBy() {
    Metadata m =
        CoverOfLines.read(
            "c.txt",
            "Council 2031\tDocument C31/INF/4-E",
            "Geneva, 10-20 June 2031\t2 May 2031",
            "\tEnglish only",
            "Information document by the Deputy Secretary-General",
            "STATUS OF THE NEW HEADQUARTERS BUILDING",
            "This document informs the Council of the works.");
    assertEquals(List.of("Deputy Secretary-General"), m.sources());
    assertEquals("STATUS OF THE NEW HEADQUARTERS BUILDING", m.title());
  }

  @Test
  void aDocumentNamedAtTheStartOfAWrappedBodyLineIsNotTheNumberLine() {
    MetadataDraft draft = new MetadataDraft();
    CoverBlock.read(
        List.of(
            "SOURCE: ITU-R Working Party 4B",
            "TITLE: Liaison statement on satellite broadband",
            "Working Party 4B informs Study Group 1 that its report is under revision (see the",
            "Document 4B/210).",
            "It invites comments before its next meeting."),
        -1,
        null,
        draft);
    assertNull(draft.get(MetadataDraft.NUMBER));

    draft = new MetadataDraft();
    CoverBlock.read(List.of("Document 4B/210-E", "3 March 2031"), -1, null, draft);
    assertEquals("4B/210", draft.get(MetadataDraft.NUMBER));
  }
}
