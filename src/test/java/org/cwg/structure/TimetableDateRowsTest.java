package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A timetable's rows open with their date, day first ("4 March 2031 Opening ..."); PDF text gives
 * each row as a line, whose first number is the date's day, never a heading's.
 */
class TimetableDateRowsTest {

  @Test
  void aRowOpeningWithADateWrittenDayFirstIsNoHeading() {
    assertOutline(
        pdf(
            List.of(
                body("1 Preparations"),
                body("The secretariat has prepared the meeting. The timetable is annexed."),
                body("2 Action required"),
                body("The board is invited to approve the timetable."),
                body("Annex – Timetable of the meeting"),
                body("Date Step"),
                body("1 March 2031 Letter inviting the members to the meeting"),
                body("April 2031 Deadline for the submission of papers"),
                body("15 May 2031 Opening of the meeting"))),
        "other|1|1|Preparations",
        "action-required|1|2|Action required",
        "annex|1||Annex – Timetable of the meeting");
  }
}
