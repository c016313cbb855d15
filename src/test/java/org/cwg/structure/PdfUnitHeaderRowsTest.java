package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDF text runs a table's header row onto one line, a column of measures named with its unit in
 * brackets ("Band (GHz) Service Footnote"), over rows that open with a value in figures: no
 * section.
 */
class PdfUnitHeaderRowsTest {

  @Test
  void aHeaderRowWithAUnitOverRowsOfFigureRangesIsNoSection() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Bands",
                    "The bands studied are listed below with the service each is allocated to.",
                    "Band (GHz) Service Footnote",
                    "10,7-11,7 / 12,5-12,75 Fixed-satellite 5.441",
                    "17,3-17,7 Broadcasting-satellite 5.517",
                    "2   Conclusion",
                    "The group is invited to note the bands.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Bands",
        "conclusion|1|2|Conclusion");
  }
}
