package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** Contact blocks whose lines hold more or less than one part each. */
class ContactLinesTest {

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
