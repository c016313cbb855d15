package org.cwg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cwg.generate.DocxParagraph.FootnoteCall;
import org.cwg.generate.DocxParagraph.Text;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.Test;

class SeedLayoutTest {

  private static Section section(String heading, String number) {
    return new Section(SectionKind.OTHER, heading, number, 1, "", 0, 0);
  }

  @Test
  void headingLinesMatchTheirSectionWhateverTheNumberingAndTrailingPunctuation() {
    assertTrue(SeedLayout.isHeadingOf("2. \tAgenda of the meeting: CWG-Internet-20/1R2",
        section("Agenda of the meeting: CWG-Internet-20/1R2", "2")));
    assertTrue(SeedLayout.isHeadingOf("3.\tSecretariat report: CWG-Internet-20/2:",
        section("Secretariat report: CWG-Internet-20/2", "3")));
    assertTrue(SeedLayout.isHeadingOf("5.1.1\tSummary", section("Summary", "5.1.1")));
    assertTrue(SeedLayout.isHeadingOf("Topic 4: International Internet Connectivity",
        section("International Internet Connectivity", "4")));
    assertTrue(SeedLayout.isHeadingOf("Purpose", section("Purpose", null)));
    assertTrue(SeedLayout.isHeadingOf("II\tProposals", section("Proposals", "II")));
  }

  @Test
  void otherLinesDoNot() {
    assertFalse(SeedLayout.isHeadingOf("6.1.1\tSummary", section("Summary", "6.2.1")));
    assertFalse(SeedLayout.isHeadingOf("5.1.1\tSummary", section("Summary", null)));
    assertFalse(SeedLayout.isHeadingOf("The purpose of this contribution",
        section("Purpose", null)));
    assertFalse(SeedLayout.isHeadingOf("1\tRationale for proposal", section("Rationale", "1")));
  }

  @Test
  void exportedFootnotesBecomeCallsAndBookmarksDisappear() {
    String line = "[bookmark: lt_pId016]The public core of the Internet[footnoteRef:1]; more."
        + "  [1:  \tThe term is defined.] ";
    Text text = SeedLayout.text(SeedLayout.clean(line));
    assertEquals("The public core of the Internet; more.", text.text());
    assertEquals(List.of(new FootnoteCall(31, "The term is defined.")), text.footnotes());
  }
}
