package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * What a cover's value is and is not: a contact's field labels in ITU's languages are no part of
 * its values, an addendum's part line is its title's, and a labelled value that wrapped after a
 * comma is no date of the cover's own.
 */
class CoverValueLabelsTest {

  @Test
  void russianContactLabelsAreNoPartOfTheValues() {
    Metadata m =
        CoverOfLines.read(
            "contribution.txt",
            "Document 1/77-R",
            "ИСТОЧНИК:\tРуритания",
            "НАЗВАНИЕ:\tСельские сети",
            "Для контактов:\tФамилия/имя: Пётр Иванович Смирнов",
            "\tОрганизация: АО Руртелеком",
            "\tЭл. почта: p.smirnov@rurtel.example");
    assertEquals(
        List.of(new Contact("Пётр Иванович Смирнов", "АО Руртелеком", "p.smirnov@rurtel.example")),
        m.contacts());
  }

  @Test
  void anAddendumsPartLineInRunningCaseIsTheTitles() {
    Metadata m =
        CoverOfLines.read(
            "contribution.txt",
            "World Telecommunication Standardization Assembly (WTSA-28)",
            "PLENARY MEETING\tAddendum 2 to",
            "\tDocument 41-E",
            "\t3 May 2028",
            "\tOriginal: English",
            "Ruritania",
            "PROPOSALS FOR THE WORK OF THE ASSEMBLY",
            "Part 2 – Resolution 64 and a new Resolution on open data",
            "Introduction",
            "Ruritania proposes to update Resolution 64 and to add a new Resolution.");
    assertEquals(
        "PROPOSALS FOR THE WORK OF THE ASSEMBLY Part 2 – Resolution 64 and a new Resolution on"
            + " open data",
        m.title());
  }

  @Test
  void aValueWrappedAfterItsCommaIsNoDate() {
    Metadata m =
        CoverOfLines.read(
            "T01-SG9-040301-TD-PLEN-0012!!MSW-E.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSTUDY GROUP 9",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\tTD 12 (PLEN/9)",
            "STUDY PERIOD 2001-2004\tOriginal: English",
            "Question(s):\t4/9\tGeneva, 1-5 March 2004",
            "TEMPORARY DOCUMENT",
            "Source:\tSCTE",
            "Title:\tLiaison statement on cable modems",
            "Approval:\tAgreed at the 12th meeting, Lisbon,",
            "January 2004",
            "For:\tInformation",
            "Contact:\tAnna Berg\tE-mail: anna.berg@scte.example");
    assertNull(m.date());
  }
}
