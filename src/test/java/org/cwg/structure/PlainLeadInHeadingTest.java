package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * In plain text, which says nothing of bold, a short line heads a section when a body follows it; a
 * body may open with a short sentence that leads into a list ("The committee should:") as well as
 * with prose.
 */
class PlainLeadInHeadingTest {

  private static final String COVER =
      String.join(
          "\r\n",
          "COUNCIL WORKING GROUP",
          "GENEVA \u2014 2030 SESSION\tDocument CWG-X/4-E",
          "\t2 March 2030",
          "\tOriginal: English",
          "Contribution by Freedonia",
          "A PROPOSAL ON THE WORK OF THE GROUP");

  @Test
  void aLineOverALeadInAndItsListHeadsASection() {
    String text =
        String.join(
            "\r\n",
            COVER,
            "Background",
            "The group met twice since its last session. Its members asked for a clearer mandate.",
            "Suggested tasks for the coming period",
            "The group should:",
            "\u2022\tcollect the views of the regions;",
            "\u2022\treport to the next session.",
            "Action required",
            "The group is invited to agree on the tasks above.");
    assertOutline(
        plain(text),
        "introduction|1||Background",
        "other|1||Suggested tasks for the coming period",
        "action-required|1||Action required");
  }

  @Test
  void aLeadInIsASentenceAndNoLabel() {
    assertTrue(HeadingScore.introducesList("The group should:"));
    assertFalse(HeadingScore.introducesList("Source:"), "a label");
    assertFalse(HeadingScore.introducesList("Action required:"), "a label of two words");
    assertFalse(HeadingScore.introducesList("Document\tTitle of the item:"), "a table's row");
    assertFalse(HeadingScore.introducesList("the group then decided to:"), "a continuation");
  }
}
