package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDF text may give a table one cell a line: the column names, then each row cell by cell, a column
 * of figures or dates coming back every as many lines as there are columns. Neither a column's name
 * nor a cell is a heading, and the heading after the table stands.
 */
class PdfCellLinesTest {

  @Test
  void columnNamesOverCellsOfFiguresAreNoHeadings() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Traffic estimates",
                    "The estimates below assume the busy hour of a working day in a large city.",
                    "Service",
                    "Peak load (Mbit/s)",
                    "Mean load (Mbit/s)",
                    "Video streaming",
                    "40",
                    "12",
                    "Messaging",
                    "2",
                    "1",
                    "Telemetry",
                    "0,5",
                    "0,2",
                    "2   Proposal",
                    "The meeting is invited to take the estimates into account in its studies.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Traffic estimates",
        "proposal|1|2|Proposal");
  }

  @Test
  void anInitialAndASurnameAmongCellsAreNoLetteredHeading() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Work items",
                    "The group keeps the following work items, each with its editor and target date.",
                    "Draft",
                    "Editor",
                    "Due",
                    "Y.grid-mgmt",
                    "R. Okafor",
                    "2031-03",
                    "Y.grid-sec",
                    "M. Lindqvist",
                    "2031-09",
                    "2   Next meeting",
                    "The group will meet again in the autumn, at a place to be agreed.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Work items",
        "other|1|2|Next meeting");
  }
}
