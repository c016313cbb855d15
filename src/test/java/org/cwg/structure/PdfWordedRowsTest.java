package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDF text gives a table of three columns as a terse header row of capitalised column names over
 * longer rows in words, each on a line that ends no sentence: neither is a heading, and a short
 * line after the last row heads the prose under it again.
 */
class PdfWordedRowsTest {

  @Test
  void aHeaderRowAndRowsInWordsAreNoSections() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Work plan",
                    "The group agreed on the tasks below and on who leads each of them.",
                    "Task Lead Status",
                    "Revision of the handbook on numbering Rapporteur Ongoing",
                    "Survey of the regional groups Secretariat Not started",
                    "Glossary of common terms Editor Completed",
                    "2   Proposal",
                    "The meeting is invited to approve the work plan.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Work plan",
        "proposal|1|2|Proposal");
  }

  @Test
  void aShortLineAfterTheRowsHeadsTheProseBelow() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Meetings",
                    "The group proposes to meet twice next year, as shown below.",
                    "Session Proposed week Host city",
                    "Spring session 3-7 March 2031 Lisbon",
                    "Autumn session 6-10 October 2031 Nairobi",
                    "Remarks",
                    "Both weeks avoid the sessions of the other groups, and interpretation is "
                        + "available in all the",
                    "languages of the Union for each of them.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Meetings",
        "other|2||Remarks");
  }
}
