package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.word;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines that close a liaison statement, "Attachment: ..." naming what it encloses, are no
 * headings; an annex or attachment written with its number and a colon still is.
 */
class LiaisonClosingLinesTest {

  @Test
  void anAttachmentLineNamingTheEnclosedDocumentIsNoHeading() {
    assertOutline(
        word(
            List.of(
                body("The forum thanks Study Group 99 for its liaison statement."),
                body(
                    "The forum has approved its Test Specification 12.1, attached for your study."),
                body("Attachment: Test Specification 12.1 (May 2027)"))));
  }

  @Test
  void anAttachmentLineBeforeMoreTextIsNoHeadingEither() {
    String text =
        """
        The forum thanks Study Group 99 for its liaison statement.
        Attachment: Test Specification 12.1 (May 2027)
        The forum looks forward to further cooperation with the Study Group.
        """;
    assertOutline(plain(text));
  }

  @Test
  void aNumberedAttachmentWithAColonStaysAHeading() {
    assertOutline(
        word(
            List.of(
                body("The forum thanks Study Group 99 for its liaison statement."),
                body("Attachment 1: Test Specification 12.1"),
                body("The specification profiles the tools of the Recommendation."))),
        "attachment|1|1|Attachment 1: Test Specification 12.1");
  }
}
