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

  @Test
  void aFormsQuestionRowUnderAnAnnexIsNoHeading() {
    String text =
        """
        TELECOMMUNICATION STANDARDIZATION SECTOR
        STUDY PERIOD 2029-2032\t\tSG9-TD77/GEN
        \t\tSTUDY GROUP 9
        Question(s):\t7/9\tTestville, 3-14 May 2031
        TD
        Source:\tRapporteur, Q7/9
        Title:\tProposal for a new work item on garden sensors
        Abstract:\tThis TD proposes a new work item on sensors that measure the moisture of soil.
        1\tProposal
        The study group is invited to agree the new work item justified in the annex below.
        Annex A – Justification for the new work item
        Question:\tQ7/9\tProposed new Recommendation\tTestville, 3-14 May 2031
        Reference and title:\tDraft Recommendation \"Requirements for sensors that measure the moisture of soil\"
        Base text:\tTD 12, TD 14\tTiming:\t2032-Q2
        Approval process:\tAAP
        Scope:\tFunctional and quality requirements for sensors that measure the moisture of soil.
        """;
    assertOutline(
        plain(text),
        "abstract|1||Abstract",
        "proposal|1|1|Proposal",
        "annex|1|A|Annex A – Justification for the new work item");
  }
}
