package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDF text gives a two-column table's row as one line, a label then its value: the header row that
 * names the two columns and the rows under it are no headings; a heading over prose stays.
 */
class PdfValueRowsTest {

  @Test
  void aHeaderRowOverLabelsAndMeasuredValuesIsNoSection() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Background",
                    "The buoy carries a small transmitter whose characteristics are given below.",
                    "Characteristic Setting",
                    "Carrier frequency 406,05 MHz",
                    "Transmit power 5 W",
                    "Coding scheme BCH-2 with interleaving",
                    "2   Proposal",
                    "The meeting is invited to note the characteristics.")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Background",
        "proposal|1|2|Proposal");
  }

  @Test
  void aHeaderRowOverRowsOfSectorResolutionsIsNoSection() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Introduction",
                    "The Assembly revised the texts below, which govern the work of the group.",
                    "Annex – Revised texts",
                    "Text Subject",
                    "Resolution ITU-T 7-3 Handling of liaison statements between the groups and",
                    "other organizations",
                    "Resolution ITU-T 12-2 Electronic working methods and the documents of the meetings")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Introduction",
        "annex|1||Annex – Revised texts");
  }

  @Test
  void aHeaderRowOverRowsNamingSectionsIsNoSection() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Introduction",
                    "Korea proposes the changes to the draft report listed below.",
                    "Annex – Changes to the draft report",
                    "Clause Change",
                    "4.1 Antenna patterns Replace the figure with the pattern measured on the two prototypes",
                    "6 Coexistence studies Add the results of the second campaign to the end of the clause")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Introduction",
        "annex|1||Annex – Changes to the draft report");
  }

  @Test
  void aShortHeadingOverProseWithFiguresStays() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Introduction",
                    "The group studied the sharing of the band between two services this year.",
                    "Sharing Studies",
                    "The studies assumed a terminal transmitting 5 W in a channel of 200 kHz with a "
                        + "guard band of 25 kHz on",
                    "each side of the channel, as in the earlier report.",
                    "2   Conclusion",
                    "The meeting is invited to note this document.")
                .map(Outlines::body)
                .toList()),
        "introduction|1|1|Introduction",
        "other|2||Sharing Studies",
        "conclusion|1|2|Conclusion");
  }

  @Test
  void theLastOfARunOfRowsShapedAlikeIsNoSectionOverTheProseAfterTheTable() {
    assertOutline(
        pdf(
            Stream.of(
                    "1   Results",
                    "The margins found for each service sharing the band are listed below.",
                    "Service sharing Cell layout Margin wanted (dB) Margin met (dB)",
                    "Radar Dense urban 3 4.5",
                    "Radar Rural 3 7.1",
                    "Aeronautical Hotspot 3 –2.6",
                    "The protection criterion of the radar service was used for every case.",
                    "2   Proposal",
                    "The meeting is invited to note the margins.")
                .map(Outlines::body)
                .toList()),
        "other|1|1|Results",
        "proposal|1|2|Proposal");
  }
}
