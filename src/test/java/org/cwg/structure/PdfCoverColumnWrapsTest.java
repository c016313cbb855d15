package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Cover lines that a PDF column cut: a Sector's name in the masthead, a company's legal form with
 * the short name it goes by, and a meeting's name before its place and date.
 */
class PdfCoverColumnWrapsTest {

  @Test
  void aSectorNameWrappedInTheMastheadStillNamesTheFamily() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION UNION",
            "TELECOMMUNICATION",
            "DEVELOPMENT SECTOR",
            "Document",
            "4/77-E",
            "STUDY GROUPS 2 May",
            "2031",
            "Second meeting of Study Group 4: Geneva,",
            "19-23 May 2031",
            "Original:",
            "English",
            "QUESTION 6/4: Spectrum for rural access",
            "SOURCE: ITU-R Working Party 4A",
            "TITLE: Liaison statement from ITU-R Working Party",
            "4A on satellite access in ITU-R studies",
            "Working Party 4A informs the Study Group of its progress on ITU-R studies.");
    assertEquals("itu-d", m.family());
  }

  @Test
  void aMeetingLineWrappedBeforeTheGroupNumberStillNamesTheGroup() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION UNION",
            "TELECOMMUNICATION",
            "DEVELOPMENT BUREAU",
            "Document 1/88-E",
            "ITU-D STUDY GROUPS 3 March 2031",
            "SECOND MEETING OF STUDY GROUP",
            "1: GENEVA, 10-14 MAY 2031",
            "Original: English",
            "QUESTION 5/1: Broadband access in rural areas",
            "SOURCE: ITU-R Study Group 5",
            "TITLE: Liaison statement from ITU-R Study",
            "Group 5 on spectrum for rural broadband",
            "Contact: Ms Jane Example, Chairman, ITU-R",
            "Study Group 5",
            "ITU-R Study Group 5 informs Question 5/1 of its progress.");
    assertEquals("SG1", m.group());
  }

  @Test
  void aDateBesideTheStudyGroupsMastheadIsNoGroupNumber() {
    Metadata m =
        CoverOfLines.read(
            "document.txt",
            "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ",
            "СЕКТОР РАЗВИТИЯ ЭЛЕКТРОСВЯЗИ",
            "Документ 3/40-R",
            "ИССЛЕДОВАТЕЛЬСКИЕ КОМИССИИ",
            "4 марта 2031 года",
            "Первое собрание 3-й Исследовательской комиссии: Женева, 10–14 марта 2031 года",
            "Оригинал: русский",
            "ИСТОЧНИК: Руритания",
            "НАЗВАНИЕ: Опыт Руритании в области сетей",
            "Руритания представляет свой опыт.");
    assertEquals("SG3", m.group());
  }

  @Test
  void aLegalFormWithItsShortNameEndsAWrappedCompanyName() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION",
            "UNION",
            "TELECOMMUNICATION",
            "STANDARDIZATION",
            "SECTOR",
            "STUDY PERIOD 2029-2032",
            "SG11-C40",
            "STUDY GROUP 11",
            "Original: English",
            "Question(s): 2/11 Geneva, 4-13 June 2030",
            "CONTRIBUTION",
            "Source: Northern Plains Mobile Telephone Holdings",
            "Co., Ltd. (Plains Mobile)",
            "Example Networks Corporation",
            "Riverside University",
            "Title: Signalling requirements for example networks",
            "Purpose: Proposal");
    assertEquals(
        List.of(
            "Northern Plains Mobile Telephone Holdings Co., Ltd. (Plains Mobile)",
            "Example Networks Corporation",
            "Riverside University"),
        m.sources());
  }

  @Test
  void aMeetingNameCutMidPhraseGoesOnToItsPlaceAndDate() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "Comisiones de Estudio Documento",
            "SG2RGQ/55-S",
            "3 de mayo",
            "de 2031",
            "Original:",
            "español",
            "Reunión del Grupo de Relator para la",
            "Cuestión 4/2: Ginebra, 17 de mayo de",
            "2031",
            "CUESTIÓN 4/2: Telecomunicaciones de emergencia",
            "ORIGEN: Uruguay",
            "TÍTULO: Redes de alerta temprana en zonas rurales");
    assertEquals("2031-05-17", m.meetingDate());
    assertEquals(List.of("4/2"), m.questions());
  }

  @Test
  void aSpanishDateWrappedAtEverySpaceIsTheCoversDate() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "Comisiones de Estudio Documento",
            "SG1RGQ/12-S",
            "4 de",
            "marzo de",
            "2031",
            "Original: español",
            "CUESTIÓN 3/1: Acceso a la banda ancha",
            "ORIGEN: Paraguay",
            "TÍTULO: Experiencia nacional en el acceso rural");
    assertEquals("2031-03-04", m.date());
  }

  @Test
  void aStudyGroupsNumberWrappedAfterItsWordIsStillTheNumber() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION UNION",
            "TELECOMMUNICATION",
            "DEVELOPMENT SECTOR",
            "Document",
            "1/88-E",
            "STUDY GROUPS 9 May",
            "2031",
            "Third meeting of Study Group 1: Geneva,",
            "19-23 May 2031",
            "Original:",
            "English",
            "SOURCE: Plenipotentiary Conference secretariat",
            "TITLE: Outcomes of the World Radiocommunication Conference for Study Group 1",
            "The Plenipotentiary Conference and the World Radiocommunication Conference decided.");
    assertEquals("SG1/88", m.number());
    assertEquals("itu-d", m.family());
  }

  @Test
  void aTdsFilingCutAfterItsPartKeepsTheRevisionWithTheNumber() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION",
            "UNION",
            "STUDY GROUP 9",
            "TD 57 Rev.1 (WP",
            "2/9)",
            "English only",
            "TEMPORARY DOCUMENT",
            "Source: Editors",
            "Title: Draft new Recommendation on cable gateways");
    assertEquals("SG9-TD57(Rev.1)", m.number());
    assertEquals("Rev.1", m.revision());
  }

  @Test
  void aRevisionsLeadCutBeforeItsToStillLeadsTheNumber() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "UNION INTERNATIONALE DES",
            "TÉLÉCOMMUNICATIONS",
            "BUREAU DE DÉVELOPPEMENT DES",
            "TÉLÉCOMMUNICATIONS",
            "Révision 2",
            "du",
            "Document",
            "1/77-F",
            "COMMISSIONS D'ÉTUDES DE L'UIT-D 2 mai 2031",
            "TROISIÈME RÉUNION DE LA COMMISSION D'ÉTUDES 1: GENÈVE, 12-16 MAI 2031",
            "QUESTION 3/1: Accès au large bande",
            "ORIGINE: Mali",
            "TITRE: Expérience du Mali");
    assertEquals("SG1/77(Rev.2)", m.number());
    assertEquals("Rev.2", m.revision());
  }

  @Test
  void aCorrigendumsLeadCutBeforeItsNumberStillLeadsTheNumber() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "World Radiocommunication Conference ",
            "(WRC-31)",
            "Geneva, Switzerland, 3 – 28 ",
            "November 2031",
            "PLENARY MEETING Corrigendum ",
            "2 to",
            "Document ",
            "41-E",
            "9 October ",
            "2031",
            "Original: ",
            "English",
            "Ruritania",
            "PROPOSALS FOR THE WORK OF THE CONFERENCE");
    assertEquals("WRC-31/41(Corr.2)", m.number());
    assertEquals("Corr.2", m.revision());
  }

  @Test
  void aSpanishRangeOfDatesWrappedBeforeItsSecondMonthIsTheMeetingsDates() {
    Metadata m =
        CoverOfLines.read(
            "T29-SG03-C-0041!!MSW-S.pdf",
            "UNIÓN INTERNACIONAL",
            "DE",
            "TELECOMUNICACIONES",
            "COM 3 – C 41 – S",
            "Octubre de 2029",
            "Original: español",
            "COMISIÓN DE ESTUDIO 3 – CONTRIBUCIÓN 41",
            "Cuestión(es): 6/3 Ginebra, 29 de octubre - 2",
            "de noviembre de 2029",
            "ORIGEN: RURITANIA",
            "TÍTULO: Propuesta sobre los costes de terminación",
            "Resumen");
    assertEquals("2029-10-29", m.meetingDate());
    assertEquals(List.of("6/3"), m.questions());
  }

  @Test
  void aSpanishDateWhoseYearAloneWrappedAfterItsDeIsTheMeetingsDate() {
    Metadata m =
        CoverOfLines.read(
            "T29-TSAG-C-0077!!MSW-S.pdf",
            "UNIÓN INTERNACIONAL DE ",
            "TELECOMUNICACIONES",
            "SECTOR DE ",
            "NORMALIZACIÓN DE LAS ",
            "TELECOMUNICACIONES",
            "PERIODO DE ESTUDIOS ",
            "2029-2032",
            "TSAG-C77",
            "GANT",
            "Original: español",
            "Cuestión(es): N/A Ginebra, 14-18 de mayo de ",
            "2029",
            "CONTRIBUCIÓN",
            "Origen: Ruritania",
            "Título: Propuesta sobre las reuniones electrónicas",
            "Propósito: Propuesta");
    assertEquals("2029-05-14", m.meetingDate());
  }

  @Test
  void aTitlesLastNounWrappedAloneIsNoKindLine() {
    Metadata m =
        CoverOfLines.read(
            "R29-WP5B-C-0041!!MSW-E.pdf",
            "INTERNATIONAL ",
            "TELECOMMUNICATION UNION",
            "RADIOCOMMUNICATION STUDY ",
            "GROUPS",
            "Document ",
            "5B/41-E",
            "Subject: Question ITU-R 205/5 3 March 2029",
            "English only",
            "Ruritania",
            "MARITIME RADAR INTERFERENCE STUDIES TOWARDS A DRAFT NEW ",
            "REPORT",
            "1 Introduction",
            "This contribution proposes text on maritime radar interference.");
    assertEquals("contribution", m.type());
    assertEquals("MARITIME RADAR INTERFERENCE STUDIES TOWARDS A DRAFT NEW REPORT", m.title());
  }

  @Test
  void aDateWhoseYearWrappedAfterADatedCellOnItsRowIsTheDocumentsDate() {
    Metadata m =
        CoverOfLines.read(
            "R29-WP4A-C-0017!!MSW-F.pdf",
            "UNION INTERNATIONALE DES ",
            "TÉLÉCOMMUNICATIONS",
            "COMMISSIONS D'ÉTUDES DES ",
            "RADIOCOMMUNICATIONS",
            "Document ",
            "4A/17-F",
            "Reçu le: 2 mars 2029 5 mars ",
            "2029",
            "Objet: Question UIT-R 12/4 Original: ",
            "français",
            "Ruritanie",
            "PROPOSITION CONCERNANT LES ORBITES DES SATELLITES",
            "1 Introduction",
            "La présente contribution propose un texte.");
    assertEquals("2029-03-05", m.date());
  }

  @Test
  void aSubjectsQuestionNumberWrappedUnderTheDateIsTheQuestion() {
    Metadata m =
        CoverOfLines.read(
            "R29-WP9Z-C-0088!!MSW-E.pdf",
            "Radiocommunication ",
            "Study Groups",
            "Received: 2 March 2029 Document 9Z/88-E",
            "Subject: Question ITU-R 5 March 2029",
            "977-2/9",
            "English only",
            "Ruritania",
            "PROPOSED CHANGES TO A WORKING DOCUMENT ON SATELLITE ORBITS",
            "1 Introduction",
            "This contribution proposes text on satellite orbits.");
    assertEquals(List.of("977-2/9"), m.questions());
    assertEquals("2029-03-05", m.date());
  }
}
