package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.junit.jupiter.api.Test;

/**
 * A contact block runs name, organization, the city and country where it sits, then Tel and E-mail:
 * the place line is an address, no part of the organization, and the organization may wrap over
 * several lines in a narrow PDF column before it.
 */
class ContactAddressLinesTest {

  private static List<Contact> contactsOf(String... contactLines) {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(
                "INTERNATIONAL TELECOMMUNICATION UNION",
                "TELECOMMUNICATION STANDARDIZATION SECTOR",
                "STUDY PERIOD 2029-2032",
                "COM 9-C 14-E",
                "March 2030",
                "Original: English",
                "Question(s):",
                "4/9",
                "Geneva, 3-12 March 2030",
                "STUDY GROUP 9 – CONTRIBUTION 14",
                "SOURCE:",
                "RURITANIA",
                "TITLE:",
                "Cable delivery of tiered television services"));
    lines.addAll(List.of(contactLines));
    lines.add("Introduction");
    lines.add("Ruritania describes how its cable operators deliver tiered television services.");
    return CoverOfLines.read("T29-SG09-300303-C-0014!!MSW-E.pdf", lines.toArray(String[]::new))
        .contacts();
  }

  @Test
  void aCityWithTheShortNameOfItsCountryIsAnAddress() {
    List<Contact> contacts =
        contactsOf(
            "Contact:",
            "Ms Lee Min-Ji",
            "Broadcasting Research Centre (BRC)",
            "Pusan, Korea",
            "Tel: +82 51 000 0000",
            "E-mail: mjlee@brc.example.kr");
    assertEquals(
        List.of(
            new Contact(
                "Lee Min-Ji", "Broadcasting Research Centre (BRC)", "mjlee@brc.example.kr")),
        contacts);
  }

  @Test
  void theLastWordOfAWrappedOrganizationComesBeforeTheCityAndCountry() {
    List<Contact> contacts =
        contactsOf(
            "Contact:",
            "Dr Anna Vogel",
            "Acme AG, Public Broadcasting",
            "Networks",
            "Hamburg, Germany",
            "Tel: +49 40 000 0000",
            "E-mail: anna.vogel@acme.example.de");
    assertEquals(
        List.of(
            new Contact(
                "Anna Vogel",
                "Acme AG, Public Broadcasting Networks",
                "anna.vogel@acme.example.de")),
        contacts);
  }

  @Test
  void anOrganizationWrappedOverThreeLinesEndsAtItsCountry() {
    List<Contact> contacts =
        contactsOf(
            "Contact:",
            "Mr Ken Sato",
            "Ministry of Internal Affairs, Posts",
            "Regional Development, Culture and Sport",
            "(MIAP)",
            "Japan",
            "Tel: +81 3 0000 0000",
            "E-mail: k-sato@miap.example.jp");
    assertEquals(
        List.of(
            new Contact(
                "Ken Sato",
                "Ministry of Internal Affairs, Posts Regional Development, Culture and Sport (MIAP)",
                "k-sato@miap.example.jp")),
        contacts);
  }
}
