package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/** Numbered headings whose words start with a figure: a band, a frequency, a year. */
class FigureHeadingsTest {

  @Test
  void aNumberedHeadingNamingABandIsAHeading() {
    String text =
        """
        1\tBands studied
        The contribution studies two bands.
        2\tCandidate bands
        2.1\t27.5-28.35 GHz
        2.1.1\tServices in the band
        The band is shared with fixed links in most countries.
        2.2\t2030 targets
        The targets follow the national plans.
        """;
    assertOutline(
        plain(text),
        "other|1|1|Bands studied",
        "other|1|2|Candidate bands",
        "other|2|2.1|27.5-28.35 GHz",
        "other|3|2.1.1|Services in the band",
        "other|2|2.2|2030 targets");
  }
}
