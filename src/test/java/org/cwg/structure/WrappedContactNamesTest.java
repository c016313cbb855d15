package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.junit.jupiter.api.Test;

/**
 * A contact's name that PDF text wrapped in a narrow column before the organization line: the
 * person's address, made of the name, shows where the name ends.
 */
class WrappedContactNamesTest {

  private static List<Contact> contactsOf(String... contactLines) {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(
                "INTERNATIONAL TELECOMMUNICATION UNION",
                "RADIOCOMMUNICATION STUDY GROUPS",
                "Document 3K/12-E",
                "2 March 2031",
                "English only",
                "Ruritania",
                "PROPAGATION DATA FOR THE BAND 3 400-3 600 MHz"));
    lines.addAll(List.of(contactLines));
    lines.add("1 Introduction");
    lines.add("Ruritania presents measurements made over three years in its northern provinces.");
    return CoverOfLines.read("R31-WP3K-C-0012!!MSW-E.pdf", lines.toArray(String[]::new)).contacts();
  }

  @Test
  void aSurnameOnTheLineUnderTheNameIsPartOfTheName() {
    List<Contact> contacts =
        contactsOf(
            "Contact: Mr Tomas",
            "Verhoeven",
            "Radio Agency",
            "E-mail:",
            "tomas.verhoeven@agency.example.rt");
    assertEquals(
        List.of(
            new Contact("Tomas Verhoeven", "Radio Agency", "tomas.verhoeven@agency.example.rt")),
        contacts);
  }

  @Test
  void anAddressOfInitialsAndSurnameShowsTheWrappedSurname() {
    List<Contact> contacts =
        contactsOf(
            "Contact: Sra. María José",
            "Núñez",
            "Agencia Nacional de",
            "Espectro",
            "E-mail:",
            "mjnunez@ane.example.rt");
    assertEquals(
        List.of(
            new Contact(
                "María José Núñez", "Agencia Nacional de Espectro", "mjnunez@ane.example.rt")),
        contacts);
  }

  @Test
  void anOrganizationUnderAWholeNameStaysTheOrganization() {
    List<Contact> contacts =
        contactsOf(
            "Contact: Mr Tomas Verhoeven",
            "Radio Agency",
            "Ruritania",
            "E-mail:",
            "tomas.verhoeven@agency.example.rt");
    assertEquals(
        List.of(
            new Contact("Tomas Verhoeven", "Radio Agency", "tomas.verhoeven@agency.example.rt")),
        contacts);
  }
}
