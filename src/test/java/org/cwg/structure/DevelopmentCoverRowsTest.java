package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.cell;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.word;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ITU-D cover holds its Summary (or Abstract) and Action required as rows, in any of its
 * languages and whether the value sits in the next cell or under the label in one merged cell:
 * fields of the cover, not sections. ITU-T's French Abstract row ("Résumé:") still heads one.
 */
class DevelopmentCoverRowsTest {

  @Test
  void mergedSummaryAndActionRowsOfAPlainTextDevelopmentCoverAreFields() {
    String text =
        """
        INTERNATIONAL TELECOMMUNICATION UNION	TELECOMMUNICATION DEVELOPMENT SECTOR	Document 9/99-E
        SOURCE:	Testland
        TITLE:	A study of tests
        Summary:
        This contribution describes how tests were run in Testland in 2030.
        Action required:
        The meeting is invited to take note of this contribution.
        References:
        Resolution 1 (Rev. Testville, 2030); Document TDAG-30/1
        1	Introduction
        Tests were run.
        """;
    assertOutline(plain(text), "introduction|1|1|Introduction");
  }

  @Test
  void aMergedAbstractRowOfAPlainTextDevelopmentCoverIsAField() {
    String text =
        """
        ITU-D Study Group 9	Document SG9/99-E
        SOURCE:	Testland
        TITLE:	A study of tests
        Abstract:
        This contribution describes how tests were run in Testland in 2030 and what they found.
        Contact:	Mr Test Person, Ministry of Tests	E-mail: test.person@tests.example
        1	Introduction
        Tests were run.
        """;
    assertOutline(plain(text), "introduction|1|1|Introduction");
  }

  @Test
  void spanishRowsOfADevelopmentCoverInWordAreFields() {
    assertOutline(
        word(
            List.of(
                body("Sector de Desarrollo de las Telecomunicaciones"),
                cell("ORIGEN:"),
                cell("Testlandia"),
                cell("Resumen:"),
                cell("Testlandia presenta sus pruebas de 2030 y sus resultados en detalle."),
                cell("Acción solicitada:"),
                cell("Se invita a la reunión a tomar nota de la presente contribución."),
                heading("Introducción", 1),
                body("Se hicieron pruebas."))),
        "introduction|1||Introducción");
  }

  @Test
  void aRapporteurGroupNumberMakesTheCoverADevelopmentOneWhenItsMastheadNamesNoSector() {
    String text =
        """
        Comisiones de Estudio	Documento SG2RGQ/99-S
        ORIGEN:	Testlandia
        TÍTULO:	Pruebas en zonas rurales
        Resumen:
        Testlandia presenta sus pruebas de 2030 y sus resultados.
        Acción solicitada:
        Se invita a la reunión a tomar nota de la presente contribución.
        1	Introducción
        Se hicieron pruebas.
        """;
    assertOutline(plain(text), "introduction|1|1|Introducción");
  }

  @Test
  void aFrenchAbstractRowOfAStandardizationCoverStaysASection() {
    assertOutline(
        word(
            List.of(
                body("SECTEUR DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS"),
                cell("Source:"),
                cell("Testland"),
                cell("Résumé:"),
                cell(
                    "La présente contribution décrit les essais menés en 2030 et leurs résultats."),
                heading("Introduction", 1),
                body("Des essais ont eu lieu."))),
        "summary|1||Résumé",
        "introduction|1||Introduction");
  }
}
