package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cells of a cover that can never be its title or its source. */
class CoverCellsTest {

  @Test
  void anItuRSubjectCellIsNeitherTitleNorSource() {
    assertTrue(CoverCells.neverTitleOrSource("Subject: Question ITU-R 203/3"));
    assertTrue(CoverCells.neverTitleOrSource("Objet: Question UIT-R 208-1/1"));
    assertTrue(CoverCells.neverTitleOrSource("Предмет: Вопрос МСЭ-R 232/1"));
    assertFalse(CoverCells.neverTitleOrSource("Portugal"));
    assertFalse(CoverCells.neverTitleOrSource("SUBJECTIVE QUALITY OF IMMERSIVE AUDIO"));
  }

  @Test
  void mastheadsInOtherLanguagesAndOlderFormsAreNeitherTitleNorSource() {
    assertTrue(CoverCells.neverTitleOrSource("ASSEMBLÉE DES RADIOCOMMUNICATIONS"));
    assertTrue(CoverCells.neverTitleOrSource("CONFERENCIA DE PLENIPOTENCIARIOS (PP-98)"));
    assertTrue(CoverCells.neverTitleOrSource("GENEVA — SESSION 1999"));
    assertTrue(
        CoverCells.neverTitleOrSource(
            "CONFÉRENCE MONDIALE DE DÉVELOPPEMENT DES TÉLÉCOMMUNICATIONS (CMDT-30)"));
    assertTrue(CoverCells.neverTitleOrSource("МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ"));
    assertTrue(CoverCells.neverTitleOrSource("ITU-D STUDY GROUPS"));
    assertTrue(
        CoverCells.neverTitleOrSource(
            "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE 2030 (WTDC-30)"));
    // A title's row naming a conference and its year is still the title.
    assertFalse(CoverCells.neverTitleOrSource("WORLD RADIOCOMMUNICATION CONFERENCE 2031"));
    assertFalse(CoverCells.neverTitleOrSource("PROPOSITION DE RÉVISION DE LA RÉSOLUTION 9"));
  }

  @Test
  void documentNumbersOfEveryFamilyStandAlone() {
    assertTrue(CoverCells.standsAlone("Document 3/25-E"));
    assertFalse(CoverCells.standsAlone("3/25 of the votes"));
    // A contents entry under the cover ends the title's value.
    assertTrue(CoverCells.standsAlone("1 Opening ......................... 1"));
  }
}
