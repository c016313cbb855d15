package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An agenda's table of items as PDF text gives it: column names over rows numbered in their first
 * cell and ending with their document's number; the column names head no group of items.
 */
class PdfItemRowsTest {

  @Test
  void columnNamesOverNumberedRowsEndingWithTheirDocumentsAreNoHeading() {
    assertOutline(
        pdf(
            Stream.of(
                    "Draft agenda of the session",
                    "No Topic Document",
                    "1 Opening of the session and adoption of the agenda AB7/1",
                    "2 Report of the chairman on the activities since the last session AB7/4",
                    "3 Review of the budget for the coming two years and of the contributions",
                    "received",
                    "AB7/9",
                    "4 Any other business –")
                .map(Outlines::body)
                .toList()));
  }
}
