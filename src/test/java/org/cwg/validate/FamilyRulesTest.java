package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Provenance;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Cover fields and sections as each family's template requires them, by document type. */
class FamilyRulesTest {

  /** Rules that require no cover field and no section, to look at other checks alone. */
  static final RuleSettings NO_TEMPLATES;

  static {
    RuleSettings.Changes nothing = new RuleSettings.Changes();
    for (String type : DocumentProfile.TYPES) {
      nothing.sections.put(type, List.of());
      nothing.coverFields.put(type, List.of());
    }
    NO_TEMPLATES = RuleSettings.defaults().with(nothing, null);
  }

  private static final Contact JANE = new Contact("Jane Doe", "ACME", "jane@example.org");

  /** A Council contribution with its cover, Purpose and Action required, and no Proposal. */
  private static RecordFixture councilContribution() {
    return RecordFixture.bare()
        .family("council")
        .councilCover()
        .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
        .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Consider it.")
        .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.");
  }

  /** An ITU-T study-group contribution whose cover fields are all in the metadata. */
  private static RecordFixture ituTContribution() {
    return RecordFixture.bare()
        .family("itu-t")
        .number("SG17-C823", Provenance.COVER)
        .path("T25-SG17-C-0823!!MSW-E.docx")
        .questions("4/17")
        .sources(Provenance.COVER, "ACME")
        .title("A title", Provenance.COVER)
        .purpose("Proposal")
        .contacts(JANE)
        .section(SectionKind.ABSTRACT, null, "Abstract", 1, "What it proposes.")
        .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.");
  }

  @Nested
  class Council {

    @Test
    void aCompleteContributionNeedsNoProposal() {
      assertEquals(List.of(), councilContribution().findings());
    }

    @Test
    void aSummaryServesAsThePurpose() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("council")
              .councilCover()
              .section(SectionKind.SUMMARY, null, "Summary", 1, "What it says.")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Note it.");
      assertEquals(List.of(), doc.findings());
    }

    @Test
    void missingActionRequiredNamesTheFamily() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("council")
              .councilCover()
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.");
      assertEquals(
          List.of(
              "section-missing | error | document | no action-required section,"
                  + " which a Council contribution needs | action-required"),
          doc.findings());
    }

    @Test
    void missingSourceAndDate() {
      RecordFixture doc = councilContribution().sources(null).date(null, null);
      assertEquals(
          List.of(
              "cover-field-missing | warning | document | no \"Source\" on the cover, which a Council"
                  + " contribution needs | null",
              "cover-field-missing | warning | document | no date on the cover, which a Council"
                  + " contribution needs | null"),
          doc.findings());
    }

    @Test
    void aMeetingLineDatesAWorkingGroupCover() {
      RecordFixture doc =
          councilContribution().date(null, null).meetingDate("2024-10-04", Provenance.COVER);
      assertEquals(List.of(), doc.findings());
    }

    @Test
    void aReportKeepsItsRules() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("council")
              .type("report")
              .section(SectionKind.SUMMARY, null, "Summary", 1, "What happened.");
      assertEquals(
          List.of(
              "section-missing | error | document | no action-required section,"
                  + " which a Council report needs | action-required"),
          doc.findings());
    }
  }

  @Nested
  class ItuT {

    @Test
    void aCompleteContribution() {
      assertEquals(List.of(), ituTContribution().findings());
    }

    @Test
    void aContributionWithoutPurposeContactAndAbstract() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("itu-t")
              .number("SG17-C823", Provenance.COVER)
              .questions("4/17")
              .sources(Provenance.COVER, "ACME")
              .title("A title", Provenance.COVER)
              .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.");
      assertEquals(
          List.of(
              "cover-field-missing | warning | document | no \"Purpose\" on the cover, which an"
                  + " ITU-T contribution needs | null",
              "cover-field-missing | warning | document | no \"Contact\" on the cover, which an"
                  + " ITU-T contribution needs | null",
              "section-missing | error | document | no abstract or summary section, which an ITU-T"
                  + " contribution needs | abstract"),
          doc.findings());
    }

    @Test
    void coverFieldsReadFromTheCoverLinesWhenMetadataLacksThem() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("itu-t")
              .number("SG17-C823", Provenance.COVER)
              .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.")
              .lines(
                  "INTERNATIONAL TELECOMMUNICATION UNION\tSG17-C823",
                  "Question(s):\t4/17\tGeneva, 3-12 March 2026",
                  "CONTRIBUTION",
                  "Source:\tACME",
                  "Title:\tA title",
                  "Purpose:\tProposal",
                  "Contact:\tJane Doe\tE-mail: jane@example.org",
                  "Abstract:\tThis contribution proposes a thing.",
                  "1\tIntroduction",
                  "Because.");
      assertEquals(List.of(), doc.findings());
    }

    @Test
    void aCoverCellNamingTheFirstHeadingDoesNotEndTheCover() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("itu-t")
              .type("td")
              .number("SG17-TD2484", Provenance.COVER)
              .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.")
              .lines(
                  "Source:\tRapporteur",
                  "Title:\tAn introduction",
                  "Purpose:\tInformation",
                  "1.\tIntroduction",
                  "Because.");
      assertEquals(List.of(), doc.findings());
    }

    @Test
    void aLabelWithoutAValueIsNoField() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("itu-t")
              .number("SG17-C823", Provenance.COVER)
              .type("td")
              .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.")
              .paragraphs(
                  "Source:",
                  "ACME",
                  "Title:",
                  "A title",
                  "Purpose:",
                  "Contact:",
                  "Jane Doe",
                  "Introduction",
                  "Because.");
      assertEquals(
          List.of(
              "cover-field-missing | warning | document | no \"Purpose\" on the"
                  + " cover, which an ITU-T TD needs | null"),
          doc.findings());
    }

    @Test
    void aTdNeedsNoContactOrAbstract() {
      RecordFixture doc =
          RecordFixture.bare()
              .family("itu-t")
              .type("td")
              .number("SG17-TD2484", Provenance.COVER)
              .sources(Provenance.COVER, "Rapporteur Q4/17")
              .title("Report", Provenance.COVER)
              .purpose("Information")
              .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.");
      assertEquals(List.of(), doc.findings());
    }
  }

  @Nested
  class Liaisons {

    private RecordFixture liaison(String family, String... coverLines) {
      List<String> lines = new java.util.ArrayList<>(List.of(coverLines));
      lines.addAll(List.of("1\tIntroduction", "Because."));
      return RecordFixture.bare()
          .family(family)
          .type("liaison")
          .number("SG17-LS123", Provenance.COVER)
          .section(SectionKind.INTRODUCTION, "1", "Introduction", 1, "Because.")
          .lines(lines.toArray(String[]::new));
    }

    @Test
    void aCompleteLiaisonStatement() {
      assertEquals(
          List.of(),
          liaison(
                  "itu-t",
                  "Source:\tITU-T Study Group 17",
                  "Title:\tLS on a thing",
                  "LIAISON STATEMENT",
                  "For action to:\tITU-T SG2",
                  "For information to:\tITU-R WP5D",
                  "Approval:\tAgreed to at the SG17 meeting",
                  "Deadline:\t1 May 2026",
                  "Contact:\tJane Doe")
              .findings());
    }

    @Test
    void forInformationAloneIsEnough() {
      assertEquals(
          List.of(),
          liaison(
                  "itu-t",
                  "Source:\tSG17",
                  "Title:\tLS on a thing",
                  "For information to:\tSG2",
                  "Approval:\tSG17 meeting",
                  "Deadline:\tN/A")
              .findings());
    }

    @Test
    void missingAddresseesAndDeadline() {
      assertEquals(
          List.of(
              "cover-field-missing | warning | document | no \"For action to\" or \"For information"
                  + " to\" or \"For comment to\" on the cover, which an ITU-T liaison statement needs"
                  + " | null",
              "cover-field-missing | warning | document | no \"Deadline\" on the cover, which an"
                  + " ITU-T liaison statement needs | null"),
          liaison(
                  "itu-t",
                  "Source:\tSG17",
                  "Title:\tLS on a thing",
                  "Approval:\tSG17 meeting",
                  "Deadline:",
                  "Contact:\tJane Doe")
              .findings());
    }

    @Test
    void ofAnUnknownFamilyStillNeedsAddresseesApprovalAndDeadline() {
      assertEquals(
          List.of(
              "cover-field-missing | warning | document | no \"Approval\" on the cover, which a"
                  + " liaison statement needs | null"),
          liaison(null, "Title:\tLS on a thing", "For action to:\tSG2", "Deadline:\tN/A")
              .findings());
    }

    @Test
    void aCouncilContributionIsNoLiaison() {
      assertEquals(List.of(), councilContribution().lines("Deadline:", "Approval:").findings());
    }
  }

  @Nested
  class UnknownFamily {

    @Test
    void aContributionKeepsTheRulesFromBeforeFamilies() {
      RecordFixture doc =
          RecordFixture.bare()
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
              .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Consider it.");
      assertEquals(
          List.of(
              "section-missing | error | document | no proposal section, which a"
                  + " contribution needs | proposal"),
          doc.findings());
      assertEquals(doc.findings(), doc.family("other").findings());
    }

    @Test
    void noCoverFieldIsRequired() {
      assertEquals(List.of(), RecordFixture.contribution().title(null, null).findings());
    }

    @Test
    void aKnownFamilyWithoutATemplateForTheTypeRequiresNothing() {
      assertEquals(
          List.of(), RecordFixture.bare().family("itu-r").type("report").councilCover().findings());
    }
  }

  @Nested
  class Declared {

    @Test
    void aDraftWithoutCoverCheckedAsACouncilContribution() {
      RecordFixture draft =
          RecordFixture.bare()
              .number(null, null)
              .meeting(null)
              .type(null)
              .title(null, null)
              .path("draft.txt")
              .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.");
      RuleSettings settings = RuleSettings.defaults().declaring("contribution", "council");
      assertEquals(
          List.of(
              "number-missing | error | document | no document number on the cover, in the"
                  + " properties or in the file name | null",
              "meeting-missing | warning | document | no meeting number or meeting date found | null",
              "cover-missing | error | document | no cover: no source, date or title found, which a"
                  + " Council contribution needs | null",
              "section-missing | error | document | no action-required section, which a Council"
                  + " contribution needs | action-required"),
          draft.findings(settings, null));
      assertEquals("contribution", DocumentChecks.run(draft.build(), settings, null).type());
    }

    @Test
    void theDeclarationWinsOverTheCover() {
      RecordFixture report = councilContribution().type("report");
      RuleSettings asContribution = RuleSettings.defaults().declaring("contribution", null);
      assertEquals(List.of(), report.findings(asContribution, null));
      RuleSettings asItuT = RuleSettings.defaults().declaring(null, "itu-t");
      assertEquals(
          4,
          councilContribution().findings(asItuT, null).size(),
          "Question(s), Purpose, Contact and Abstract");
    }
  }
}
