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

  @Test
  void anEmployerWhoseNameStartsWithDigitsFollowsTheOfficeHeldInAnotherBody() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-TD44",
            "Source:\tACME Cable Forum",
            "Title:\tLS/i on cable modems",
            "Contact:\tAnna Berg",
            "Chair, ACME Cable Forum",
            "4Wave Networks\tE-mail: anna.berg@example.se");
    assertEquals(
        List.of(new Contact("Anna Berg", "4Wave Networks", "anna.berg@example.se")),
        metadata.contacts());
  }

  @Test
  void aCountryAloneUnderTheNameIsNoOrganization() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-TD45",
            "Source:\tChair, Study Group 9",
            "Title:\tDraft agenda",
            "Contact:\tAmadou Diallo",
            "Senegal\tE-mail: a.diallo@example.sn");
    assertEquals(
        List.of(new Contact("Amadou Diallo", null, "a.diallo@example.sn")), metadata.contacts());
  }

  @Test
  void aNameAndOrganizationLineKeepsItsPartsWhenTheBodyRunsOnAfterTheAddress() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tDocument SG1/99-E",
            "SOURCE:\tFreedonia",
            "TITLE:\tRural broadband in mountain valleys",
            "Contact:\tMs Olga Brenner, Freedonia Spectrum Office\tE-mail: o.brenner@fso.example",
            "This revision corrects the table in section 3 of the document; the rest is unchanged.");
    assertEquals(
        List.of(new Contact("Olga Brenner", "Freedonia Spectrum Office", "o.brenner@fso.example")),
        metadata.contacts());
  }

  @Test
  void aSecretariatOfficeHeldForAnotherBodysCommitteeIsNoPartOfTheEmployerUnderIt() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-TD46",
            "Source:\tACME Standards Forum TC 12",
            "Title:\tLS on cable modems",
            "Contact:\tAnna Berg",
            "Programme Secretary, ACME Standards Forum TC 12",
            "Nordic Standards Association e. V.",
            "Sweden\tE-mail: anna.berg@example.se");
    assertEquals(
        List.of(
            new Contact("Anna Berg", "Nordic Standards Association e. V.", "anna.berg@example.se")),
        metadata.contacts());
  }

  @Test
  void aCommitteeManagerLineGivesWayToTheEmployerUnderIt() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-TD47",
            "Source:\tACME Standards Forum",
            "Title:\tLS on cable modems",
            "Contact:\tOla Nordmann",
            "Committee Manager, ACME Standards Forum SC 4",
            "Norwegian Standards Institute (NSI)",
            "Norway\tE-mail: ola@example.no");
    assertEquals(
        List.of(
            new Contact("Ola Nordmann", "Norwegian Standards Institute (NSI)", "ola@example.no")),
        metadata.contacts());
  }

  @Test
  void aLabelledNoteUnderTheContactRowsIsNoPartOfTheLastContact() {
    Metadata metadata =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tRevision 1 to",
            "Document SG1/77-E",
            "SOURCE:\tFreedonia",
            "TITLE:\tRural broadband in mountain valleys",
            "Contact:\tMs Olga Brenner, Freedonia Spectrum Office\tE-mail: o.brenner@fso.example",
            "Contact:\tMr Ivo Marek, Ministry of Posts\tE-mail: ivo.marek@mp.example",
            "Note: This revision replaces the table of section 3 and corrects the annex of Document 1/77.",
            "1\tIntroduction");
    assertEquals(
        List.of(
            new Contact("Olga Brenner", "Freedonia Spectrum Office", "o.brenner@fso.example"),
            new Contact("Ivo Marek", "Ministry of Posts", "ivo.marek@mp.example")),
        metadata.contacts());
  }

  @Test
  void anOfficeInAQuestionWhoseNumberWrappedNamesNoOrganization() {
    Metadata metadata =
        CoverOfLines.read(
            "D22-SG02RGQ-C-0050!!MSW-E.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION Document SG2RGQ/50-E",
            "SOURCE: Rapporteurs for Question 4/2",
            "TITLE: Report of the meeting",
            "Contact: Ms Olga Brenner, Rapporteur for Question",
            "4/2",
            "E-mail: o.brenner@fso.example");
    assertEquals(
        List.of(new Contact("Olga Brenner", null, "o.brenner@fso.example")), metadata.contacts());
  }
}
