package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unnumbered headings take no level of their own: after an unnumbered heading, the next one is its
 * sibling, whatever its words; and a heading over a bulleted list has the list for its body.
 */
class UnnumberedSiblingHeadingsTest {

  @Test
  void anOutcomeAfterAnUnnumberedHeadingIsItsSibling() {
    String text =
        """
        Purpose
        This note reports on the regional workshop on spectrum pricing.
        Background
        The workshop was announced in the circular letter of March and was hosted by the region.
        Outcome
        The participants agreed on a common set of pricing principles for the region.
        Next steps
        The secretariat will publish the principles and report to the next meeting.
        """;
    assertOutline(
        plain(text),
        "purpose|1||Purpose",
        "introduction|1||Background",
        "outcome|1||Outcome",
        "actions|1||Next steps");
  }

  @Test
  void anOutcomeUnderANumberedClauseStaysItsChild() {
    String text =
        """
        1\tSpectrum pricing
        The workshop compared the pricing methods in use in the region.
        Outcome
        The participants agreed on a common set of pricing principles.
        """;
    assertOutline(plain(text), "other|1|1|Spectrum pricing", "outcome|2||Outcome");
  }

  @Test
  void aPdfHeadingOverShortBulletsIsAHeading() {
    assertOutline(
        pdf(
            List.of(
                body("Background"),
                body(
                    "The board met twice this year and reviewed the plans of the regional offices."),
                body("Activities proposed for the coming year"),
                body("• two regional forums;"),
                body("• one training course."),
                body("Costs"),
                body("The activities are funded from the existing budget of the Bureau."))),
        "introduction|1||Background",
        "other|1||Activities proposed for the coming year",
        "other|1||Costs");
  }
}
