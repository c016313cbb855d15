package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDF text gives a table's row as one line, its cells run together: a header row over rows that
 * open with references of one shape (documents, Recommendations, Questions) is no heading, nor are
 * the rows.
 */
class PdfReferenceRowsTest {

  @Test
  void aHeaderRowOverRowsOfDocumentsIsNoSection() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Opening",
                    "The Rapporteur opened the meeting and welcomed the delegates of eleven countries.",
                    "2   Inputs",
                    "The meeting examined the inputs below:",
                    "Input Origin Subject",
                    "RGQ4/31Chile (Republic of) Rural backhaul over satellite links",
                    "RGQ4/38Ghana (Republic of) Community networks in northern districts",
                    "RGQ4/40Nepal Spectrum pricing for rural operators",
                    "All inputs were noted and will feed the next draft of the report.",
                    "3   Closing",
                    "The meeting closed at noon.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Opening",
        "other|1|2|Inputs",
        "other|1|3|Closing");
  }

  @Test
  void aHeaderRowOverWrappedRowsOfRecommendationsIsNoSection() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Introduction",
                    "The group reviewed its texts at this meeting and agreed the revisions annexed.",
                    "Annex 1 – Revised texts",
                    "Text Subject Input",
                    "ITU-R Z.100-4 Method for the measurement of unwanted emissions from short range low power ",
                    "devices in shared bands",
                    "9/41",
                    "ITU-R Z.230-2 Interference criteria for fixed links in rural areas",
                    "9/44")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Introduction",
        "annex|1|1|Annex 1 – Revised texts");
  }

  @Test
  void aHeadingOverProseThatOpensWithAReferenceStays() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Introduction",
                    "The group met twice this year and agreed the following plan of work for the period.",
                    "Earlier Resolutions",
                    "Resolution 12 of the Assembly asked the group to report on its progress every ",
                    "year, which this document does for the first time since the last meeting.",
                    "2   Conclusion",
                    "The meeting is invited to note this document.")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Introduction",
        "other|2||Earlier Resolutions",
        "conclusion|1|2|Conclusion");
  }

  @Test
  void aReferenceHasTheShapeOfItsFiguresAndNoMereNumber() {
    assertEquals("SG#RGQ/#", TableRows.referenceKey("SG5RGQ/71Peru (Republic of) Networks"));
    assertEquals("ITU-R P.#-#", TableRows.referenceKey("ITU-R P.300-2 Curves for bands"));
    assertEquals("#C/TEMP/#", TableRows.referenceKey("6C/TEMP/12Liaison to WP 6A"));
    assertNull(TableRows.referenceKey("2 Adoption of the agenda"));
    assertNull(TableRows.referenceKey("The meeting closed."));
  }
}
