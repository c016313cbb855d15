package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * ITU-D study group covers: a masthead in three columns, whose narrow date cell PDF text wraps or
 * sets beside the masthead's row, and a contact written "Name, Organization[, City]" on one line.
 */
class DevelopmentCoverTest {

  private static final String[] MASTHEAD = {
    "INTERNATIONAL", "TELECOMMUNICATION UNION", "TELECOMMUNICATION", "DEVELOPMENT SECTOR",
  };

  private static Metadata pdf(String... rest) {
    String[] lines = new String[MASTHEAD.length + rest.length];
    System.arraycopy(MASTHEAD, 0, lines, 0, MASTHEAD.length);
    System.arraycopy(rest, 0, lines, MASTHEAD.length, rest.length);
    return CoverOfLines.read("contribution.pdf", lines);
  }

  @Test
  void aDateCellWrappedAtEverySpaceIsTheDate() {
    Metadata m =
        pdf(
            "Document",
            "2/99-E",
            "STUDY GROUPS 14",
            "November",
            "2031",
            "9th meeting of ITU-D Study Group 2:",
            "Geneva, 1-5 December 2031",
            "Original:",
            "English",
            "SOURCE: Ruritania",
            "TITLE: Rural broadband pilots");
    assertEquals("2031-11-14", m.date());
    assertEquals("2031-12-01", m.meetingDate());
  }

  @Test
  void aDateBesideTheMastheadsRowIsTheDate() {
    Metadata m =
        pdf(
            "Document",
            "2/99-F",
            "COMMISSIONS D'ÉTUDES 6 mai 2031",
            "Réunion de la Commission d'études 2 de",
            "l'UIT-D: Genève, 26-30 mai 2031",
            "Original:",
            "français",
            "SOURCE: Ruritanie",
            "TITRE: Projets pilotes");
    assertEquals("2031-05-06", m.date());
  }

  @Test
  void theMastheadDecidesTheFamilyOfACarriedLiaison() {
    Metadata m =
        pdf(
            "Document",
            "1/88-E",
            "STUDY GROUPS 3 May 2031",
            "8th meeting of ITU-D Study Group 1:",
            "Geneva, 20-24 May 2031",
            "Original:",
            "English",
            "SOURCE: ITU-T Study Group 9",
            "TITLE: Liaison statement from ITU-T Study Group 9",
            "to ITU-D Study Group 1 on cable networks",
            "ITU-T Study Group 9 thanks the group for its liaison statement.");
    assertEquals("itu-d", m.family());
  }

  @Test
  void aContactCellHoldsTheNameThenTheOrganization() {
    Metadata m =
        CoverOfLines.read(
            "contribution.docx",
            "Document 2/99-E",
            "SOURCE:\tRuritania",
            "TITLE:\tRural broadband pilots",
            "Contact:\tMs Ana Lind, Ruritania Telecom Authority\tE-mail: ana.lind@rta.example");
    assertEquals(
        List.of(new Contact("Ana Lind", "Ruritania Telecom Authority", "ana.lind@rta.example")),
        m.contacts());
  }

  @Test
  void aCityAfterTheOrganizationIsNoPartOfIt() {
    Metadata m =
        CoverOfLines.read(
            "contribution.docx",
            "Document 2/99-F",
            "SOURCE:\tRuritanie",
            "TITRE:\tProjets pilotes",
            "Contact:\tM. Luc Amani, ARTR, Bouaké\tCourriel: luc.amani@artr.example");
    assertEquals(List.of(new Contact("Luc Amani", "ARTR", "luc.amani@artr.example")), m.contacts());
  }

  @Test
  void anOrganizationThatWrappedInPdfTextGoesOnTheNameLine() {
    Metadata m =
        pdf(
            "Document",
            "2/99-E",
            "SOURCE: Ruritania",
            "TITLE: Rural broadband pilots",
            "Contact: Ms Ana Lind, Ruritania Telecommunications Regulatory",
            "Authority",
            "E-mail:",
            "ana.lind@rta.example");
    assertEquals(
        List.of(
            new Contact(
                "Ana Lind",
                "Ruritania Telecommunications Regulatory Authority",
                "ana.lind@rta.example")),
        m.contacts());
  }

  @Test
  void aRunInContactThatWrappedMidPhraseGoesOn() {
    Metadata m =
        pdf(
            "Document",
            "2/99-E",
            "SOURCE: Ruritania",
            "TITLE: Rural broadband pilots",
            "Contact: Ms Ana Lind, Ministry of",
            "Communications, Ruritania, e-mail: ana.lind@moc.example");
    assertEquals(
        List.of(new Contact("Ana Lind", "Ministry of Communications", "ana.lind@moc.example")),
        m.contacts());
  }

  @Test
  void anOfficeAfterTheNameIsNoPartOfIt() {
    Metadata m =
        pdf(
            "Document",
            "1/88-E",
            "SOURCE: ITU-T Study Group 9",
            "TITLE: Liaison statement on cable networks",
            "Contact: Mr Ivo Berg, Chairman, ITU-T Study Group 9 E-mail: ivo.berg@example.org");
    // An office held in one of the Union's groups names no employer.
    assertEquals(List.of(new Contact("Ivo Berg", null, "ivo.berg@example.org")), m.contacts());
  }

  @Test
  void aRunInContactWrappedTwiceGoesOnAcrossTheLineThatNamesTheCity() {
    Metadata m =
        pdf(
            "Document",
            "2/99-F",
            "SOURCE: Ruritanie",
            "TITRE: Projets pilotes",
            "Contact: M. Luc Amani, Office National des",
            "Fréquences Radioélectriques",
            "(ONFR), Bouaké",
            "Courriel:",
            "luc.amani@onfr.example");
    assertEquals(
        List.of(
            new Contact(
                "Luc Amani",
                "Office National des Fréquences Radioélectriques (ONFR)",
                "luc.amani@onfr.example")),
        m.contacts());
  }

  @Test
  void anEngineersTitleIsNoPartOfTheName() {
    Metadata english =
        CoverOfLines.read(
            "contribution.docx",
            "Document 2/99-E",
            "SOURCE:\tRuritania",
            "TITLE:\tRural broadband pilots",
            "Contact:\tEng. Omar Said, Ruritania Telecom Authority\tE-mail: osaid@rta.example");
    assertEquals(
        List.of(new Contact("Omar Said", "Ruritania Telecom Authority", "osaid@rta.example")),
        english.contacts());
    Metadata joint =
        CoverOfLines.read(
            "contribution.docx",
            "Document 2/99-E",
            "SOURCE:\tRuritania",
            "TITLE:\tRural broadband pilots",
            "Contact:\tName/Organization/Entity: Engr. Ada Obi, Ruritania Telecom Authority",
            "\tE-mail: aobi@rta.example");
    assertEquals(
        List.of(new Contact("Ada Obi", "Ruritania Telecom Authority", "aobi@rta.example")),
        joint.contacts());
  }

  @Test
  void aRunInContactWrappedBeforeTheRestOfTheOrganizationAndItsCityIsOneLine() {
    Metadata city =
        pdf(
            "Document",
            "1/99-E",
            "SOURCE: Ruritania",
            "TITLE: Rural broadband pilots",
            "Contact: Ms Ana Silva, Posts and Telecommunications",
            "Regulatory Board (PTRB), Portville",
            "E-mail:",
            "ana.silva@ptrb.example");
    assertEquals(
        List.of(
            new Contact(
                "Ana Silva",
                "Posts and Telecommunications Regulatory Board (PTRB)",
                "ana.silva@ptrb.example")),
        city.contacts());
    Metadata country =
        pdf(
            "Document",
            "2/99-E",
            "SOURCE: Nordvik Radio AB",
            "TITLE: Rural broadband pilots",
            "Contact: Mr Nils Berg, Nordvik Radio",
            "Systems AB, Sweden",
            "E-mail:",
            "nils.berg@nordvik.example");
    assertEquals(
        List.of(new Contact("Nils Berg", "Nordvik Radio Systems AB", "nils.berg@nordvik.example")),
        country.contacts());
  }

  @Test
  void aRunInContactWrappedAfterTheCommaBeforeItsCityIsOneLine() {
    Metadata m =
        pdf(
            "Document",
            "1/99-F",
            "SOURCE: Ruritanie",
            "TITRE: Projets pilotes",
            "Contact: Mme Awa Traoré, Agence de",
            "Développement des Réseaux",
            "Ruraux (ADRR),",
            "Bamako",
            "Courriel:",
            "awa.traore@adrr.example");
    assertEquals(
        List.of(
            new Contact(
                "Awa Traoré",
                "Agence de Développement des Réseaux Ruraux (ADRR)",
                "awa.traore@adrr.example")),
        m.contacts());
  }

  @Test
  void aCountryOnTheLineAfterTheCommaThatWrappedIsWhereTheOrganizationSits() {
    Metadata m =
        pdf(
            "Document",
            "2/99-E",
            "SOURCE: Nordlink AS",
            "TITLE: Rural broadband pilots",
            "Contact: Mr Tomas Kruger, Nordlink,",
            "Norway",
            "E-mail:",
            "t.kruger@nordlink.example");
    assertEquals(
        List.of(new Contact("Tomas Kruger", "Nordlink", "t.kruger@nordlink.example")),
        m.contacts());
  }

  @Test
  void aCountryThatEndsAWrappedOrganizationsNameIsPartOfIt() {
    Metadata m =
        pdf(
            "Document",
            "2/99-E",
            "SOURCE: Sweden",
            "TITLE: Rural broadband pilots",
            "Contact: Mr Arne Holm, Transport,",
            "Energy and Digital Affairs",
            "Sweden",
            "E-mail:",
            "arne.holm@teda.example");
    assertEquals(
        List.of(
            new Contact(
                "Arne Holm",
                "Transport, Energy and Digital Affairs Sweden",
                "arne.holm@teda.example")),
        m.contacts());
  }

  @Test
  void aConferenceCitedInTheTextBelowTheRowsLeavesTheCoverItuD() {
    Metadata m =
        CoverOfLines.read(
            "contribution.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tTELECOMMUNICATION DEVELOPMENT BUREAU\tDocument"
                + " 1/77-E",
            "ITU-D STUDY GROUPS\t\t3 March 2031",
            "FIFTH MEETING OF STUDY GROUP 1: GENEVA, 10-14 MARCH 2031\t\tOriginal: English",
            "SOURCE:\tRuritania",
            "TITLE:\tRural broadband pilots",
            "Ruritania reports on the pilots it ran in three provinces after the World"
                + " Telecommunication Development Conference asked members to share results.",
            "The pilots reached twelve villages within a year of their start.");
    assertEquals("itu-d", m.family());
  }
}
