package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.cwg.model.Provenance;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.structure.TypeEvidence.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type a document's evidence scores highest, and the cues read from its sources and body. */
class TypeScoresTest {

  private static TypeEvidence evidence(Object... cuesAndTypes) {
    TypeEvidence evidence = new TypeEvidence();
    for (int i = 0; i < cuesAndTypes.length; i += 2) {
      evidence.add(
          (Cue) cuesAndTypes[i], (String) cuesAndTypes[i + 1], Provenance.COVER, "rule " + i);
    }
    return evidence;
  }

  private static String typeOf(Object... cuesAndTypes) {
    TypeScores.Decision decision = TypeScores.decide(evidence(cuesAndTypes));
    return decision == null ? null : decision.type();
  }

  @Test
  void noEvidenceNoType() {
    assertNull(TypeScores.decide(new TypeEvidence()));
  }

  @Test
  void aKindLineOutweighsWhatTheTitleAndTheLeadSay() {
    assertEquals(
        "contribution",
        typeOf(Cue.KIND_LINE, "contribution", Cue.TITLE, "report", Cue.LEAD, "report"));
  }

  @Test
  void whatATdCarriesOutweighsItsKindLineAndItsNumber() {
    assertEquals(
        "report",
        typeOf(Cue.KIND_LINE, "td", Cue.TD_OR_LS_SERIES, "td", Cue.CARRIED_KIND, "report"));
    assertEquals("td", typeOf(Cue.KIND_LINE, "td", Cue.TD_OR_LS_SERIES, "td", Cue.TITLE, "report"));
  }

  @Test
  void aDraftAgendaSentAsANoteIsAnAgenda() {
    assertEquals("agenda", typeOf(Cue.SOURCE_LINE, "note", Cue.TITLE, "agenda"));
    assertEquals("note", typeOf(Cue.SOURCE_LINE, "note", Cue.TITLE, "report"));
  }

  @Test
  void aDraftTextsSeriesOutweighsTheNoteItIsPresentedAsButNotWhatItCarries() {
    assertEquals("other", typeOf(Cue.SOURCE_LINE, "note", Cue.DRAFT_TEXT_SERIES, "other"));
    assertEquals(
        "agenda",
        typeOf(
            Cue.SOURCE_LINE, "note", Cue.DRAFT_TEXT_SERIES, "other", Cue.CARRIED_KIND, "agenda"));
  }

  @Test
  void aBureausDirectorOutweighsAContainersKindAndAnOutlineThatProposes() {
    assertEquals(
        "report",
        typeOf(Cue.KIND_LINE, "td", Cue.TD_OR_LS_SERIES, "td", Cue.BUREAU_DIRECTOR, "report"));
    assertEquals(
        "note",
        typeOf(
            Cue.PROPOSAL_SECTIONS, "contribution",
            Cue.STUDY_GROUP_SERIES, "contribution",
            Cue.BUREAU_DIRECTOR, "note"));
  }

  @Test
  void weakCuesThatAgreeOutweighOneThatDisagrees() {
    // A study-group document whose title says nothing, from a rapporteur, with a report's outline.
    assertEquals(
        "report",
        typeOf(
            Cue.STUDY_GROUP_SERIES, "contribution",
            Cue.SOURCE_ROLE, "report",
            Cue.REPORT_OUTLINE, "report"));
  }

  @Test
  void aCueCountsOncePerType() {
    assertEquals(
        "report",
        typeOf(
            Cue.TITLE, "contribution",
            Cue.TITLE, "contribution",
            Cue.TITLE, "contribution",
            Cue.LEAD, "report"));
  }

  @Test
  void equalScoresGoToTheMoreSpecificType() {
    assertEquals("liaison", typeOf(Cue.KIND_LINE, "contribution", Cue.KIND_LINE, "liaison"));
    assertTrue(
        TypeScores.TIE_ORDER.indexOf("report") < TypeScores.TIE_ORDER.indexOf("contribution"));
  }

  @Test
  void theRuleNamesEveryTypesScoreAndItsCues() {
    TypeScores.Decision decision =
        TypeScores.decide(evidence(Cue.KIND_LINE, "td", Cue.CARRIED_KIND, "report"));
    assertEquals(Provenance.COVER, decision.provenance());
    assertEquals("rule 2; scores: report 9 (carried-kind 9), td 4 (kind-line 4)", decision.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Rapporteur, Question 4/17|report",
        "Chair, Working Party 5D|report",
        "FG-AINN Chair|report",
        "Vice-Chairman, ITU-D Study Group 1|report",
        "Editor|td",
        "Editors of ITU-T X.1285|td",
        "ITU-T Study Group 17|liaison",
        "Working Party 1B|liaison",
        "Secretary-General|-",
        "Director, Telecommunication Standardization Bureau|-",
        "Secretariat|-",
        "Kenya;Uganda|contribution",
        "Huawei Technologies Co., Ltd.|contribution",
        "Association for Progressive Communications|contribution",
        "Member States of the Inter-American Telecommunication Commission (CITEL)|contribution",
      })
  void theSourcesRoleNamesAType(String sources, String type) {
    assertEquals(type, TypeEvidence.roleOf(Arrays.asList(sources.split(";"))));
  }

  @Test
  void noSourcesNoRole() {
    assertNull(TypeEvidence.roleOf(List.of()));
    assertNull(TypeEvidence.roleOf(null));
  }

  @Test
  void discussionsUnderADocumentsHeadingAreAReportsOutline() {
    Section contribution = new Section(SectionKind.OTHER, "C 45 (Orange)", "3.1", 2, "", 0, 0);
    Section discussion = new Section(SectionKind.DISCUSSION, "Discussion", "3.1.2", 3, "", 0, 0);
    Section topLevel = new Section(SectionKind.DISCUSSION, "Discussion", "3", 1, "", 0, 0);
    assertTrue(TypeEvidence.hasReportOutline(List.of(contribution, discussion)));
    assertFalse(TypeEvidence.hasReportOutline(List.of(topLevel)));
  }
}
