package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a cover's title ends: at a liaison's labels in ITU's other languages, at its meeting's
 * place and dates in brackets, and after the own title of a proposed Recommendation or Report.
 */
class CoverTitleBoundsTest {

  @TempDir Path dir;

  private Metadata read(String name, String... lines) throws Exception {
    return WordTextExport.read(dir, name, lines).metadata();
  }

  @Test
  void spanishLiaisonLabelsEndTheTitleAndItsDeadlineIsNoDate() throws Exception {
    Metadata m =
        read(
            "T29-SG09-LS-0042",
            "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES\tSG9-LS42",
            "\tCOMISIÓN DE ESTUDIO 9",
            "\tOriginal: inglés",
            "Cuestión(es):\t3/9\tGinebra, 4-8 de marzo de 2030",
            "DECLARACIÓN DE COORDINACIÓN",
            "Fuente:\tComisión de Estudio 9 del UIT-T",
            "Título:\tDC sobre la difusión de ejemplo por cable",
            "Para acción a:\tOrganización Regional de Ejemplo",
            "Aprobación:\tReunión de la CE 9",
            "Fecha límite:\t2 de junio de 2030",
            "La Comisión de Estudio 9 agradece su comunicación.");
    assertEquals("DC sobre la difusión de ejemplo por cable", m.title());
    assertNull(m.date(), "a liaison's deadline is not the document's date");
  }

  @Test
  void anOlderLiaisonsAddresseeLinesWithoutPrepositionEndTheTitle() throws Exception {
    Metadata m =
        read(
            "D29-SG01-C-0311",
            "INTERNATIONAL TELECOMMUNICATION UNION\tTELECOMMUNICATION DEVELOPMENT BUREAU"
                + "\tDocument 1/311-E",
            "ITU-D STUDY GROUPS\t\t4 May 2030",
            "THIRD MEETING OF STUDY GROUP 1: GENEVA, 20-24 MAY 2030\t\tOriginal: English",
            "QUESTION 2/1:\tSpectrum for rural broadband",
            "SOURCE:\tITU-R Study Group 5",
            "TITLE:\tLiaison statement from ITU-R Study Group 5 on rural broadband spectrum",
            "For action: ITU-D Study Group 1",
            "For information: ITU-R Study Group 4",
            "ITU-R Study Group 5 thanks ITU-D Study Group 1 for its liaison on rural broadband.");
    assertEquals(
        "Liaison statement from ITU-R Study Group 5 on rural broadband spectrum", m.title());
  }

  @Test
  void frenchAndRussianLiaisonLabelsAreLabels() {
    assertEquals(CoverLabel.FOR_ACTION, CoverLabel.in("Pour action à: CE 5").label());
    assertEquals(CoverLabel.FOR_ACTION, CoverLabel.in("Pour information à: CE 9").label());
    assertEquals(CoverLabel.FOR_ACTION, CoverLabel.in("Pour information: CE 9").label());
    assertEquals(CoverLabel.APPROVAL, CoverLabel.in("Approbation: Réunion de la CE 2").label());
    assertEquals(CoverLabel.DEADLINE, CoverLabel.in("Date limite: 3 mars 2031").label());
    assertEquals(CoverLabel.FOR_ACTION, CoverLabel.in("Для принятия мер: ИК 5").label());
    assertEquals(CoverLabel.APPROVAL, CoverLabel.in("Утверждение: собрание ИК 2").label());
    assertEquals(CoverLabel.DEADLINE, CoverLabel.in("Крайний срок: 3 марта 2031 г.").label());
    assertEquals(CoverLabel.DATE, CoverLabel.in("Date: 3 mars 2031").label());
  }

  @Test
  void aReportsTitleEndsOnItsMeetingInBrackets() throws Exception {
    Metadata m =
        read(
            "D29-SG02.RGQ-C-0077",
            "INTERNATIONAL TELECOMMUNICATION UNION\tDocument SG2RGQ/77-E",
            "TELECOMMUNICATION DEVELOPMENT BUREAU\t3 May 2030",
            "\tOriginal: English",
            "QUESTION 4/2:\tExample services for rural areas",
            "SOURCE:\tRapporteur for Question 4/2",
            "TITLE:\tReport of the Rapporteur Group meeting for Question 4/2 (Geneva, 29 April 2030)",
            "Welcome",
            "The meeting was opened by the Rapporteur, who welcomed twenty participants.");
    assertEquals(
        "Report of the Rapporteur Group meeting for Question 4/2 (Geneva, 29 April 2030)",
        m.title());
  }

  @Test
  void aProposedRevisionInFrenchGoesOnWithTheReportsOwnTitle() throws Exception {
    Metadata m =
        read(
            "R29-WP3K-C-0061",
            "Commissions d'études des radiocommunications",
            "\tDocument 3K/61-F",
            "\t9 mai 2029",
            "\tOriginal: français",
            "Ruritanie",
            "PROPOSITION DE RÉVISION DU RAPPORT UIT-R P.2999-1",
            "Propagation par trajets multiples en zone urbaine",
            "1\tIntroduction",
            "La présente contribution propose de compléter le Rapport.");
    assertEquals(
        "PROPOSITION DE RÉVISION DU RAPPORT UIT-R P.2999-1 Propagation par trajets multiples en"
            + " zone urbaine",
        m.title());
  }

  @Test
  void anAgendasTitleDatesItsMeeting() throws Exception {
    Metadata m =
        read(
            "R29-SG06-C-0012",
            "Radiocommunication Study Groups",
            "\tDocument 6/12-E",
            "\t2 March 2029",
            "\tEnglish only",
            "Chair, Radiocommunication Study Group 6",
            "DRAFT AGENDA",
            "MEETING OF STUDY GROUP 6",
            "(Geneva, 19 March 2029)",
            "1\tOpening of the meeting",
            "2\tApproval of the agenda");
    assertEquals("2029-03-19", m.meetingDate());
  }

  @Test
  void aKindWordAloneOpensTheTitleItsNextLinesGoOnWith() throws Exception {
    Metadata m =
        read(
            "R29-RA29-C-0021",
            "Radiocommunication Assembly (RA-29)",
            "Example City, 5-9 November 2029",
            "PLENARY MEETING\tDocument RA29/21-E",
            "6 November 2029",
            "Original: English",
            "AGENDA",
            "OF THE",
            "THIRD PLENARY MEETING",
            "Thursday 8 November 2029 at 1430 hours",
            "1\tApproval of the agenda",
            "2\tAny other business");
    assertEquals("AGENDA OF THE THIRD PLENARY MEETING", m.title());
    assertEquals(java.util.List.of(), m.sources());
    assertNull(m.meeting(), "a plenary meeting is a sitting of the assembly, not its number");
  }

  @Test
  void aMeetingLineWithoutDatesTakesThePlaceAndDatesUnderIt() throws Exception {
    Metadata m =
        read(
            "OPCWGINT9-0002",
            "Council Working Group on International Internet-related Public Policy Issues",
            "Ninth Open Consultation Meeting",
            "Geneva, 14 February 2029\t\tDocument OPCWGINT-9/2-E",
            "1 February 2029",
            "English only",
            "Secretariat",
            "SUMMARY OF RESPONSES TO THE OPEN CONSULTATION ON EXAMPLE POLICY",
            "1\tIntroduction",
            "The Council Working Group decided to hold an open consultation.");
    assertEquals(9, m.meeting());
    assertEquals("2029-02-14", m.meetingDate());
  }

  @Test
  void aMastheadsWordThePdfWrappedBetweenTitleLinesGoesOnWithTheTitle() {
    Metadata m =
        CoverOfLines.read(
            "R29-SG05-C-0003!!MSW-E.pdf",
            "Radiocommunication Study Groups",
            "Document 5/3-E",
            "9 January 2029",
            "English only",
            "Director, Radiocommunication Bureau",
            "OUTCOME OF THE EXAMPLE ASSEMBLY (RA-28) AND OF THE WORLD",
            "RADIOCOMMUNICATION",
            "CONFERENCE (WRC-28) FOR STUDY GROUP 5",
            "1 Purpose",
            "This note informs Study Group 5 of the decisions of the Assembly.");
    assertEquals(
        "OUTCOME OF THE EXAMPLE ASSEMBLY (RA-28) AND OF THE WORLD RADIOCOMMUNICATION"
            + " CONFERENCE (WRC-28) FOR STUDY GROUP 5",
        m.title());
  }

  @Test
  void aTitleCutAfterDraftGoesOnWithTheRecommendationItDrafts() throws Exception {
    Metadata m =
        read(
            "T29-SG11-C-0042",
            "INTERNATIONAL TELECOMMUNICATION UNION\tCOM 11 – C 42 – E",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\tMarch 2029",
            "STUDY PERIOD 2029-2032\tOriginal: English",
            "Question(s):\t5/11\tGeneva, 2-11 April 2029",
            "CONTRIBUTION",
            "Source:\tExample Telecom",
            "Title:\tProposed test cases of example signalling for the draft",
            "Recommendation ITU-T Q.9999",
            "1\tIntroduction",
            "This contribution proposes test cases for the signalling protocol.");
    assertEquals(
        "Proposed test cases of example signalling for the draft Recommendation ITU-T Q.9999",
        m.title());
  }

  @Test
  void aContentsListUnderTheTitleRowIsNoPartOfTheTitle() throws Exception {
    Metadata m =
        read(
            "D29-TDAG-C-0031",
            "Telecommunication Development Advisory Group (TDAG)",
            "Geneva, 3-6 May 2029\tDocument TDAG-29/31-E",
            "\t2 April 2029",
            "\tOriginal: English",
            "SOURCE:\tDirector, Telecommunication Development Bureau",
            "TITLE:\tProgress report on the example programme",
            "1\tBackground\t2",
            "1.1\tFirst phase\t2",
            "2\tNext steps\t4",
            "Annex – Budget\t5",
            "Summary",
            "This document reports on the progress of the example programme.",
            "1\tBackground",
            "The programme started in 2028.");
    assertEquals("Progress report on the example programme", m.title());
  }

  @Test
  void aMastheadsNameThePdfWrappedIsNoTitleInCapitals() {
    Metadata m =
        CoverOfLines.read(
            "WTDC29-17-F.pdf",
            "CONFÉRENCE MONDIALE DE DÉVELOPPEMENT DES",
            "TÉLÉCOMMUNICATIONS 2029 (CMDT-29)",
            "Ville d'Exemple, 1-12 octobre 2029",
            "SÉANCE PLÉNIÈRE Document 17-F",
            "3 septembre 2029",
            "Original: français",
            "Ruritanie (République de)",
            "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE",
            "Introduction",
            "La Ruritanie propose de mettre à jour une Résolution de la Conférence.");
    assertEquals("PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE", m.title());
  }
}
