package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
