package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Provenance;
import org.cwg.model.SectionKind;
import org.cwg.parse.EditingTraces;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentChecksTest {

  @Test
  void aCompleteContributionHasNoFindings() {
    assertEquals(List.of(), RecordFixture.contribution().findings());
  }

  @Test
  void anUnreadableFileIsOneFinding() {
    FileReport report =
        DocumentChecks.unreadable(
            "a.docx", "encrypted (password-protected)", RuleSettings.defaults());
    assertEquals(
        List.of(
            new Finding(
                Rule.FILE_UNREADABLE,
                Severity.ERROR,
                "cannot read the file: encrypted (password-protected)",
                "file",
                null)),
        report.findings());
  }

  @Nested
  class Metadata {

    @Test
    void unknownTypeIsReportedAndSkipsSectionChecks() {
      assertEquals(
          List.of(
              "type-unknown | warning | document | document type not recognised,"
                  + " so its required sections are not checked; give it with --type or the rules"
                  + " file's \"type\" | null"),
          RecordFixture.contribution().type(null).withoutSections().findings());
    }

    @Test
    void missingNumber() {
      assertEquals(
          List.of(
              "number-missing | error | document | no document number on the"
                  + " cover, in the properties or in the file name | null"),
          RecordFixture.contribution().number(null, null).findings());
    }

    @Test
    void numberThatDisagreesWithTheFileName() {
      assertEquals(
          List.of(
              "number-filename-mismatch | error | file name | the file name says"
                  + " CWG-Internet-20/5 but the document is CWG-Internet-20/4 | null"),
          RecordFixture.contribution().path("drafts/S25-CWGINT20-C-0005!!MSW-E.docx").findings());
    }

    @Test
    void numberThatAgreesWithTheFileName() {
      assertEquals(
          List.of(),
          RecordFixture.contribution().path("drafts/S25-CWGINT20-C-0004!!MSW-E.docx").findings());
      assertEquals(
          List.of(), RecordFixture.contribution().path("drafts/CWG-Internet-20-4.docx").findings());
    }

    @Test
    void aRevisionInTheFileNameMustBeTheDocumentsToo() {
      assertEquals(
          List.of(
              "revision-mismatch | error | file name | the file name says Rev.1"
                  + " but the cover gives no revision of CWG-Internet-20/4 | null"),
          RecordFixture.contribution().path("S25-CWGINT20-C-0004!R1!MSW-E.docx").findings());
    }

    @Test
    void aNumberTakenFromTheFileNameAgreesWithIt() {
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .number("CWG-Internet-20/4", Provenance.FILENAME)
              .path("CWG-Internet-20-5.docx")
              .findings());
    }

    @Test
    void missingMeeting() {
      assertEquals(
          List.of(
              "meeting-missing | warning | document | no meeting number or"
                  + " meeting date found | null"),
          RecordFixture.contribution().number("C25/45", Provenance.COVER).meeting(null).findings());
    }

    @Test
    void aPublishedRecommendationBelongsToNoMeeting() {
      RecordFixture recommendation =
          RecordFixture.bare()
              .type("recommendation")
              .family("itu-t")
              .number("C25/45", Provenance.COVER)
              .meeting(null);
      assertEquals(List.of(), recommendation.findings());
      assertEquals(
          List.of(
              "meeting-missing | warning | document | no meeting number or meeting"
                  + " date found | null"),
          recommendation.type("agenda").findings());
      assertEquals(2, recommendation.type(null).findings().size(), "type-unknown, meeting-missing");
    }

    @Test
    void aMeetingImpliedByTheNumberIsEnough() {
      assertEquals(List.of(), RecordFixture.contribution().meeting(null).findings());
    }
  }

  @Nested
  class Sections {

    @Test
    void missingActionRequired() {
      RecordFixture doc =
          RecordFixture.bare()
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
              .section(SectionKind.PROPOSAL, "1", "Proposal", 1, "Do it.");
      assertEquals(
          List.of(
              "section-missing | error | document | no action-required section,"
                  + " which a contribution needs | action-required"),
          doc.findings());
    }

    @Test
    void aReportNeedsPurposeOrSummary() {
      RecordFixture withSummary =
          RecordFixture.bare()
              .type("report")
              .section(SectionKind.SUMMARY, null, "Summary", 1, "What happened.")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Note it.");
      assertEquals(List.of(), withSummary.findings());
      RecordFixture withNeither =
          RecordFixture.bare()
              .type("report")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Note it.");
      assertEquals(
          List.of(
              "section-missing | error | document | no purpose or summary section,"
                  + " which a report needs | purpose"),
          withNeither.findings());
    }

    @Test
    void emptyPurpose() {
      RecordFixture doc =
          RecordFixture.bare()
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "  ")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Consider it.")
              .section(SectionKind.PROPOSAL, "1", "Proposal", 1, "Do it.");
      assertEquals(
          List.of(
              "section-empty | error | section \"Purpose\" | the purpose section"
                  + " has no text | purpose"),
          doc.findings());
    }

    @Test
    void aSectionWhoseTextIsInItsSubsectionsIsNotEmpty() {
      RecordFixture doc =
          RecordFixture.bare()
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Consider it.")
              .section(SectionKind.PROPOSAL, "2", "Proposals", 1, "")
              .section(SectionKind.OTHER, "2.1", "First", 2, "Do it.");
      assertEquals(List.of(), doc.findings());
    }

    @Test
    void proposalBeforeActionRequired() {
      RecordFixture doc =
          RecordFixture.bare()
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
              .section(SectionKind.PROPOSAL, "1", "Proposal", 1, "Do it.")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Consider it.");
      assertEquals(
          List.of(
              "section-order | warning | section 1 (Proposal) | the proposal"
                  + " section comes before the action-required section; expected order: purpose,"
                  + " action-required, proposal | proposal"),
          doc.findings());
    }
  }

  @Nested
  class Citations {

    @Test
    void aCitationWithoutItsBody() {
      RecordFixture doc =
          RecordFixture.contribution()
              .cites(
                  2, null, "140", "Rev. Bucharest, 2022", "Resolution 140 (Rev. Bucharest, 2022)");
      assertEquals(
          List.of(
              "citation-body-unknown | warning | section 1 (Rationale) | cannot"
                  + " tell whose Resolution 140 is (PP, Council, WTSA...): \"Resolution 140 (Rev."
                  + " Bucharest, 2022)\" | rationale"),
          doc.findings());
    }

    @Test
    void aFirstMentionWithoutRevisionButNotALaterOne() {
      RecordFixture doc =
          RecordFixture.contribution()
              .cites(2, "Council", "1305", null, "Resolution 1305 of the ITU Council")
              .cites(3, "Council", "1305", null, "Resolution 1305");
      assertEquals(
          List.of(
              "citation-missing-revision | warning | section 1 (Rationale) | first"
                  + " mention of Council Resolution 1305 gives no revision: \"Resolution 1305 of the ITU"
                  + " Council\" | rationale"),
          doc.findings());
    }

    @Test
    void aFirstMentionWithRevisionLetsLaterOnesGoWithout() {
      RecordFixture doc =
          RecordFixture.contribution()
              .cites(
                  0, "PP", "101", "Rev. Bucharest, 2022", "Resolution 101 (Rev. Bucharest, 2022)")
              .cites(3, "PP", "101", null, "Resolution 101");
      assertEquals(List.of(), doc.findings());
    }
  }

  @Nested
  class References {

    @Test
    void anUnknownReferenceIsReportedOnceWithAnIndex() {
      RecordFixture doc =
          RecordFixture.contribution()
              .refers(2, "CWG-Internet-20/9", "Document CWG-Internet-20/9")
              .refers(3, "CWG-Internet-20/9", "CWG-Internet-20/9")
              .refers(3, "CWG-Internet-20/1(Rev.2)", "CWG-Internet-20/1R2");
      KnownDocuments known = KnownDocuments.of(List.of("CWG-Internet-20/1", "CWG-Internet-20/4"));
      assertEquals(
          List.of(
              "reference-unresolved | warning | section 1 (Rationale) |"
                  + " CWG-Internet-20/9 is not in the index: \"Document CWG-Internet-20/9\" |"
                  + " rationale"),
          doc.findings(RuleSettings.defaults(), known));
    }

    @Test
    void referencesAreNotCheckedWithoutAnIndex() {
      RecordFixture doc =
          RecordFixture.contribution().refers(2, "CWG-Internet-20/9", "Document CWG-Internet-20/9");
      assertEquals(List.of(), doc.findings());
    }
  }

  @Nested
  class Leftovers {

    @Test
    void trackedChanges() {
      RecordFixture doc =
          RecordFixture.contribution().traces(new EditingTraces(2, 1, 14, 0, 0, 0, 0));
      assertEquals(
          List.of(
              "tracked-changes | error | paragraph 14 | 3 tracked changes (2"
                  + " insertions, deletions or moves, 1 formatting); accept or reject them | null"),
          doc.findings());
    }

    @Test
    void comments() {
      RecordFixture doc =
          RecordFixture.contribution().traces(new EditingTraces(0, 0, 0, 1, 3, 0, 0));
      assertEquals(
          List.of("comments | warning | paragraph 3 | 1 comment left in the file |" + " null"),
          doc.findings());
    }

    @Test
    void highlights() {
      RecordFixture doc =
          RecordFixture.contribution().traces(new EditingTraces(0, 0, 0, 0, 0, 4, 7));
      assertEquals(
          List.of("highlighted-text | warning | paragraph 7 | 4 highlighted runs |" + " null"),
          doc.findings());
    }

    @Test
    void exportArtifactsPointAtTheirFirstLine() {
      RecordFixture doc =
          RecordFixture.contribution()
              .lines(
                  "Purpose", "[bookmark: _Hlk1]To discuss.[footnoteRef:1]", "[bookmark: x] again");
      assertEquals(
          List.of(
              "export-artifacts | warning | line 2 | 3 export artifacts such as"
                  + " \"[bookmark: _Hlk1]\" | null"),
          doc.findings());
    }

    @Test
    void exportArtifactsInAWordFileArePlacedByParagraph() {
      RecordFixture doc =
          RecordFixture.contribution()
              .paragraphs("Purpose", "Text", "[annotationRef: 2] left over");
      assertEquals(
          List.of(
              "export-artifacts | warning | paragraph 3 | 1 export artifact such"
                  + " as \"[annotationRef: 2]\" | null"),
          doc.findings());
    }

    @Test
    void bracketsThatAreNotArtifactsPass() {
      RecordFixture doc =
          RecordFixture.contribution()
              .lines("See [1] and [Resolution 140]", "[Note: this is text]");
      assertEquals(List.of(), doc.findings());
    }
  }
}
