package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/**
 * A note ends with its signatory's name and office under the last paragraph: in plain and PDF text,
 * which show no bold, the name is no heading, for no body follows it.
 */
class ClosingSignatureTest {

  @Test
  void theSignatoryUnderTheLastParagraphIsNoSection() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Purpose",
                "This note reports on the preparation of the next assembly.",
                "Action required",
                "The meeting is invited to take note of this report.",
                "Jane Example",
                "Head, Preparations Department")),
        "purpose|1||Purpose",
        "action-required|1||Action required");
  }

  @Test
  void aLastHeadingWithABodyStaysASection() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Purpose",
                "This note reports on the preparation of the next assembly.",
                "Regional Workshops",
                "Two workshops will be held, in Asia and in Africa.")),
        "purpose|1||Purpose",
        "other|1||Regional Workshops");
  }

  @Test
  void theSignatoryAboveTheAnnexesIsNoSection() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Purpose",
                "This note reports on the preparation of the next assembly.",
                "Action required",
                "The meeting is invited to take note of the report in the Annex.",
                "Jane Example",
                "Head, Preparations Department",
                "Annex \u2013 Report of the preparatory group",
                "The group met twice and agreed on the programme.")),
        "purpose|1||Purpose",
        "action-required|1||Action required",
        "annex|1||Annex \u2013 Report of the preparatory group");
  }
}
