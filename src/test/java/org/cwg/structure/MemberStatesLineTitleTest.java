package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * A conference's cover names who proposes on a line of Member States alone and the title on the
 * line under it, whether set in capitals or in running case.
 */
class MemberStatesLineTitleTest {

  @Test
  void theLineUnderTheMemberStatesIsTheTitleInRunningCase() {
    Metadata m =
        CoverOfLines.read(
            "document.txt",
            "Conférence mondiale d'essai (CME-30)",
            "Lisbonne, Portugal, 1-10 juin 2030",
            "SÉANCE PLÉNIÈRE\t\tAddendum 3 au",
            "Document 17-F",
            "3 mai 2030",
            "Original: français",
            "Belgique, Luxembourg",
            "Révision de la Résolution 12 sur les essais de réseaux",
            "Point 2.4 de l'ordre du jour");
    assertEquals("Révision de la Résolution 12 sur les essais de réseaux", m.title());
  }

  @Test
  void aSentenceUnderTheMemberStatesIsTheBodys() {
    Metadata m =
        CoverOfLines.read(
            "document.txt",
            "World Testing Conference (WTC-30)",
            "Lisbon, Portugal, 1-10 June 2030",
            "PLENARY MEETING\t\tDocument 17-E",
            "3 May 2030",
            "Original: English",
            "Portugal",
            "Portugal proposes to keep Resolution 12 as it stands.");
    assertNull(m.title());
  }
}
