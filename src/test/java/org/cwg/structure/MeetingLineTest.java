package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** The meeting line of a cover, in the old and new styles and the languages ITU writes it in. */
class MeetingLineTest {

  @Test
  void readsAMeetingOfANumberedGroup() {
    Metadata m =
        CoverOfLines.read(
            "D99-SG02-C-0042!!MSW-E.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "Document 2/42-E",
            "THIRD MEETING OF STUDY GROUP 2: BRASILIA, 3-7 MARCH 2008",
            "SOURCE:",
            "Ruritania",
            "TITLE:",
            "Rural broadband pilots");
    assertEquals("2008-03-03", m.meetingDate());
    assertEquals(3, m.meeting());
  }

  @Test
  void readsAnOpenConsultationWhoseAdjectiveFollowsItsNoun() {
    Metadata spanish =
        CoverOfLines.read(
            "OPCWGINT-18-0002!!MSW-S.docx",
            "Consulta abierta del Grupo de Trabajo del Consejo sobre Internet",
            "Decimoctava consulta abierta, Ginebra, 12 de septiembre de 2031\tDocumento"
                + " OPCWGINT-18/2-S",
            "30 de agosto de 2031");
    assertEquals("2031-09-12", spanish.meetingDate());
    assertEquals(18, spanish.meeting());
    assertEquals("Ginebra", spanish.place());
    Metadata french =
        CoverOfLines.read(
            "OPCWGINT-15-0005!!MSW-F.docx",
            "Consultation ouverte du Groupe de travail du Conseil sur l'Internet",
            "Quinzième consultation ouverte, Genève, 20 janvier 2031\tDocument OPCWGINT-15/5-F",
            "5 janvier 2031");
    assertEquals("2031-01-20", french.meetingDate());
    assertEquals("Genève", french.place());
  }

  @Test
  void readsAnAdvisoryGroupMeetingWhosePlaceNamesItsCountry() {
    Metadata m =
        CoverOfLines.read(
            "D99-TDAG40-C-0007!!MSW-E.docx",
            "Telecommunication Development Advisory Group (TDAG)\tDocument TDAG-31/7-E",
            "40th Meeting, Nairobi, Kenya, 4-6 May 2031\t20 April 2031",
            "Original: English",
            "SOURCE:\tRuritania",
            "TITLE:\tRegional priorities");
    assertEquals("2031-05-04", m.meetingDate());
    assertEquals(40, m.meeting());
  }

  @Test
  void readsAFocusGroupMeetingWhosePlaceHoldsCommas() {
    Metadata m =
        CoverOfLines.read(
            "working-document.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FOCUS GROUP ON QRS\t\tFG QRS-DOC-0077",
            "English only",
            "4th FG QRS meeting: Sliema, North Harbour, Malta, 3-9 May 2031",
            "OUTPUT DOCUMENT",
            "Source:\tEditors",
            "Title:\tWorking document: QRS profiles");
    assertEquals("FG-QRS-DOC-0077", m.number());
    assertEquals("FG-QRS", m.group());
    assertEquals(4, m.meeting());
    assertEquals("2031-05-03", m.meetingDate());
  }

  @Test
  void readsAFocusGroupWhoseNameJoinsTwoSubjects() {
    Metadata m =
        CoverOfLines.read(
            "input.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FOCUS GROUP ON DATA SETS AND MACHINE LEARNING\t\tFG DS&ML-C-17",
            "English only",
            "2nd FG DS&ML meeting: Oslo, Norway, 6-8 May 2031",
            "INPUT DOCUMENT",
            "Source:\tEditors",
            "Title:\tProfiles for navigation");
    assertEquals("FG-DS&ML-C-17", m.number());
    assertEquals("FG-DS&ML", m.group());
    assertEquals(2, m.meeting());
    assertEquals("2031-05-06", m.meetingDate());
  }

  @Test
  void aStudyGroupOfItuTNumbersNoMeetingThoughItsAgendaNamesOne() {
    Metadata m =
        CoverOfLines.read(
            "T99-SG07-310101-TD-GEN-0001!!MSW-E.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION STANDARDIZATION SECTOR",
            "STUDY PERIOD 2029-2032\t\tSTUDY GROUP 7",
            "TD 1 (GEN/7)",
            "Original: English",
            "Question(s):\tAll/7\tGeneva, 1-5 February 2031",
            "TEMPORARY DOCUMENT",
            "Source:\tChairman, Study Group 7",
            "Title:\tDraft agenda of the first meeting of Study Group 7");
    assertEquals("SG7-TD1", m.number());
    assertEquals(null, m.meeting());
  }

  @Test
  void readsAFrenchRevisionOfTheDocument() {
    Metadata m =
        CoverOfLines.read(
            "proposition.docx",
            "Commissions d'études des radiocommunications",
            "Révision 1 du",
            "Document 3K/41-F",
            "9 mai 2031",
            "Original: français",
            "Ruritanie",
            "PROPOSITION DE RÉVISION DE LA RECOMMANDATION UIT-R P.1546");
    assertEquals("3K/41(Rev.1)", m.number());
    assertEquals("Rev.1", m.revision());
  }

  @Test
  void readsAMeetingOfAGroupWhoseNameHoldsAHyphen() {
    Metadata m =
        CoverOfLines.read(
            "D14-SG01-C-0099!!MSW-E.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "Document 1/99-E",
            "ITU-D STUDY GROUPS",
            "Second meeting of ITU-D Study Group 1: Geneva, 14-18 September 2031",
            "SOURCE:",
            "Ruritania");
    assertEquals("2031-09-14", m.meetingDate());
    assertEquals(2, m.meeting());
  }

  @Test
  void readsARussianMeetingLineWithTheGroupInTheGenitive() {
    Metadata m =
        CoverOfLines.read(
            "D14-SG01-C-0500!!MSW-R.docx",
            "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ",
            "Документ 1/500-R",
            "Четвертое собрание 1-й Исследовательской комиссии МСЭ-D: Женева, 27-31 марта 2031 года",
            "ИСТОЧНИК:",
            "Руритания");
    assertEquals("2031-03-27", m.meetingDate());
  }

  @Test
  void readsAFrenchRapporteurGroupMeetingOnAQuestion() {
    Metadata m =
        CoverOfLines.read(
            "D18-SG02RGQ-C-0099!!MSW-F.docx",
            "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
            "Document SG2RGQ/99-F",
            "Réunion du Groupe du Rapporteur pour la Question 3/2: Genève, 6 avril 2031",
            "ORIGINE:",
            "Ruritanie");
    assertEquals("2031-04-06", m.meetingDate());
  }

  @Test
  void readsMeetingsNamedWithoutTheirOrdinal() {
    Metadata m =
        CoverOfLines.read(
            "D99-SG01.RGQ-C-0042!!MSW-E.docx",
            "ITU-D Study Group 1",
            "Rapporteur Group meetings: Nairobi, 21-25 September 2020",
            "Document SG1RGQ/42-E",
            "SOURCE:",
            "Ruritania",
            "TITLE:",
            "Rural broadband pilots");
    assertEquals("2020-09-21", m.meetingDate());
  }

  @Test
  void readsTwoDaysJoinedByAWord() {
    assertEquals("2019-03-05", Dates.find("Ginebra, 5 y 6 de marzo de 2019"));
    assertEquals("2019-03-05", Dates.find("Genève, 5 et 6 mars 2019"));
    assertEquals("2019-03-05", Dates.find("Geneva, 5 and 6 March 2019"));
    assertEquals("2019-03-05", Dates.find("Женева, 5 и 6 марта 2019 года"));
    Metadata m =
        CoverOfLines.read(
            "CWG-XYZ-9-3-S.docx",
            "Grupo de Trabajo del Consejo sobre asuntos imaginarios",
            "Novena reunión, Ginebra, 5 y 6 de marzo de 2019",
            "Documento CWG-XYZ-9/3-S",
            "Contribución de Ruritania",
            "UN TÍTULO EN MAYÚSCULAS");
    assertEquals("2019-03-05", m.meetingDate());
  }

  @Test
  void readsTheSessionsPlaceAndDatesUnderItsNumberCell() {
    Metadata m =
        CoverOfLines.read(
            "C31-DT-9-E.docx",
            "COUNCIL 2031",
            "Document C31/DT/9-E",
            "Geneva, 10-20 June 2031",
            "12 June 2031",
            "Original: English",
            "Chair of the Standing Committee on Imaginary Affairs",
            "DRAFT DECISION ON IMAGINARY AFFAIRS");
    assertEquals("2031-06-10", m.meetingDate());
    assertEquals("C31/DT/9", m.number());
    assertEquals("2031-06-12", m.date());
  }

  @Test
  void readsTheDatesUnderACouncilLineWithoutItsYear() {
    Metadata m =
        CoverOfLines.read(
            "C31-52-E.docx",
            "CONSEIL",
            "Genève, 21 avril-1 mai 2031\tDocument C31/52-F",
            "\t8 avril 2031",
            "\tOriginal: français",
            "Contribution de la République imaginaire",
            "NOMS DE DOMAINE ET ADRESSES");
    assertEquals("2031-04-21", m.meetingDate());
    assertEquals("C31/52", m.number());
  }

  @Test
  void readsTheDateOfASessionThatNamesItsKindBeforeThePlace() {
    Metadata m =
        CoverOfLines.read(
            "C31-ADD-2-E.docx",
            "COUNCIL 2031",
            "Extraordinary session – Lisbon, 3 October 2031\tDocument C31-ADD/2-E",
            "\t20 September 2031",
            "\tOriginal: English",
            "Note by the Secretary-General",
            "ARRANGEMENTS FOR THE EXTRAORDINARY SESSION");
    assertEquals("2031-10-03", m.meetingDate());
    assertEquals("C31-ADD/2", m.number());
    assertEquals("2031-09-20", m.date());
  }

  @Test
  void readsARangeOfDatesThatWrappedAfterItsDash() {
    Metadata m =
        CoverOfLines.read(
            "D99-SG02-C-0043!!MSW-E.pdf",
            "ITU-D Study Group 2",
            "Fourth meeting, Geneva, 29 September –",
            "3 October 2031",
            "Document SG2/43-E",
            "1 September 2031",
            "SOURCE:",
            "Ruritania",
            "TITLE:",
            "Rural broadband pilots");
    assertEquals("2031-09-29", m.meetingDate());
  }

  @Test
  void readsADateWhoseYearWrappedWithItsPreposition() {
    Metadata m =
        CoverOfLines.read(
            "T99-SG88-C-0012!!MSW-S.pdf",
            "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES",
            "SG88-C12",
            "COMISIÓN DE ESTUDIO 88",
            "Original: español",
            "Cuestión(es):",
            "1/88",
            "Ginebra, 3-7 de mayo",
            "de 2032",
            "CONTRIBUCIÓN",
            "Fuente:",
            "Ruritania",
            "Título:",
            "Propuesta imaginaria");
    assertEquals("2032-05-03", m.meetingDate());
  }

  @Test
  void readsAFocusGroupMeetingWhosePlaceAndDatesAreOnTheLineUnderIt() {
    Metadata m =
        CoverOfLines.read(
            "input-document.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FOCUS GROUP ON QRS\t\tFG QRS-C-0123",
            "English only",
            "WG(s):\tWG 2\t6th FG QRS meeting:",
            "\t\tGeneva, 3-9 May 2031",
            "INPUT DOCUMENT",
            "Source:\tACME Corp.",
            "Title:\tProposed text on QRS profiles");
    assertEquals(6, m.meeting());
    assertEquals("2031-05-03", m.meetingDate());
  }
}
