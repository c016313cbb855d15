package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A corrigendum's cover ends with a note saying what it replaces, then the replacement's heading
 * over the proposal's block: PDF wraps the note at the margin, which is still one sentence of the
 * body, so the short line under it heads the body.
 */
class PdfWrappedCoveringNoteTest {

  private static List<org.cwg.parse.Block> corrigendum(String note, String noteEnd) {
    return List.of(
        body("World Testing Conference (WTC-30)"),
        body("Lisbon, 1-10 June 2030"),
        body("PLENARY MEETING Corrigendum 2 to"),
        body("Document 17-E"),
        body("3 May 2030"),
        body("Original: English"),
        body("Portugal"),
        body("PROPOSALS FOR THE WORK OF THE CONFERENCE"),
        body(note),
        body(noteEnd),
        body("Amended text"),
        body("POR/17/4"),
        body("MOD"),
        body("RESOLUTION 12 (Rev. Lisbon, 2030)"),
        body("Testing of networks in all regions"),
        body("The World Testing Conference (Lisbon, 2030),"),
        body("resolves"),
        body("1 to keep testing the networks of every region every year;"),
        body(
            "Reasons: The amended text gives the dates that the annex of Resolution 12 now uses."));
  }

  @Test
  void theHeadingUnderACoveringNotePdfWrappedIsRead() {
    assertOutline(
        pdf(
            corrigendum(
                "Substitute the text below for proposal POR/17/4 of Document 17, which now gives the"
                    + " right dates in",
                "its annex.")),
        "other|1||Amended text");
  }
}
