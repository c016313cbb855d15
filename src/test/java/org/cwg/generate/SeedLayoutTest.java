package org.cwg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.cwg.generate.DocxParagraph.FootnoteCall;
import org.cwg.generate.DocxParagraph.Text;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.Test;

class SeedLayoutTest {

  private static Section section(String heading, String number) {
    return new Section(SectionKind.OTHER, heading, number, 1, "", 0, 0);
  }

  @Test
  void headingLinesMatchTheirSectionWhateverTheNumberingAndTrailingPunctuation() {
    assertTrue(
        SeedLayout.isHeadingOf(
            "2. \tAgenda of the meeting: CWG-Internet-20/1R2",
            section("Agenda of the meeting: CWG-Internet-20/1R2", "2")));
    assertTrue(
        SeedLayout.isHeadingOf(
            "3.\tSecretariat report: CWG-Internet-20/2:",
            section("Secretariat report: CWG-Internet-20/2", "3")));
    assertTrue(SeedLayout.isHeadingOf("5.1.1\tSummary", section("Summary", "5.1.1")));
    assertTrue(
        SeedLayout.isHeadingOf(
            "Topic 4: International Internet Connectivity",
            section("International Internet Connectivity", "4")));
    assertTrue(SeedLayout.isHeadingOf("Purpose", section("Purpose", null)));
    assertTrue(SeedLayout.isHeadingOf("II\tProposals", section("Proposals", "II")));
  }

  @Test
  void otherLinesDoNot() {
    assertFalse(SeedLayout.isHeadingOf("6.1.1\tSummary", section("Summary", "6.2.1")));
    assertFalse(SeedLayout.isHeadingOf("5.1.1\tSummary", section("Summary", null)));
    assertFalse(
        SeedLayout.isHeadingOf("The purpose of this contribution", section("Purpose", null)));
    assertFalse(SeedLayout.isHeadingOf("1\tRationale for proposal", section("Rationale", "1")));
  }

  @Test
  void countsWhatTheAnalysisFoundButTheTextDoesNotHold() throws Exception {
    String text = Files.readString(SeedRecords.seedFile(SeedRecords.SEED_001));
    assertEquals(new Counts(0, 0), counts(SeedLayout.layOut(text, SeedRecords.seed001(), true)));
    DocumentRecord wrong = SeedRecords.seed001();
    List<Section> sections = new ArrayList<>(wrong.sections());
    sections.add(2, section("A heading nobody wrote", "7"));
    DocumentRecord withStray =
        new DocumentRecord(
            "test",
            null,
            wrong.metadata(),
            sections,
            wrong.proposals(),
            List.of(),
            List.of(),
            List.of(),
            "",
            0);
    // The stray heading blocks the ones after it, and with them the proposal items.
    assertEquals(new Counts(3, 2), counts(SeedLayout.layOut(text, withStray, true)));
  }

  private record Counts(int sections, int proposals) {}

  private static Counts counts(SeedLayout.LaidOut laidOut) {
    return new Counts(laidOut.sectionsMissed(), laidOut.proposalsMissed());
  }

  @Test
  void exportedFootnotesBecomeCallsAndBookmarksDisappear() {
    String line =
        "[bookmark: lt_pId016]The public core of the Internet[footnoteRef:1]; more."
            + "  [1:  \tThe term is defined.] ";
    Text text = SeedLayout.text(SeedLayout.clean(line));
    assertEquals("The public core of the Internet; more.", text.text());
    assertEquals(List.of(new FootnoteCall(31, "The term is defined.")), text.footnotes());
  }
}
