package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** Dates that PDF text sets on a cover line of their own, and what they are. */
class PdfWrappedCoverDatesTest {

  private static final String[] HEAD = {
    "INTERNATIONAL TELECOMMUNICATION UNION",
    "TELECOMMUNICATION STANDARDIZATION SECTOR",
    "STUDY PERIOD 2029-2032",
    "SG99-TD41/WP2",
    "STUDY GROUP 99",
    "Original: English",
  };

  private static Metadata read(String... rest) {
    String[] lines = new String[HEAD.length + rest.length];
    System.arraycopy(HEAD, 0, lines, 0, HEAD.length);
    System.arraycopy(rest, 0, lines, HEAD.length, rest.length);
    return CoverOfLines.read("T29-SG99-310505-TD-WP2-0041!!MSW-E.pdf", lines);
  }

  @Test
  void aDateEndingASentenceWrappedUnderItsVerbIsNoDateLine() {
    Metadata m =
        read(
            "Question(s): 7/99 Lima, 5-14 May 2031",
            "TD",
            "Source: Rapporteur, Q7/99",
            "Title: Report of the Question 7/99 rapporteur group meeting",
            "Abstract: This TD reports on the meeting of the rapporteur group",
            "for Question 7/99, which was held from",
            "2 to 4 April 2031.");
    assertEquals("2031-05-05", m.meetingDate());
    assertNull(m.date());
  }

  @Test
  void placeAndDatesFollowAQuestionRowSayingThereIsNone() {
    Metadata m =
        read(
            "Question(s): Sans objet Lima, 5-14 mai 2031",
            "CONTRIBUTION",
            "Source: Ruritanie",
            "Titre: Proposition sur les méthodes de travail");
    assertEquals("2031-05-05", m.meetingDate());
    assertEquals("Lima", m.place());
  }

  @Test
  void aMeetingsRangeAcrossMonthsWrappedAfterItsFirstDayStartsOnThatDay() {
    Metadata m =
        CoverOfLines.read(
            "D29-SG02-C-0077!!MSW-E.pdf",
            "ITU-D Study Group 2 Document SG2/77-E",
            "Third meeting: Lima, 28 ",
            "April - 2 May 2031",
            "10 April 2031",
            "Original: English",
            "QUESTION 5/2: Satellites for rural areas",
            "SOURCE: Ruritania",
            "TITLE: Ruritanian satellite studies");
    assertEquals("2031-04-28", m.meetingDate());
    assertEquals("Lima", m.place());
    assertEquals("2031-04-10", m.date());
  }

  @Test
  void aSpanishRangeAcrossMonthsWrappedAtItsDashIsTheMeetingsDates() {
    Metadata m =
        CoverOfLines.read(
            "T29-SG99-C-0052!!MSW-S.pdf",
            "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES",
            "PERIODO DE ESTUDIOS 2029-2032",
            "SG99-C52",
            "COMISIÓN DE ESTUDIO 99",
            "Original: español",
            "Cuestión(es): 4/99, 8/99 Lima, 28 de abril - ",
            "9 de mayo de 2031",
            "CONTRIBUCIÓN",
            "Fuente: Ruritania",
            "Título: Propuesta sobre los métodos de trabajo");
    assertEquals("2031-04-28", m.meetingDate());
    assertEquals("Lima", m.place());
    assertNull(m.date());
    assertEquals(List.of("4/99", "8/99"), m.questions());
  }

  @Test
  void aMeetingsPlaceWrappedAfterItsCityKeepsItsCountryAndDates() {
    Metadata m =
        read(
            "WG(s): WG 1, WG 3 2nd FG XYZ meeting: Arequipa, ",
            "Peru, 12-16 May 2031",
            "INPUT DOCUMENT",
            "Source: Ruritania",
            "Title: Proposed text for the working document");
    assertEquals("2031-05-12", m.meetingDate());
    assertEquals(Integer.valueOf(2), m.meeting());
  }

  @Test
  void aMeetingsYearWrappedOntoALineOfItsOwnStillDatesTheMeeting() {
    Metadata m =
        CoverOfLines.read(
            "D29-SG03-C-0061!!MSW-S.pdf",
            "UNIÓN INTERNACIONAL DE ",
            "TELECOMUNICACIONES",
            "Documento 3/61-S",
            "COMISIONES DE ESTUDIO DEL ",
            "UIT-D",
            "2 de abril de 2031",
            "TERCERA REUNIÓN DE LA ",
            "COMISIÓN DE ESTUDIO 3: ",
            "LIMA, 21-25 DE ABRIL ",
            "DE 2031",
            "Original: español",
            "ORIGEN: Ruritania",
            "TÍTULO: Estudios de Ruritania sobre las zonas rurales");
    assertEquals("2031-04-21", m.meetingDate());
    assertEquals("2031-04-02", m.date());
  }

  @Test
  void anOldStyleNumberWrappedAfterItsSeriesLetterIsStillItsNumberAndSaysItsSeries() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL ",
            "TELECOMMUNICATION ",
            "UNION",
            "TELECOMMUNICATION ",
            "STANDARDIZATION SECTOR",
            "STUDY PERIOD 2029-2032",
            "COM 99 – R ",
            "7 – E",
            "June 2031",
            "STUDY GROUP 99 – REPORT 7",
            "SOURCE: STUDY GROUP 99",
            "TITLE: PART II – WORKING PARTY 1/99");
    assertEquals("SG99-R7", m.number());
    assertEquals("report", m.type());
  }

  @Test
  void aDateBesideAnItuRSubjectRowIsTheCoversDate() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "Radiocommunication Study Groups",
            "Received: 2 May 2030 Revision 2 to",
            "Document 4B/91-E",
            "Subject: Satellite broadband 9 May 2030",
            "English only",
            "Ruritania",
            "PROPOSED CHANGES TO A WORKING DOCUMENT ON SATELLITE BROADBAND",
            "Introduction",
            "Ruritania proposes the changes below to the working document.");
    assertEquals("2030-05-09", m.date());
  }
}
