package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/**
 * An ITU cover ends with its title in capitals: in plain text, which says nothing of bold, the
 * mixed-case line right under it heads the body's first section when prose follows it.
 */
class PlainCoverTitleHeadingTest {

  @Test
  void theLineUnderTheCoverTitleHeadsTheBody() {
    String text =
        String.join(
            "\r\n",
            "Regional Preparatory Meeting for the Arab States (RPM-ARB)",
            "Virtual, 2-4 March 2025\tCorrigendum 2 to",
            "Document RPM-ARB25/7-E",
            "\t10 February 2025",
            "\tOriginal: English",
            "Freedonia (Republic of)",
            "PROPOSED REGIONAL INITIATIVE ON SPECTRUM MANAGEMENT",
            "Amendments",
            "In the section on objectives, the first paragraph should be replaced by the text below.",
            "Reasons for the amendments",
            "The figures quoted were those of an earlier survey and have since been updated.");
    assertOutline(plain(text), "other|1||Amendments", "rationale|1||Reasons for the amendments");
  }

  @Test
  void aCoverLineWithFiguresUnderTheTitleHeadsNothing() {
    String text =
        String.join(
            "\r\n",
            "Council Working Group on Financial Resources",
            "DRAFT DECISION ON THE BUDGET",
            "Document CWG-FHR-9/4-E of 3 May 2025",
            "The group is invited to consider the draft decision and to agree on it.");
    assertOutline(plain(text));
  }
}
