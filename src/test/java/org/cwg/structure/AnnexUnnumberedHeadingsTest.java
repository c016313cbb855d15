package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/** An attachment's unnumbered headings all sit under it, whatever words they are. */
class AnnexUnnumberedHeadingsTest {

  @Test
  void theUsualBodyHeadingsUnderAnAttachmentStayItsOwn() {
    String text =
        """
        Radiocommunication Study Groups
        Document 9/12-E
        Introduction
        The working party finalized the draft new Report on garden sensors given in the attachment.
        Attachment 1 – Draft new Report on garden sensors
        Scope
        This Report describes sensors that measure the moisture of the soil in public gardens.
        Watering practice
        Gardeners reported how often they water the lawns and the beds of the public gardens.
        Abbreviations
        GS: garden sensor; LPW: low-power watering.
        Field trials
        Administrations reported trials in parks and in the gardens of schools and of hospitals.
        Conclusions
        Garden sensors save water at a low cost.
        """;
    assertOutline(
        plain(text),
        "introduction|1||Introduction",
        "attachment|1|1|Attachment 1 – Draft new Report on garden sensors",
        "scope|2||Scope",
        "other|2||Watering practice",
        "abbreviations|2||Abbreviations",
        "other|2||Field trials",
        "conclusion|2||Conclusions");
  }
}
