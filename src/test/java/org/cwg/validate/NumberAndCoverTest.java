package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Provenance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Placeholder numbers, revisions on the cover and in the file name, covers and contacts. */
class NumberAndCoverTest {

  /** The cover of a revision as Word's text export writes it: the revision line over the number. */
  private static final String[] REVISION_COVER = {
    "Council Working Group on International Internet-related Public Policy Issues\tRevision 1 to",
    "\tDocument CWG-Internet-20/4-E",
    "\t12 May 2025",
    "\tEnglish only",
    "Contribution from the Russian Federation",
    "A TITLE",
    "Purpose",
    "To discuss."
  };

  @Nested
  class Placeholders {

    @Test
    void aPlaceholderOnTheCoverIsNoNumber() {
      assertEquals(
          List.of(
              "number-placeholder | error | document | the document number is still"
                  + " a placeholder: FG-AI4SSC-I-XXX | null"),
          RecordFixture.contribution()
              .number(null, null)
              .placeholder("FG-AI4SSC-I-XXX")
              .findings());
    }

    @Test
    void aPlaceholderInTheFileName() {
      assertEquals(
          List.of(
              "number-placeholder | error | file name | the document number is"
                  + " still a placeholder: FG-AI4SSC-I-XXX | null"),
          RecordFixture.contribution()
              .number(null, null)
              .path("drafts/FG-AI4SSC-I-XXX.docx")
              .findings());
      assertEquals(
          List.of(
              "number-placeholder | error | file name | the document number is"
                  + " still a placeholder: CWG-Internet-20-NN | null"),
          RecordFixture.contribution()
              .number(null, null)
              .path("CWG-Internet-20-NN.docx")
              .findings());
    }

    @Test
    void aNameWithoutPlaceholderIsAMissingNumber() {
      for (String name : List.of("draft-2025-03.docx", "Next steps.docx", "annex-x.docx")) {
        assertEquals(
            List.of(
                "number-missing | error | document | no document number on the"
                    + " cover, in the properties or in the file name | null"),
            RecordFixture.contribution().number(null, null).path(name).findings(),
            name);
      }
    }
  }

  @Nested
  class Revisions {

    @Test
    void aRevisionLineOverTheNumberAgreesWithEveryFileNameSpelling() {
      for (String name :
          List.of(
              "S25-CWGINT20-C-0004!R1!MSW-E.docx",
              "CWG-Internet-20-4-Rev1.docx",
              "CWG-Internet-20-4 Rev.1.docx",
              "CWG_Internet_20_4_R1.docx")) {
        assertEquals(
            List.of(),
            RecordFixture.contribution().path(name).lines(REVISION_COVER).findings(),
            name);
      }
    }

    @Test
    void aRevisionLineAgainstAFileNameWithoutOne() {
      assertEquals(
          List.of(
              "revision-mismatch | error | file name | the file name gives no"
                  + " revision but the cover says Rev.1 to CWG-Internet-20/4 | null"),
          RecordFixture.contribution()
              .path("S25-CWGINT20-C-0004!!MSW-E.docx")
              .lines(REVISION_COVER)
              .findings());
    }

    @Test
    void theMetadataRevisionCounts() {
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .revision("Rev.1", Provenance.COVER)
              .path("S25-CWGINT20-C-0004!R1!MSW-E.docx")
              .findings());
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .revision("R1", Provenance.COVER)
              .path("CWG-Internet-20-4-Rev1.docx")
              .findings());
    }

    @Test
    void twoDifferentRevisions() {
      assertEquals(
          List.of(
              "revision-mismatch | error | file name | the file name says Rev.1 but"
                  + " the cover says Rev.2 to CWG-Internet-20/4 | null"),
          RecordFixture.contribution()
              .number("CWG-Internet-20/4(Rev.2)", Provenance.COVER)
              .path("S25-CWGINT20-C-0004!R1!MSW-E.docx")
              .findings());
    }

    @Test
    void aCoverRevisionAgainstANumberReadFromTheFileName() {
      assertEquals(
          List.of(
              "revision-mismatch | error | file name | the file name says Rev.1 but"
                  + " the cover says Rev.2 to CWG-Internet-20/4 | null"),
          RecordFixture.contribution()
              .number("CWG-Internet-20/4(Rev.1)", Provenance.FILENAME)
              .revision("Rev.2", Provenance.COVER)
              .path("S25-CWGINT20-C-0004!R1!MSW-E.docx")
              .findings());
    }

    @Test
    void otherFamiliesRevisionsToo() {
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .family("itu-t")
              .number("FG-AINN-I-262(Rev.1)", Provenance.COVER)
              .path("FG-AINN-I-262-R1.docx")
              .findings(FamilyRulesTest.NO_TEMPLATES, null));
      assertEquals(
          List.of(
              "revision-mismatch | error | file name | the file name gives no"
                  + " revision but the cover says Rev.1 to FG-AINN-I-262 | null"),
          RecordFixture.contribution()
              .family("itu-t")
              .number("FG-AINN-I-262(Rev.1)", Provenance.COVER)
              .path("FG-AINN-I-262.docx")
              .findings(FamilyRulesTest.NO_TEMPLATES, null));
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .family("itu-t")
              .number("SG17-C823", Provenance.COVER)
              .revision("Rev.1", Provenance.COVER)
              .path("T22-SG17-C-0823!R1!MSW-E.docx")
              .findings(FamilyRulesTest.NO_TEMPLATES, null));
    }

    @Test
    void anotherDocumentIsStillANumberMismatch() {
      assertEquals(
          List.of(
              "number-filename-mismatch | error | file name | the file name says"
                  + " CWG-Internet-20/5(Rev.1) but the document is CWG-Internet-20/4(Rev.1) | null"),
          RecordFixture.contribution()
              .path("S25-CWGINT20-C-0005!R1!MSW-E.docx")
              .lines(REVISION_COVER)
              .findings());
    }

    @Test
    void aRevisionNamedInTheBodyIsNotTheCovers() {
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .path("S25-CWGINT20-C-0004!!MSW-E.docx")
              .lines(
                  "Document CWG-Internet-20/4-E",
                  "Purpose",
                  "To discuss.",
                  "Revision 2 to Document CWG-Internet-20/1 was noted.")
              .findings());
    }
  }

  @Nested
  class Covers {

    @Test
    void aDraftRenamedToAnItuFileNameWithoutCover() {
      RecordFixture draft =
          RecordFixture.contribution()
              .title(null, null)
              .number("CWG-Internet-20/4", Provenance.FILENAME)
              .path("S25-CWGINT20-C-0004!!MSW-E.docx");
      assertEquals(
          List.of(
              "cover-missing | error | document | no cover: no source, date or title"
                  + " found, though the file name makes it CWG-Internet-20/4 | null"),
          draft.findings());
    }

    @Test
    void aTitleFromTheFilePropertiesIsNoCover() {
      RecordFixture draft =
          RecordFixture.contribution()
              .title("Template title", Provenance.PROPERTIES)
              .number("CWG-Internet-20/4", Provenance.FILENAME)
              .path("CWG-Internet-20-4.docx");
      assertEquals(
          List.of(
              "cover-missing | error | document | no cover: no source, date or title"
                  + " found, though the file name makes it CWG-Internet-20/4 | null"),
          draft.findings());
    }

    @Test
    void anyOfSourceDateOrTitleIsACover() {
      RecordFixture named =
          RecordFixture.contribution().title(null, null).path("S25-CWGINT20-C-0004!!MSW-E.docx");
      assertEquals(List.of(), named.date("2025-05-12", Provenance.COVER).findings());
      assertEquals(
          List.of(),
          RecordFixture.contribution()
              .title(null, null)
              .path("S25-CWGINT20-C-0004!!MSW-E.docx")
              .lines("Source:\tACME", "Purpose")
              .findings());
    }

    @Test
    void aDraftWithAPlainNameNeedsNoCover() {
      assertEquals(
          List.of(),
          RecordFixture.contribution().title(null, null).path("my draft.docx").findings());
    }
  }

  @Nested
  class Contacts {

    @Test
    void aContactWithoutEmail() {
      RecordFixture doc =
          RecordFixture.contribution()
              .contacts(
                  new Contact("Jane Doe", "ACME", "jane@example.org"),
                  new Contact("John Roe", "Ministry of ICT", null),
                  new Contact(null, null, " "));
      assertEquals(
          List.of(
              "contact-without-email | warning | document | the contact John Roe (Ministry of ICT)"
                  + " gives no e-mail address | null",
              "contact-without-email | warning | document | the contact without a name gives no"
                  + " e-mail address | null"),
          doc.findings());
    }

    @Test
    void anAddressInTheContactsBlockOnTheCoverCounts() {
      RecordFixture doc =
          RecordFixture.contribution()
              .contacts(new Contact("Jane Doe", "ACME", null), new Contact("John Roe", null, null))
              .lines(
                  "Source:\tACME",
                  "Contact:\tJane Doe\tACME",
                  "\tTel: +41 22 000 0000",
                  "\tE-mail: jane@example.org",
                  "Contact:\tJohn Roe\tTel: +1 555 0100",
                  "Keywords:\tjohn@example.org is not his",
                  "Purpose",
                  "To discuss.");
      assertEquals(
          List.of(
              "contact-without-email | warning | document | the contact John Roe"
                  + " gives no e-mail address | null"),
          doc.findings());
    }

    @Test
    void noContactsNoFinding() {
      assertEquals(List.of(), RecordFixture.contribution().findings());
    }
  }
}
