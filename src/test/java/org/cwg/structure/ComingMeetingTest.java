package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting that will be held is a coming one, the document's own only when the text says so. */
class ComingMeetingTest {

  private static Metadata liaison(Path dir, String closing) throws Exception {
    return WordTextExport.read(
            dir,
            "T29-SG99-C-0077!!MSW-E",
            "INTERNATIONAL TELECOMMUNICATION UNION\t\tSG99-LS77",
            "TELECOMMUNICATION STANDARDIZATION SECTOR",
            "STUDY PERIOD 2029-2032",
            "\t\tSTUDY GROUP 99",
            "\t\tOriginal: English",
            "Question(s):\t7/99",
            "LIAISON STATEMENT",
            "Source:\tITU-T Study Group 99",
            "Title:\tLS on Ruritanian satellites",
            "Study Group 99 thanks Working Party 9Z for its liaison statement on satellites.",
            closing)
        .metadata();
  }

  private static Metadata radioLiaison(Path dir, String closing) throws Exception {
    return WordTextExport.read(
            dir,
            "R31-WP9Z-C-0077!!MSW-E",
            "Radiocommunication Study Groups",
            "Document 9Z/77-E",
            "2 April 2031",
            "English only",
            "Working Party 9Z",
            "LIAISON STATEMENT TO ITU-T STUDY GROUP 99 ON RURITANIAN SATELLITES",
            "Working Party 9Z thanks Study Group 99 for its liaison statement on satellites.",
            closing,
            "Status: For information")
        .metadata();
  }

  @Test
  void anItuRLiaisonStatementHasNoMeetingOfItsOwn(@TempDir Path dir) throws Exception {
    // Its cover names no meeting; a meeting its text says was held is another group's.
    Metadata m =
        radioLiaison(dir, "This was considered at the meeting held in Lima from 3 to 7 May 2031.");
    assertEquals("liaison", m.type());
    assertNull(m.meetingDate());
    assertNull(m.place());
  }

  @Test
  void theGroupsNextMeetingDatesNoMeetingOfTheDocument(@TempDir Path dir) throws Exception {
    Metadata m =
        liaison(dir, "The next meeting of WP 9Z will be held in Lima from 3 to 7 May 2031.");
    assertNull(m.meetingDate());
    assertNull(m.place());
  }

  @Test
  void anEventTheTextPreparesForDatesNoMeetingOfTheDocument(@TempDir Path dir) throws Exception {
    Metadata m =
        liaison(
            dir,
            "WP 9Z will report to the Radiocommunication Assembly 2031 (RA-31), to be held in Lima"
                + " from 10 to 14 November 2031.");
    assertNull(m.meetingDate());
  }

  @Test
  void theMeetingThatWillBeHeldIsTheOneTheDocumentConvenes(@TempDir Path dir) throws Exception {
    Metadata m = liaison(dir, "The meeting will be held in Lima from 3 to 7 May 2031.");
    assertEquals("2031-05-03", m.meetingDate());
  }

  @Test
  void aMeetingHeldIsTheOneTheTextReportsOn(@TempDir Path dir) throws Exception {
    Metadata m =
        liaison(dir, "This was agreed at the meeting of WP 9Z held in Lima from 3 to 7 May 2031.");
    assertEquals("2031-05-03", m.meetingDate());
  }

  @Test
  void anAssemblyHeldIsNotTheDocumentsMeeting(@TempDir Path dir) throws Exception {
    Metadata m =
        liaison(dir, "RA-31 was held in Lima from 3 to 7 May 2031 and revised Resolution 9.");
    assertNull(m.meetingDate());
    assertNull(m.place());
  }

  @Test
  void aForumHeldIsNotTheDocumentsMeeting(@TempDir Path dir) throws Exception {
    Metadata m =
        liaison(dir, "The Ruritanian Satellite Forum 2031, held in Lima on 3 May 2031, agreed.");
    assertNull(m.meetingDate());
  }

  @Test
  void theGroupsNumberedMeetingHeldIsTheDocumentsMeeting(@TempDir Path dir) throws Exception {
    Metadata m =
        liaison(dir, "The twelfth meeting of WP 9Z was held in Lima from 3 to 7 May 2031.");
    assertEquals("2031-05-03", m.meetingDate());
  }

  @Test
  void aSessionOfAnotherBodyNamedMeetingIsNotTheDocumentsMeeting(@TempDir Path dir)
      throws Exception {
    Metadata m =
        liaison(
            dir,
            "The third session of the Ruritanian Preparatory Meeting was held in Lima from 3 to 7"
                + " May 2031.");
    assertNull(m.meetingDate());
  }
}
