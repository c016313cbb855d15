package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Where a cover's contact block ends: a block set out in its label's row is whole there, and an
 * office's group that PDF text wrapped goes on to the block's address.
 */
class ContactLinesTest {

  @Test
  void aNoteUnderAContactSetOutInItsRowIsNoPartOfIt() {
    Metadata m =
        CoverOfLines.read(
            "contribution.txt",
            "Telecommunication Development Advisory Group (TDAG)\tDocument TDAG-40/9-E",
            "SOURCE:\tRuritania",
            "TITLE:\tProposals on regional meetings",
            "Contact:\tMs Ana Lind, Ministry of Tests\tE-mail: ana.lind@tests.example",
            "Note: This version corrects the dates given in Annex 2.",
            "1\tBackground",
            "Regional meetings were held in all regions of the world in the last study period.");
    assertEquals(
        List.of(new Contact("Ana Lind", "Ministry of Tests", "ana.lind@tests.example")),
        m.contacts());
  }

  @Test
  void aRowOfTheSameBlockUnderItsRowStillGoesOn() {
    Metadata m =
        CoverOfLines.read(
            "contribution.txt",
            "Telecommunication Development Advisory Group (TDAG)\tDocument TDAG-40/9-E",
            "SOURCE:\tRuritania",
            "TITLE:\tProposals on regional meetings",
            "Contact:\tMs Ana Lind\tE-mail: ana.lind@tests.example",
            "\tMr Olaf Berg\tE-mail: olaf.berg@tests.example",
            "1\tBackground",
            "Regional meetings were held in all regions of the world in the last study period.");
    assertEquals(2, m.contacts().size());
  }

  @Test
  void anOfficesGroupWrappedInAPdfColumnGoesOnToTheAddress() {
    Metadata m =
        CoverOfLines.read(
            "contribution.pdf",
            "TELECOMMUNICATION DEVELOPMENT BUREAU",
            "Document TDAG-40/3-E",
            "SOURCE: Chairman, ITU-D Study Group 2",
            "TITLE: Report on the activities of the study group",
            "Contact: Ms Ana Lind, Vice-Chairman, ITU-D",
            "Study Group 2",
            "E-mail:",
            "ana.lind@tests.example",
            "1 Summary");
    // The office is held in a group of the Union: it names no employer.
    assertEquals(List.of(new Contact("Ana Lind", null, "ana.lind@tests.example")), m.contacts());
  }

  @Test
  void anOfficesGroupCutBeforeItsNumberInAPdfColumnStaysOneOffice() {
    Metadata m =
        CoverOfLines.read(
            "contribution.pdf",
            "TELECOMMUNICATION DEVELOPMENT BUREAU",
            "Document SG1RGQ/40-E",
            "SOURCE: ITU-T Study Group 9",
            "TITLE: Liaison statement on cable networks",
            "Contact: Mr Karl Moen, Chairman, ITU-T Study Group",
            "9",
            "E-mail: karl.moen@tests.example",
            "1 Summary");
    // "ITU-T Study Group" / "9" is one group's name: the office names no employer.
    assertEquals(List.of(new Contact("Karl Moen", null, "karl.moen@tests.example")), m.contacts());
  }
}
