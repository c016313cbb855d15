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
}
