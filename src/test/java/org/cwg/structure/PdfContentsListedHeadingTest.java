package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;

import org.junit.jupiter.api.Test;

/**
 * PDF renders the tab after a heading's number as a wide gap, so a long heading may fill the line
 * as a wrapped paragraph's first line does; the table of contents lists it, which no paragraph is.
 */
class PdfContentsListedHeadingTest {

  @Test
  void aWideHeadingTheContentsListIsReadAsAHeading() {
    assertOutline(
        pdf(
            java.util.List.of(
                body("Contents"),
                body("1  Background ........................................................ 1"),
                body(
                    "1.1  Track 1: Rural broadband networks and the shared towers of small"
                        + " villages ...... 1"),
                body("1.2  Track 2: Skills ................................................ 2"),
                body("1   Background"),
                body(
                    "The office has worked in the period with the regional offices and with the"
                        + " members of the sector "),
                body("in the field, and it reports here on its tracks."),
                body(
                    "1.1   Track 1: Rural broadband networks and the shared towers of small"
                        + " villages"),
                body(
                    "Shared towers were built in a dozen villages this year with the help of the"
                        + " members of the "),
                body("sector and of the regional offices."),
                body("1.2   Track 2: Skills"),
                body("Courses were given in four regions."))),
        "introduction|1|1|Background",
        "other|2|1.1|Track 1: Rural broadband networks and the shared towers of small villages",
        "other|2|1.2|Track 2: Skills");
  }
}
