package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A table is a section's body as prose is: an unnumbered line right above a table's header row
 * names the section the table fills, where the document's other headings are unnumbered lines too.
 */
class HeadingOverTableTest {

  @Test
  void aPlainLineOverATableOfCellsIsASection() {
    assertOutline(
        plain(
            String.join(
                "\r\n",
                "Summary",
                "The administration reports on the rollout of its rural broadband programme.",
                "Background",
                "The programme started in 2019 under the national plan for universal access.",
                "Coverage of the programme",
                "Region\tVillages\tYear",
                "Highlands\t140\t2020",
                "Coastal plain\t2 310\t2021",
                "The remaining villages will be connected by the end of the next phase.",
                "Conclusions",
                "The approach suits other developing countries with sparse populations.")),
        "summary|1||Summary",
        "introduction|1||Background",
        "other|1||Coverage of the programme",
        "conclusion|1||Conclusions");
  }

  @Test
  void aPdfLineOverATableOfFiguresIsASection() {
    assertOutline(
        pdf(
            Stream.of(
                    "Summary",
                    "The administration reports on the rollout of its rural broadband programme.",
                    "Background",
                    "The programme started in 2019 under the national plan for universal access.",
                    "Coverage of the programme",
                    "Region Villages Year",
                    "Highlands 140 2020",
                    "Coastal plain 2 310 2021",
                    "The remaining villages will be connected by the end of the next phase.",
                    "Conclusions",
                    "The approach suits other developing countries with sparse populations.")
                .map(Outlines::body)
                .toList()),
        "summary|1||Summary",
        "introduction|1||Background",
        "other|1||Coverage of the programme",
        "conclusion|1||Conclusions");
  }
}
