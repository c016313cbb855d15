package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.boldBody;
import static org.cwg.structure.Outlines.pdf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDF text prints a table's cells as lines: a table of yearly figures ends in its last row, so the
 * line under it may head the next section; a narrow cell's label wraps over two lines, whose first
 * part is no heading however its words read.
 */
class PdfTableCellLinesTest {

  @Test
  void aRowOfYearlyFiguresOpensWithItsYear() {
    assertTrue(TableRows.isRowOfFigures("2019 4 210 18.6"));
    assertTrue(TableRows.isRowOfFigures("1998 312 7,5"));
    assertFalse(TableRows.isRowOfFigures("2019 2020 2021"));
    assertFalse(TableRows.isRowOfFigures("2019 saw 4 210 new members"));
  }

  @Test
  void aDashAloneIsARowsCellWithNoValueNotARangesMark() {
    assertTrue(TableRows.isRowOfFigures("2019 4.5 –"));
    assertTrue(TableRows.isRowOfFigures("2020 – 3.9 13%"));
    assertFalse(TableRows.isRowOfFigures("Chapter 4 –"));
    assertFalse(TableRows.isRowOfFigures("Pages 12 – 15"));
  }

  @Test
  void aHeaderRowOverYearlyFiguresWithAnEmptyCellIsNoSection() {
    assertOutline(
        pdf(
            List.of(
                body("1   Tariffs"),
                body("The regulator set a glide path for the price of a call over three years."),
                body("1.1   Outcome"),
                // A table's header row is often bold, as a heading is.
                boldBody("Period Average price (euro cents per call) Change"),
                body("2019 4.5 –"),
                body("2020 3.9 13%"),
                body("2021 3.2 18%"),
                body("2   Conclusion"),
                body("The prices fell without harm to investment in the networks."))),
        "other|1|1|Tariffs",
        "outcome|2|1.1|Outcome",
        "conclusion|1|2|Conclusion");
  }

  @Test
  void aHeadingUnderATableOfYearlyFiguresStays() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Context",
                    "The regional office collects the training fees of the members of the region.",
                    "2   Figures",
                    "The table below shows the courses held and the fees collected each year.",
                    "Year Courses held Fees (CHF thousand)",
                    "2019 42 310.5",
                    "2020 38 287.0",
                    "2021 51 402.3",
                    "Remarks",
                    "• the number of courses has grown since the pandemic;",
                    "• the fees cover the cost of the courses.",
                    "3   Proposal",
                    "The office proposes to keep the fees unchanged.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Context",
        "other|1|2|Figures",
        "other|2||Remarks",
        "proposal|1|3|Proposal");
  }

  @Test
  void aLabelWrappedInItsCellIsNoHeading() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Proposal",
                    "The group is invited to agree the new work item described in the annex.",
                    "Annex A – Description of the new work item",
                    "Question: Q4/13 New Recommendation",
                    "References",
                    "and scope:",
                    "Y.iot-sec: Security framework for smart buildings",
                    "Timing: 2028-Q1")
                .map(Outlines::body)
                .toList()),
        "proposal|1|1|Proposal",
        "annex|1|A|Annex A – Description of the new work item");
  }
}
