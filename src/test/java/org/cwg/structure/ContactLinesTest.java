package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** Contact blocks whose lines hold more or less than one part each. */
class ContactLinesTest {

  @Test
  void aRunInContactThatWrappedAfterACommaIsOneLine() {
    Metadata metadata =
        CoverOfLines.read(
            "T25-SG9-C-0012.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "STUDY GROUP 9",
            "Contribution 12",
            "SOURCE*: ACME Cable Ltd",
            "TITLE: Proposed corrections to draft Recommendation J.999",
            "* Contact: Anna Berg, ACME Cable Ltd,",
            "Sweden, Tel: +46 8 555 0100, E-mail:",
            "anna.berg@example.se");
    assertEquals(
        List.of(new Contact("Anna Berg", "ACME Cable Ltd", "anna.berg@example.se")),
        metadata.contacts());
  }

  @Test
  void anOfficeHeldTowardABodyIsNoPartOfTheOrganizationUnderIt() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-LS12",
            "Source:\tISO/IEC JTC 1/SC 99",
            "Title:\tLS on cable modems",
            "Contact:\tAnna Berg",
            "SC 99 Liaison Officer to ITU-T SG9",
            "Nordic Cable Networks AB",
            "Sweden\tE-mail: anna.berg@example.se");
    assertEquals(
        List.of(new Contact("Anna Berg", "Nordic Cable Networks AB", "anna.berg@example.se")),
        metadata.contacts());
  }
}
