package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting a body tells of, a Director's note to a study group, a long meeting line. */
class MeetingAndNoteCluesTest {

  @Test
  void anEarlierMeetingToldOfInTheBodyIsNotTheDocumentsMeeting() {
    Metadata m =
        CoverOfLines.read(
            "R31-WP9Z-C-0044!!MSW-E.txt",
            "Radiocommunication Study Groups",
            "Document 9Z/44-E",
            "3 March 2031",
            "English only",
            "Ruritania",
            "PROPOSED WORK PLAN FOR THE NEW REPORT",
            "1\tIntroduction",
            "At its twelfth meeting, Working Party 9Z agreed to start the new Report.",
            "2\tProposal",
            "Ruritania proposes the attached work plan.");
    assertNull(m.meeting());
  }

  @Test
  void aMeetingRecalledAtTheStartOfAHeadlessLiaisonIsNotItsMeeting(@TempDir Path dir)
      throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "R31-WP9Z-C-0051!!MSW-E",
                "Radiocommunication Study Groups",
                "Document 9Z/51-E",
                "9 June 2031",
                "English only",
                "Working Party 9Z",
                "LIAISON STATEMENT TO THE EXAMPLE FORUM",
                "Status: For information",
                "Working Party 9Z thanks the Example Forum for its liaison statement.",
                "At its 14th meeting, Working Party 9Z completed the draft new Report on sharing.")
            .metadata();
    assertNull(m.meeting());
  }

  @Test
  void aReportedMeetingOtherThanTheCoversDatesNotTheDocument(@TempDir Path dir) throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "T31-SG99-310505-TD-GEN-0042!!MSW-E",
                "INTERNATIONAL TELECOMMUNICATION UNION\t\tTD 42 (GEN/99)",
                "TELECOMMUNICATION STANDARDIZATION SECTOR",
                "STUDY PERIOD 2029-2032",
                "\t\tSTUDY GROUP 99",
                "\t\tOriginal: English",
                "Question(s):\t7/99\tGeneva, 5-14 May 2031",
                "TD",
                "Source:\tRapporteur, Q7/99",
                "Title:\tReport of the Q7/99 rapporteur meeting",
                "Abstract:\tThis TD reports the meeting of Question 7/99 held in Lima from 3 to 4 March"
                    + " 2031.",
                "1\tOpening",
                "The Rapporteur opened the meeting.")
            .metadata();
    assertEquals("2031-05-05", m.meetingDate());
    assertNull(m.date());
  }

  @Test
  void whatADirectorSendsAWorkingPartyIsANote() {
    assertEquals(
        "note", TypeEvidence.roleOf(List.of("Director, Radiocommunication Bureau"), "WP9Z"));
    assertEquals("note", TypeEvidence.roleOf(List.of("Director, BDT"), "SG3"));
    assertEquals("report", TypeEvidence.roleOf(List.of("Director, BDT"), "TDAG"));
  }

  @Test
  void whatADirectorSendsAConferenceOrTheCpmIsANote() {
    assertEquals("note", TypeEvidence.roleOf(List.of("Director, Telecommunication Bureau"), "CPM"));
    assertEquals("note", TypeEvidence.roleOf(List.of("Director, BDT"), "WTDC"));
  }

  @Test
  void aLongMeetingNameMayComeBeforeThePlaceAndDates() {
    Matcher m =
        CoverCells.placeAndDate(
            "Reunión del Grupo de Relator para la Cuestión 8/9 de la Comisión de Estudio 9 del"
                + " UIT-D: Lima, 7 de marzo de 2031");
    assertNotNull(m);
    assertEquals("Lima", m.group("place"));
  }

  @Test
  void aCouncilSessionsReportOnAWorkingGroupsMeetingHasNoMeetingNumber(@TempDir Path dir)
      throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "C31-0077!!MSW-E",
                "Council 2031",
                "Geneva, 8-18 June 2031\t\tAgenda item: ADM 4",
                "\t\tDocument C31/77-E",
                "\t\t2 May 2031",
                "\t\tOriginal: English",
                "Report by the Chair of the Council Working Group on Example Resources",
                "REPORT ON THE NINTH MEETING OF THE COUNCIL WORKING GROUP ON EXAMPLE RESOURCES",
                "Summary",
                "This document reports on the ninth meeting of the Council Working Group on Example"
                    + " Resources and its recommendations to the Council.",
                "Action required",
                "The Council is invited to approve the recommendations in section 3.",
                "1\tIntroduction",
                "The Group met in Geneva in February 2031.")
            .metadata();
    assertEquals("Council", m.group());
    assertNull(m.meeting(), "a Council session has no number; the ninth is the group's meeting");
  }
}
