package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.boldBody;
import static org.cwg.structure.Outlines.boldTable;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.styled;
import static org.cwg.structure.Outlines.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * ITU's outline conventions beyond numbered clauses, each on a small text written for it: the
 * preamble words of Resolutions, the front matter of published texts, agenda items, paragraphs
 * wrapped at a PDF margin, clause levels taken from their numbers, Resolution sections and their
 * titles, consultation answers and annex titles that hold a Recommendation's number.
 */
class OutlineConventionsTest {

  @Test
  void preambleWordsOfAResolutionAreSections() {
    String text =
        """
        RESOLUTION 999 (Testville, 2030)
        Tests of outlines
        The World Telecommunication Standardization Assembly (Testville, 2030),
        considering
        a) that outlines are tested;
        b) that tests help,
        further recognizing
        that some tests fail,
        resolves
        1 that tests shall be written;
        invites Member States and Sector Members
        to contribute tests.
        """;
    assertOutline(
        plain(text),
        "other|1||considering",
        "other|1||further recognizing",
        "other|1||resolves",
        "other|1||invites Member States and Sector Members");
  }

  @Test
  void theHeadingOverADraftDecisionIsASection() {
    String text =
        """
        The committee recommends that the Council adopt the following draft decision.
        Draft Decision
        The Council,
        decides
        1 to hold a test forum in 2031.
        Projet de résolution
        La Conférence,
        """;
    assertOutline(
        plain(text),
        "other|1||Draft Decision",
        "other|1||decides",
        "other|1||Projet de résolution");
  }

  @Test
  void aKeywordHeadingUnderANumberedClauseIsOneLevelBelowItButReferencesStayOnTop() {
    String text =
        """
        1\tBackground
        The study began in 2029.
        2\tFindings
        Three sites were measured.
        Conclusions
        The sites differ in their backhaul.
        References
        Earlier reports of the group.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Background",
        "other|1|2|Findings",
        "conclusion|2||Conclusions",
        "references|1||References");
  }

  @Test
  void nextStepsUnderANumberedClauseIsOneLevelBelowIt() {
    String text =
        """
        1\tOpening
        The meeting opened.
        2\tWork plan
        The plan was reviewed.
        Next steps
        Contributions are invited.
        """;
    assertOutline(plain(text), "other|1|1|Opening", "other|1|2|Work plan", "actions|2||Next steps");
  }

  @Test
  void aDraftDecisionAboveATitleInCapitalsIsTheCoversKindLine() {
    String text =
        """
        Draft Decision
        DATES OF THE TEST FORUMS IN 2031
        The Council decides that the forums shall meet in May.
        """;
    assertOutline(plain(text));
  }

  @Test
  void aSentenceStartingWithAPreambleVerbIsNoHeading() {
    String text =
        """
        1\tIntroduction
        considering that the tests are long, they run at night.
        recalls the decision of the last meeting
        """;
    assertOutline(plain(text), "introduction|1|1|Introduction");
  }

  @Test
  void frontMatterOfAPublishedTextIsSections() {
    String text =
        """
        Recommendation ITU-T Z.998
        Outlines of texts
        Summary
        This Recommendation tests outlines.
        History
        Edition 1.0 approved 2030-01-01.
        Keywords
        Outline, test.
        FOREWORD
        The ITU is the United Nations specialized agency in the field of telecommunications.
        NOTE
        In this Recommendation, the expression "Administration" is used for conciseness.
        INTELLECTUAL PROPERTY RIGHTS
        ITU draws attention to the possibility that the practice may involve the use of a patent.
        1\tScope
        This Recommendation gives outlines.
        Bibliography
        [b-1] A book on outlines.
        """;
    assertOutline(
        plain(text),
        "summary|1||Summary",
        "other|1||History",
        "other|1||Keywords",
        "other|1||FOREWORD",
        "other|1||NOTE",
        "other|1||INTELLECTUAL PROPERTY RIGHTS",
        "scope|1|1|Scope",
        "other|1||Bibliography");
  }

  @Test
  void aNoteOutsideTheForewordAndACoverKeywordsRowAreNoSections() {
    String text =
        """
        Keywords:
        outline; test
        1\tScope
        The scope is small.
        NOTE
        This note is part of clause 1.
        """;
    assertOutline(plain(text), "scope|1|1|Scope");
  }

  @Test
  void anAgendasItemsAreNoSections() {
    String text =
        """
        Council Working Group on Testing
        Document CWG-Test-3/1-E
        DRAFT AGENDA
        1\tOpening of the meeting
        2\tAdoption of the agenda
        3\tContributions from Member States
        4\tAny other business
        """;
    assertOutline(plain(text));
  }

  @Test
  void aNumberedParagraphWrappedAtThePdfMarginIsNoHeading() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("1 Background"));
    blocks.add(body("The Group asked for proposals at its last meeting."));
    blocks.add(body("2 Proposals"));
    blocks.add(
        body(
            "2.1 Member States should send their proposals to the secretariat at least two"
                + " weeks before"));
    blocks.add(body("the meeting."));
    blocks.add(
        body(
            "2.2 The secretariat should publish every proposal received on the web site of"
                + " the Working"));
    blocks.add(body("Group."));
    blocks.add(body("3 Conclusion"));
    blocks.add(body("The Group is invited to agree."));
    assertOutline(
        pdf(blocks),
        "introduction|1|1|Background",
        "proposal|1|2|Proposals",
        "conclusion|1|3|Conclusion");
  }

  @Test
  void anUnnumberedHeadingInPdfTextIsKnownByItsShapeAndPlace() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(body("Introduction"));
    blocks.add(body("The library needs three changes, which the sections below describe one by"));
    blocks.add(body("one."));
    blocks.add(body("Error Handling"));
    blocks.add(body("Errors should be reported to the caller rather than ending the whole"));
    blocks.add(body("program"));
    blocks.add(body(""));
    blocks.add(body("Thread Safety"));
    blocks.add(body("Global variables should be replaced by parameters passed to every function."));
    blocks.add(body("RESOLUTION 133 (REV. DUBAI, 2018)"));
    blocks.add(body("Roles of administrations of Member States in the management of names"));
    blocks.add(body("● Shared State Removal"));
    blocks.add(body("Each call keeps its state in a structure owned by the caller."));
    assertOutline(
        pdf(blocks),
        "introduction|1||Introduction",
        "other|1||Error Handling",
        "other|1||Thread Safety");
  }

  @Test
  void aClauseLevelFollowsItsNumberWhateverItsStyle() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("7\tInterfaces", 1));
    blocks.add(heading("7.0a\tInserted clause", 2));
    blocks.add(heading("7.2.1\tStyled one level too high", 2));
    blocks.add(boldBody("7.2.1.1 Set in bold by hand"));
    blocks.add(body("7.2.1.2 A plain numbered paragraph stays a paragraph."));
    blocks.add(boldTable("7.2.1.3 A bold table row"));
    assertOutline(
        word(blocks),
        "other|1|7|Interfaces",
        "other|2|7.0a|Inserted clause",
        "other|3|7.2.1|Styled one level too high",
        "other|4|7.2.1.1|Set in bold by hand");
  }

  @Test
  void russianAnnexesAppendicesAndAttachmentsKeepTheirNumbers() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("1\tВведение", 1));
    blocks.add(body("Текст вклада."));
    blocks.add(heading("Приложение 2 – Данные измерений", 1));
    blocks.add(body("Таблица данных."));
    blocks.add(heading("Дополнение I – Пример сценария", 1));
    blocks.add(body("Описание сценария."));
    blocks.add(heading("Прилагаемый документ 1 – Предлагаемые изменения", 1));
    blocks.add(body("Изменения к Рекомендации."));
    assertOutline(
        word(blocks),
        "introduction|1|1|Введение",
        "annex|1|2|Приложение 2 – Данные измерений",
        "appendix|1|I|Дополнение I – Пример сценария",
        "attachment|1|1|Прилагаемый документ 1 – Предлагаемые изменения");
  }

  @Test
  void anUnnumberedHeadingStyledTwoLevelsDeeperIsOneLevelUnderItsClause() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("2\tRegional situation", 1));
    blocks.add(heading("Capacity", 3));
    blocks.add(body("Few regulators in the region have staff for it."));
    blocks.add(heading("Reporting mechanisms", 3));
    blocks.add(body("Hotlines are run by one or two providers."));
    blocks.add(heading("Funding", 4));
    blocks.add(body("Donors pay for most of it."));
    blocks.add(heading("3\tProposal", 1));
    assertOutline(
        word(blocks),
        "other|1|2|Regional situation",
        "other|2||Capacity",
        "other|2||Reporting mechanisms",
        "other|2||Funding",
        "proposal|1|3|Proposal");
  }

  @Test
  void anUnnumberedHeadingStyledUnderAnUnnumberedOneStaysBesideIt() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("Purpose", 1));
    blocks.add(body("This note reports on the Union's activities."));
    blocks.add(heading("Activities", 1));
    blocks.add(heading("Spectrum management", 2));
    blocks.add(body("Two seminars were held."));
    blocks.add(heading("Capacity building", 2));
    blocks.add(body("A course was given."));
    blocks.add(heading("Annex – List of events", 1));
    blocks.add(heading("Seminars", 2));
    blocks.add(body("Geneva, Nairobi."));
    assertOutline(
        word(blocks),
        "purpose|1||Purpose",
        "other|1||Activities",
        "other|1||Spectrum management",
        "other|1||Capacity building",
        "annex|1||Annex – List of events",
        "other|2||Seminars");
  }

  @Test
  void boldLinesUnderAHandSetClauseAreItsSubHeadings() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("3\tCoupler", 1));
    blocks.add(heading("3.4\tAlignment", 2));
    blocks.add(boldBody("3.4.1 Locking Method"));
    blocks.add(body("The coupler locks with a latch that holds it in place under vibration."));
    blocks.add(boldBody("Thermal Expansion Matching"));
    blocks.add(body("The materials expand alike, so the alignment holds at every temperature."));
    blocks.add(boldBody("\u2022 Clamp: mechanical fastening that keeps the alignment"));
    blocks.add(heading("3.5\tTesting", 2));
    blocks.add(boldBody("Bold Words In A Styled Clause"));
    blocks.add(body("A bold line under a styled clause is emphasis, not a heading of its own."));
    assertOutline(
        word(blocks),
        "other|1|3|Coupler",
        "other|2|3.4|Alignment",
        "other|3|3.4.1|Locking Method",
        "other|4||Thermal Expansion Matching",
        "other|2|3.5|Testing");
  }

  @Test
  void aResolutionSectionTakesItsTitleAndNumber() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(styled("SECTION\u00a02", "SectionNo"));
    blocks.add(styled("Working methods", "Section_title"));
    blocks.add(heading("2.1\tMeetings", 2));
    blocks.add(styled("Appendix II", "AppendixNo"));
    blocks.add(styled("(to Resolution 999 (Testville, 2030))", "AppendixNo"));
    blocks.add(styled("Forms for tests", "Appendix_title"));
    blocks.add(body("The form follows."));
    assertOutline(
        word(blocks),
        "other|1|2|SECTION 2 – Working methods",
        "other|2|2.1|Meetings",
        "appendix|1|II|Appendix II – Forms for tests");
  }

  @Test
  void answersToAConsultationsQuestionsAreSections() {
    String text =
        """
        Open consultation on testing
        Document OPCWGINT-30/2-E
        Introduction
        We answer the questions below.
        Question 1
        Tests matter.
        Réponse à la question 2
        Les tests comptent.
        """;
    assertOutline(
        plain(text),
        "introduction|1||Introduction",
        "other|1||Question 1",
        "other|1||Réponse à la question 2");
  }

  @Test
  void anAnnexTitleMayHoldARecommendationsNumber() {
    String text =
        """
        1\tIntroduction
        This contribution proposes changes.
        Annex A – Proposed changes to Recommendation ITU-T Z.998
        The changes follow.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "annex|1|A|Annex A – Proposed changes to Recommendation ITU-T Z.998");
  }

  @Test
  void aTitleInCapitalsThatStartsWithSummaryIsNoRunInAbstract() {
    String text =
        """
        Secretariat
        SUMMARY OF THE RESPONSES TO THE CONSULTATION ON TESTS
        1\tIntroduction
        The consultation received ten responses.
        """;
    assertOutline(plain(text), "introduction|1|1|Introduction");
  }

  @Test
  void blanksSpacingOutAHeadingAreOne() {
    assertEquals("ANNEX 1", HeadingKinds.tidy("ANNEX  1"));
    assertEquals("Annex A – Forms", HeadingKinds.tidy("Annex A\u00a0 –\tForms:"));
  }

  @Test
  void kindsInTheOtherLanguagesAndAWordWithTwoMeanings() {
    assertEquals(SectionKind.DISCUSSION, HeadingKinds.kindOf("Debate"));
    assertEquals(SectionKind.ACTIONS, HeadingKinds.kindOf("Próximas etapas"));
    assertEquals(SectionKind.INTRODUCTION, HeadingKinds.kindOf("Общие сведения"));
    // French "Mesures" is as often "Measurements": no kind of its own.
    assertEquals(SectionKind.OTHER, HeadingKinds.kindOf("Mesures"));
    assertEquals(SectionKind.ACTIONS, HeadingKinds.kindOf("Mesures à prendre"));
  }

  @Test
  void kindsOfCombinedHeadings() {
    assertEquals(SectionKind.SCOPE, HeadingKinds.kindOf("Purpose and Scope"));
    assertEquals(SectionKind.ACTIONS, HeadingKinds.kindOf("Current Work Status and Next Steps"));
    assertEquals(SectionKind.CONCLUSION, HeadingKinds.kindOf("Conclusion and Next Steps"));
    assertEquals(SectionKind.SUMMARY, HeadingKinds.kindOf("Executive summary | Highlights"));
    assertEquals(SectionKind.OTHER, HeadingKinds.kindOf("Tier Summary | Highlights"));
  }
}
