package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.boldBody;
import static org.cwg.structure.Outlines.cell;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.styled;
import static org.cwg.structure.Outlines.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * Outlines of small documents written for this test, one per family and form (plain text as Word
 * exports it, paragraphs with the styles Tika reports for Word), each checked section by section:
 * kind, level, number and heading. A table of contents never gives a section.
 */
class OutlineFamiliesTest {

  @Test
  void plainTextSetsAnUnnumberedHeadingApartByItsShapeAndPlace() {
    String text =
        """
        Council 2026
        Geneva, 9-19 June 2026
        Document C26/78-E
        Contribution by the Republic of Testland
        DIGITAL VILLAGES
        Purpose
        This contribution reports on the digital villages programme.
        1\tBackground
        The programme started in 2019 and covers every province.
        2\tResults
        2.1\tServices
        Village portals provide e-government services and market prices.
        Lessons learned
        Local ownership of the portals proved decisive for their use.
        3\tProposals
        The Council is invited to note the results.
        Annexes: 1

        Mr. Test Person (Testland), Chair, Working Group
        """;
    assertOutline(
        plain(text),
        "purpose|1||Purpose",
        "introduction|1|1|Background",
        "other|1|2|Results",
        "other|2|2.1|Services",
        "other|3||Lessons learned",
        "proposal|1|3|Proposals");
  }

  @Test
  void boldHeadingsAfterACoverKindAreInTheBody() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(boldBody("RESPONSE TO THE OPEN CONSULTATION ON CONNECTIVITY"));
    blocks.add(boldBody("Summary"));
    blocks.add(body("The institute welcomes this consultation and draws on its field research."));
    blocks.add(boldBody("Question 1: Barriers to connectivity"));
    blocks.add(body("Our surveys show that the cost of devices is the main barrier."));
    blocks.add(boldBody("References"));
    blocks.add(body("Graham, M. and Dutton, W. (eds), Society and the Internet, 2014."));
    blocks.add(boldBody("About the authors"));
    blocks.add(body("The authors are researchers of the institute."));
    assertOutline(
        word(blocks),
        "summary|1||Summary",
        "other|1||Question 1: Barriers to connectivity",
        "references|1||References",
        "other|1||About the authors");
  }

  @Test
  void aShortFirstLineOfAWrappedParagraphIsNoHeading() {
    String text =
        """
        Council 2026
        Geneva, 9-19 June 2026
        Document C26/79-E
        Contribution by the Republic of Testland
        DIGITAL VILLAGES
        Purpose
        This contribution reports on the programme.
        This second revision adds
        results from three more provinces and corrects the tables.
        """;
    assertOutline(plain(text), "purpose|1||Purpose");
  }

  @Test
  void councilContributionWithAnnex() {
    String text =
        """
        Council 2026
        Geneva, 9-19 June 2026
        Document C26/77-E
        Contribution by the Republic of Testland
        SPECTRUM FOR SMALL ISLANDS
        Purpose
        This contribution proposes a study of spectrum needs of small islands.
        Action required by the Council
        The Council is invited to consider the proposals in this document.
        References
        Resolution 9 (Rev. Dubai, 2018)
        1\tBackground
        1.1\tSmall island states face high costs for backhaul.
        1.2\tSeveral studies have been made, none of which looked at spectrum.
        2\tConsiderations
        2.1\tCoastal coverage
        Coastal coverage depends on low bands.
        2.2\tInter-island links
        Links between islands use microwave today.
        3\tProposals
        The Republic of Testland proposes that the Council instruct the Secretary-General to study.
        4\tConclusion
        The Council is invited to agree.
        Annexes: 1
        Attachment: 1
        Annex 1 – Draft decision
        1\tScope of the study
        The study covers the islands listed below.
        2\tTimeline
        The study should report to Council 2027.
        """;
    assertOutline(
        plain(text),
        "purpose|1||Purpose",
        "action-required|1||Action required by the Council",
        "references|1||References",
        "introduction|1|1|Background",
        "other|1|2|Considerations",
        "other|2|2.1|Coastal coverage",
        "other|2|2.2|Inter-island links",
        "proposal|1|3|Proposals",
        "conclusion|1|4|Conclusion",
        "annex|1|1|Annex 1 – Draft decision",
        "scope|1|1|Scope of the study",
        "other|1|2|Timeline");
  }

  @Test
  void workingGroupReportHasThreeLevels() {
    String text =
        """
        Council Working Group on International Internet-related Public Policy Issues
        Twenty-third meeting – Geneva, 3 February 2027\tDocument CWG-Internet-23/9-E
        REPORT OF THE TWENTY-THIRD MEETING OF CWG-INTERNET
        Purpose
        This is the report of the twenty-third meeting.
        Action required
        The Group is invited to approve this report.
        1.\tOpening of the meeting
        1.1\tThe Chair opened the meeting and welcomed the participants.
        2.\tAdoption of the agenda
        2.1\tThe agenda was adopted as presented in Document CWG-Internet-23/1.
        3.\tContributions from Member States
        3.1\tCWG-Internet-23/4 (Testland): Affordable access in rural areas
        Summary
        The contribution describes rural access programmes.
        Discussions
        Members welcomed the contribution, which was noted.
        3.2\tCWG-Internet-23/5 (Exampleland, Sampleland): Open consultation themes
        Summary
        The contribution lists themes for the next open consultation.
        Discussions
        a)\tSome members supported the themes.
        b)\tThe Group agreed to continue the discussion.
        4.\tAny other business
        4.1\tThere was no other business.
        5.\tClosing of the meeting
        The Chair closed the meeting.
        """;
    assertOutline(
        plain(text),
        "purpose|1||Purpose",
        "action-required|1||Action required",
        "other|1|1|Opening of the meeting",
        "other|1|2|Adoption of the agenda",
        "other|1|3|Contributions from Member States",
        "other|2|3.1|CWG-Internet-23/4 (Testland): Affordable access in rural areas",
        "summary|3||Summary",
        "discussion|3||Discussions",
        "other|2|3.2|CWG-Internet-23/5 (Exampleland, Sampleland): Open consultation themes",
        "summary|3||Summary",
        "discussion|3||Discussions",
        "other|1|4|Any other business",
        "other|1|5|Closing of the meeting");
  }

  @Test
  void recommendationInPlainTextSkipsItsTableOfContents() {
    String text =
        """
        Recommendation ITU-T Z.999
        Testing outlines of documents
        Summary
        This Recommendation describes how outlines are tested.
        Keywords
        Outline, heading, test.
        Table of Contents
        \tPage
        1\tScope\t1
        2\tReferences\t1
        3\tDefinitions\t1
        3.1\tTerms defined elsewhere\t1
        3.2\tTerms defined in this Recommendation\t2
        4\tAbbreviations and acronyms\t2
        5\tConventions\t2
        6\tOutline model\t3
        6.1\tLevels\t3
        6.1.1\tNumbered levels\t3
        Appendix I – Examples\t5
        1\tScope
        This Recommendation specifies how outlines are found.
        2\tReferences
        The following ITU-T Recommendations contain provisions which are referenced.
        3\tDefinitions
        3.1\tTerms defined elsewhere
        This Recommendation uses the following terms defined elsewhere:
        3.1.1\theading [ITU-T Z.998]: A line that names the section after it.
        3.2\tTerms defined in this Recommendation
        This Recommendation defines the following term:
        3.2.1\toutline: The headings of a document with their levels.
        4\tAbbreviations and acronyms
        This Recommendation uses the following abbreviations and acronyms:
        TOC\tTable of Contents
        5\tConventions
        None.
        6\tOutline model
        6.1\tLevels
        Levels are counted from the top.
        6.1.1\tNumbered levels
        A number with three parts is at the third level.
        Appendix I
        Examples
        (This appendix does not form an integral part of this Recommendation.)
        I.1\tA short document
        A short document has one level.
        I.2\tA report
        A report has three levels.
        """;
    assertOutline(
        plain(text),
        "summary|1||Summary",
        "other|1||Keywords",
        "scope|1|1|Scope",
        "references|1|2|References",
        "definitions|1|3|Definitions",
        "definitions|2|3.1|Terms defined elsewhere",
        "definitions|2|3.2|Terms defined in this Recommendation",
        "abbreviations|1|4|Abbreviations and acronyms",
        "other|1|5|Conventions",
        "other|1|6|Outline model",
        "other|2|6.1|Levels",
        "other|3|6.1.1|Numbered levels",
        "appendix|1|I|Appendix I",
        "other|2|I.1|A short document",
        "other|2|I.2|A report");
  }

  @Test
  void ituTContributionInWordStyles() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(cell("INTERNATIONAL TELECOMMUNICATION UNION"));
    blocks.add(cell("SG17-C999"));
    blocks.add(cell("Question(s):"));
    blocks.add(cell("4/17"));
    blocks.add(cell("CONTRIBUTION"));
    blocks.add(cell("Source:"));
    blocks.add(cell("Testland"));
    blocks.add(cell("Title:"));
    blocks.add(cell("Proposed text for an outline test"));
    blocks.add(cell("Purpose:"));
    blocks.add(cell("Proposal"));
    blocks.add(boldBody("Abstract"));
    blocks.add(body("This contribution proposes text for clauses 6 and 7."));
    blocks.add(boldBody("Contents"));
    blocks.add(styled("1\tIntroduction\t2", "toc_1"));
    blocks.add(styled("2\tDiscussion\t2", "toc_1"));
    blocks.add(styled("2.1\tCurrent text\t3", "toc_2"));
    blocks.add(styled("Annex A – Proposed text\t4", "toc_1"));
    blocks.add(heading("1\tIntroduction", 1));
    blocks.add(body("The Rapporteur invited proposals at the last meeting."));
    blocks.add(heading("2\tDiscussion", 1));
    blocks.add(heading("2.1\tCurrent text", 2));
    blocks.add(body("The current text has no clause on outlines."));
    blocks.add(heading("2.1.1\tGaps", 3));
    blocks.add(body("Three gaps were found."));
    blocks.add(cell("Message"));
    blocks.add(cell("Direction"));
    blocks.add(cell("Purpose"));
    blocks.add(cell("Release"));
    blocks.add(cell("Client to server"));
    blocks.add(cell("Ends the session"));
    blocks.add(heading("3\tProposal", 1));
    blocks.add(body("It is proposed to add the text in Annex A."));
    blocks.add(styled("Annex A", "annex_No"));
    blocks.add(styled("Proposed text", "annex_title"));
    blocks.add(heading("A.1\tOutlines", 1));
    blocks.add(body("An outline is a list of headings."));
    blocks.add(heading("image1.png", 1));
    assertOutline(
        word(blocks),
        "abstract|1||Abstract",
        "introduction|1|1|Introduction",
        "discussion|1|2|Discussion",
        "other|2|2.1|Current text",
        "other|3|2.1.1|Gaps",
        "proposal|1|3|Proposal",
        "annex|1|A|Annex A – Proposed text",
        "other|2|A.1|Outlines");
  }

  @Test
  void aTablesFirstColumnHeaderIsNoAnnex() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("1\tOpening", 1));
    blocks.add(body("The Chairman opened the meeting of the working party."));
    blocks.add(heading("Annex 1 – Output documents", 1));
    blocks.add(cell("Annex"));
    blocks.add(cell("Title"));
    blocks.add(cell("Source"));
    blocks.add(cell("9Z/12 Annex 1"));
    blocks.add(cell("Draft revision of Recommendation ITU-R Z.1"));
    blocks.add(cell("9Z/TEMP/3"));
    assertOutline(word(blocks), "other|1|1|Opening", "annex|1|1|Annex 1 – Output documents");
  }

  @Test
  void dotLeadersAndRepeatedHeadingsAreNotSections() {
    String text =
        """
        INTERNATIONAL TELECOMMUNICATION UNION
        TELECOMMUNICATION DEVELOPMENT SECTOR
        Document SG2/45-E
        Study Group 2
        CONTRIBUTION
        1 Introduction .......................................... 1
        2 Survey results ........................................ 2
        2.1 Regional results .................................... 3
        3 Proposal .............................................. 4
        1 Introduction
        The survey was sent to all Member States.
        2 Survey results
        2.1 Regional results
        The regions answered at similar rates.
        3 Proposal
        It is proposed to continue the survey.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "other|1|2|Survey results",
        "other|2|2.1|Regional results",
        "proposal|1|3|Proposal");

    String withoutPageNumbers =
        """
        Document WTDC-25/30-E
        1 Introduction
        2 Regional initiatives
        3 Proposals
        1 Introduction
        This document presents the regional initiatives of the region.
        2 Regional initiatives
        Five initiatives are proposed.
        3 Proposals
        ADD\tACP/30A1/1
        """;
    assertOutline(
        plain(withoutPageNumbers),
        "introduction|1|1|Introduction",
        "other|1|2|Regional initiatives",
        "proposal|1|3|Proposals");
  }

  @Test
  void frenchAndSpanishOutlines() {
    String french =
        """
        Table des matières
        1\tIntroduction\t2
        2\tContexte\t2
        3\tConclusions\t3
        1\tIntroduction
        Le présent document décrit la méthode.
        2\tContexte
        La méthode a été adoptée en 2022.
        3\tConclusions
        Le Groupe est invité à prendre note.
        """;
    assertOutline(
        plain(french),
        "introduction|1|1|Introduction",
        "introduction|1|2|Contexte",
        "conclusion|1|3|Conclusions");

    String spanish =
        """
        Índice
        1\tIntroducción\t1
        2\tAntecedentes\t1
        3\tPropuestas\t2
        1\tIntroducción
        El presente documento describe el método.
        2\tAntecedentes
        El método fue adoptado en 2022.
        3\tPropuestas
        Se propone continuar el estudio.
        Anexo 1
        1\tAlcance
        El estudio abarca todas las regiones.
        """;
    assertOutline(
        plain(spanish),
        "introduction|1|1|Introducción",
        "introduction|1|2|Antecedentes",
        "proposal|1|3|Propuestas",
        "annex|1|1|Anexo 1",
        "scope|1|1|Alcance");
  }

  @Test
  void reportInWordWithRunInHeadingStyles() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(styled("Purpose", "headingb"));
    blocks.add(body("This is the report of the meeting."));
    blocks.add(heading("1\tContributions", 1));
    blocks.add(heading("1.1\tCWG-Internet-23/4 (Testland): Rural access", 2));
    blocks.add(styled("Summary", "headingb"));
    blocks.add(body("The contribution describes rural access programmes."));
    blocks.add(styled("Discussions", "headingb"));
    blocks.add(body("Members welcomed the contribution."));
    blocks.add(heading("1.2\tCWG-Internet-23/5 (Exampleland): Themes", 2));
    blocks.add(styled("Summary", "headingb"));
    blocks.add(body("The contribution lists themes."));
    blocks.add(styled("Discussions", "headingb"));
    blocks.add(body("The themes were noted."));
    assertOutline(
        word(blocks),
        "purpose|1||Purpose",
        "other|1|1|Contributions",
        "other|2|1.1|CWG-Internet-23/4 (Testland): Rural access",
        "summary|3||Summary",
        "discussion|3||Discussions",
        "other|2|1.2|CWG-Internet-23/5 (Exampleland): Themes",
        "summary|3||Summary",
        "discussion|3||Discussions");
  }

  @Test
  void annexClausesAreNumberedAfterTheAnnex() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("1\tIntroduction", 1));
    blocks.add(body("The draft is attached."));
    blocks.add(heading("Annex A", 1));
    blocks.add(heading("A.1\tScope", 2));
    blocks.add(body("The annex covers outlines."));
    blocks.add(heading("A.1.1\tLimits", 3));
    blocks.add(body("Tables of contents are left out."));
    assertOutline(
        word(blocks),
        "introduction|1|1|Introduction",
        "annex|1|A|Annex A",
        "scope|2|A.1|Scope",
        "other|3|A.1.1|Limits");
  }

  @Test
  void conferenceProposalsGiveNoSectionPerMark() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("Plenipotentiary Conference (PP-26)"));
    blocks.add(body("Addendum 1 to Document 64-E"));
    blocks.add(boldBody("African Common Proposals for the work of the Conference"));
    blocks.add(boldBody("Introduction"));
    blocks.add(body("The African Member States propose the following changes."));
    blocks.add(boldBody("Proposals"));
    blocks.add(boldBody("MOD"));
    blocks.add(boldBody("ACP/64A1/1"));
    blocks.add(body("RESOLUTION 101 (REV. BUCHAREST, 2022)"));
    blocks.add(body("Internet Protocol-based networks"));
    blocks.add(body("Reasons:\tTo reflect developments since 2022."));
    assertOutline(word(blocks), "introduction|1||Introduction", "proposal|1||Proposals");
  }

  @Test
  void runInAbstractOfACoverInPlainText() {
    String text =
        """
        INTERNATIONAL TELECOMMUNICATION UNION
        Question(s):\t4/17\tGeneva, 2-13 March 2027
        CONTRIBUTION
        Source:\tTestland
        Title:\tOutlines of contributions
        Purpose:\tProposal
        Abstract:\tThis contribution proposes to add a clause on outlines to the draft.
        Keywords:\toutline; heading
        1\tIntroduction
        Outlines are lists of headings.
        """;
    DocumentStructure structure =
        new StructureExtractor(Manifest.none()).extract(plain(text), Path.of("test.txt"));
    assertOutline(plain(text), "abstract|1||Abstract", "introduction|1|1|Introduction");
    assertEquals(
        "This contribution proposes to add a clause on outlines to the draft.\n"
            + "Keywords:\toutline; heading",
        structure.sections().get(0).text());
  }

  @Test
  void runInAbstractWrappedShortByANarrowPdfColumn() {
    String text =
        """
        INTERNATIONAL TELECOMMUNICATION UNION
        Question(s): 4/17 Geneva, 2-13 March 2027
        CONTRIBUTION
        Source: Testland
        Title: Outlines of contributions
        Purpose: Proposal
        Abstract: This text adds a
        clause on outlines to the draft
        of the guide.
        1   Introduction
        Outlines are lists of headings.
        """;
    assertOutline(plain(text), "abstract|1||Abstract", "introduction|1|1|Introduction");
  }

  @Test
  void resolutionSectionsAndInsertedNumbers() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(styled("RESOLUTION 99 (Rev. Testville, 2028)", "res_No"));
    blocks.add(styled("Rules for tests", "res_title"));
    blocks.add(styled("SECTION\u00a01", "section_No"));
    blocks.add(styled("General rules", "section_title"));
    blocks.add(body("1.1\tTests shall be written before the rules they test."));
    blocks.add(heading("1.2\tVoting", 2));
    blocks.add(body("Votes are counted by the chairman."));
    blocks.add(styled("Section 1bis", "section_No"));
    blocks.add(heading("1bis.1\tDocumentation", 2));
    blocks.add(heading("1bis.1.1\tDefinition", 3));
    blocks.add(body("A document is a text submitted to the meeting."));
    blocks.add(styled("Appendix I", "appendix_No"));
    blocks.add(body("A worked example."));
    assertOutline(
        word(blocks),
        "other|1|1|SECTION 1 – General rules",
        "other|2|1.2|Voting",
        "other|1|1bis|Section 1bis",
        "other|2|1bis.1|Documentation",
        "definitions|3|1bis.1.1|Definition",
        "appendix|1|I|Appendix I");
  }

  @Test
  void boldUnnumberedHeadingsInDocumentsWithoutHeadingStyles() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(boldBody("Draft new Recommendation on outlines"));
    blocks.add(boldBody("Purpose"));
    blocks.add(body("To present the draft."));
    blocks.add(body("1\tOverview"));
    blocks.add(body("The draft has two parts, described below in some detail."));
    blocks.add(boldBody("Error Handling"));
    blocks.add(body("Errors are reported to the caller and never end the program."));
    blocks.add(boldBody("In scope (defined here):"));
    blocks.add(body("Only the outline."));
    blocks.add(body("2\tNext steps"));
    blocks.add(body("The editor will prepare a new draft."));
    assertOutline(
        word(blocks),
        "purpose|1||Purpose",
        "other|1|1|Overview",
        "other|2||Error Handling",
        "actions|1|2|Next steps");
  }
}
