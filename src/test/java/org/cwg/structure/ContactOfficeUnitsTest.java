package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** A contact line's office, its rank and the unit it is held in are no part of the employer. */
class ContactOfficeUnitsTest {

  @Test
  void aRankedOfficeAndItsUnitComeBeforeTheOrganization() {
    Metadata m =
        CoverOfLines.read(
            "OPCWGINT-14-5.txt",
            "Council Working Group on International Internet-related Public Policy Issues",
            "Open consultation\tDocument OPCWGINT-14/5",
            "Response from the Acme Operators Alliance",
            "RESPONSE TO THE OPEN CONSULTATION ON CONNECTIVITY",
            "Contact: Mr John Roe, Deputy Director, Regulatory Affairs, Acme Operators Alliance,"
                + " jroe@acme.example");
    assertEquals(
        List.of(new Contact("John Roe", "Acme Operators Alliance", "jroe@acme.example")),
        m.contacts());
  }

  @Test
  void anOfficeInAFocusGroupNamesNoOrganization() {
    Metadata m =
        CoverOfLines.read(
            "T22-SG20-220901-TD-GEN-0077!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\t\tSG20-TD77/GEN",
            "\t\tSTUDY GROUP 20",
            "TD",
            "Source:\tITU-T Focus Group on Smart Grids (FG-SG)",
            "Title:\tLS/i on the results of FG-SG",
            "LIAISON STATEMENT",
            "For action to:\tITU-T Study Group 20",
            "Contact:\tJane Doe",
            "\tChair, ITU-T FG-SG\tE-mail: fg-sg@example.org",
            "FG-SG informs SG20 that it has completed its work and thanks the study group for its"
                + " support during the whole life of the focus group.");
    assertEquals(List.of(new Contact("Jane Doe", null, "fg-sg@example.org")), m.contacts());
    assertEquals(List.of("ITU-T Focus Group on Smart Grids (FG-SG)"), m.sources());
  }

  @Test
  void theBodysFirstSentenceLeadingToAListIsNoOrganization() {
    Metadata m =
        CoverOfLines.read(
            "T22-SG20-220901-TD-GEN-0078!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\t\tSG20-TD78/GEN",
            "\t\tSTUDY GROUP 20",
            "TD",
            "Source:\tITU-T Focus Group on Smart Grids (FG-SG)",
            "Title:\tLS/i on the deliverables of FG-SG",
            "LIAISON STATEMENT",
            "For action to:\tITU-T Study Group 20",
            "Contact:\tJane Doe",
            "Chair, FG-SG\tTel: +41 22 000 0000",
            "E-mail: fg-sg@example.org",
            "The focus group informs Study Group 20 that it has approved three deliverables, two"
                + " of which deal with metering:",
            "FG-SG-O-12, Smart metering use cases;");
    assertEquals(List.of(new Contact("Jane Doe", null, "fg-sg@example.org")), m.contacts());
  }
}
