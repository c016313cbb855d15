package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cwg.model.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An office that names what it is held in or on, written before the employer on one line, is no
 * part of the organization; an office held toward one of the Union's groups names none.
 */
class OfficeBeforeEmployerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rapporteur on rural connectivity, Nordic Cable Networks AB | Nordic Cable Networks AB",
        "Chairman, Working Party 9X, Ruritania Telecom | Ruritania Telecom",
        "Rapporteur for Question 8/3, Ministry of Posts, Ruritania | Ministry of Posts, Ruritania",
        "Chair, IEEE 802.3 Working Group | Chair, IEEE 802.3 Working Group",
        "Chairman, ITU-T Study Group 20 | Chairman, ITU-T Study Group 20",
        "Rapporteur, ACME Networks | Rapporteur, ACME Networks",
        "Ministry of Transport, Communications and Works"
            + " | Ministry of Transport, Communications and Works"
      })
  void theEmployerAfterAnOfficeHeldInOrOnSomethingIsTheOrganization(
      String written, String organization) {
    assertEquals(organization, GroupOffices.withoutOffice(written));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Liaison Officer, ACME Forum TC 4 to ITU-T SG 15",
        "Liaison Officer to ITU-R Working Party 5A",
        "Rapporteur on rural connectivity"
      })
  void anOfficeTowardAUnionGroupOrOnASubjectNamesNoOrganization(String organization) {
    assertTrue(GroupOffices.namesNoOrganization(organization), organization);
  }

  @Test
  void anOfficeBeforeAnEmployerThatPdfTextWrappedIsDropped() {
    List<String> lines =
        List.of(
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "RADIOCOMMUNICATION STUDY GROUPS",
            "Document 6X/40-E",
            "2 March 2031",
            "English only",
            "Working Party 6X",
            "LIAISON STATEMENT TO ITU-T STUDY GROUP 16",
            "Contact: Ms Ilse Marvik",
            "Rapporteur on rural connectivity, Nordic Cable Networks",
            "(NCN)",
            "E-mail:",
            "ilse.marvik@ncn.example.no",
            "Working Party 6X thanks Study Group 16 for its liaison statement on captioning.");
    List<Contact> contacts =
        CoverOfLines.read("R31-WP6X-C-0040!!MSW-E.pdf", lines.toArray(String[]::new)).contacts();
    assertEquals(
        List.of(
            new Contact(
                "Ilse Marvik", "Nordic Cable Networks (NCN)", "ilse.marvik@ncn.example.no")),
        contacts);
  }
}
