package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConferenceFileSeriesTest {

  @Test
  void aCommitteeReportFiledInAConferenceSeriesIsAReport() {
    var metadata =
        CoverOfLines.read(
            "S31-WCIT31-C-0044!!MSW-E.docx",
            "World Conference on International Telecommunications (WCIT-31)\t",
            "Lisbon, 2-13 June 2031\t",
            "PLENARY MEETING\tDocument 44-E",
            "5 June 2031",
            "Original: English",
            "Chair, Committee 3",
            "SECOND REPORT OF COMMITTEE 3 TO THE PLENARY MEETING",
            "1\tIntroduction",
            "The committee held two meetings.");
    assertEquals("report", metadata.type());
  }
}
