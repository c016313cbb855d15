package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/**
 * In plain and PDF text, an unnumbered topical heading ("Activities") may have its first sub-topic
 * right under it, with no paragraph between: that line heads a section too. Under a heading named
 * by its kind ("References") the next line is its first entry.
 */
class TopicalSubHeadingsTest {

  @Test
  void theFirstSubTopicRightUnderAnUnnumberedTopicIsASection() {
    String text =
        """
        Purpose
        This note reports on the work of the test group.
        Activities
        Field trials
        The group ran trials in three regions over the year.
        Laboratory work
        The laboratory measured the samples sent by the regions.
        """;
    assertOutline(
        plain(text),
        "purpose|1||Purpose",
        "other|1||Activities",
        "other|1||Field trials",
        "other|1||Laboratory work");
  }

  @Test
  void theFirstEntryUnderReferencesIsNoSection() {
    String text =
        """
        Purpose
        This note reports on the work of the test group.
        References
        Council Documents C99/1 and C99/2
        Background
        The group was set up by the Council in 2030.
        """;
    assertOutline(
        plain(text),
        "purpose|1||Purpose",
        "references|1||References",
        "introduction|1||Background");
  }
}
