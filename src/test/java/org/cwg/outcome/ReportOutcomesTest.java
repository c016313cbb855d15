package org.cwg.outcome;

import static org.cwg.outcome.ReportFixtures.contribution;
import static org.cwg.outcome.ReportFixtures.report;
import static org.cwg.outcome.ReportFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.Test;

/** Each way an invented report names a contribution links it, and nothing else does. */
class ReportOutcomesTest {

  private static final String PURPOSE =
      "This contribution proposes that the Group study how small island developing States can"
          + " secure affordable submarine cable capacity, and invites Member States to share"
          + " their experience of shared landing stations and regional exchange points.";

  private static final DocumentRecord BRAZIL_7 = contribution("CWG-Internet-20/7", 20, PURPOSE);

  private static List<Outcome> outcomes(DocumentRecord report, DocumentRecord contribution) {
    return new ReportOutcomes(report, Set.of()).of(Contribution.of(contribution));
  }

  @Test
  void aHeadingNamingTheContributionGivesItsSummaryAndDiscussion() {
    DocumentRecord report =
        report(
            20,
            section(1, "6", SectionKind.OTHER, "Contributions from Member States", "Below."),
            section(
                2,
                "6.1",
                SectionKind.OTHER,
                "CWG-Internet-20/7 (Brazil, Chile, …): Submarine cables for small islands",
                ""),
            section(3, "6.1.1", SectionKind.SUMMARY, "Summary", PURPOSE),
            section(
                3,
                "6.1.2",
                SectionKind.DISCUSSION,
                "Discussions",
                "a)\tMembers welcomed the proposal. The contribution was noted.\n"
                    + "b)\tThe Chair invited the contributors to submit a revised text."),
            section(2, "6.2", SectionKind.OTHER, "CWG-Internet-20/8 (Kenya): Other", ""),
            section(3, "6.2.1", SectionKind.SUMMARY, "Summary", "Something else entirely."));
    List<Outcome> found = outcomes(report, BRAZIL_7);
    assertEquals(1, found.size(), found.toString());
    Outcome o = found.get(0);
    assertEquals("6.1", o.section().number());
    assertEquals(PURPOSE, o.summary());
    assertTrue(o.discussion().startsWith("a)\tMembers welcomed"), o.discussion());
    assertEquals(
        List.of(
            "The contribution was noted.",
            "The Chair invited the contributors to submit a revised text."),
        o.actions());
    assertEquals(Outcome.REFERENCE, o.link());
    assertEquals(1.0, o.score());
    assertEquals(List.of("heading", "full-number"), o.via());
    assertEquals(1.0, o.copied());
  }

  @Test
  void documentWithMeetingAndNumberInTheTextLinks() {
    DocumentRecord report =
        report(
            20,
            section(
                1,
                "5",
                SectionKind.DISCUSSION,
                "Discussion",
                "Some members supported Document 20/7 on cables.\nOthers spoke of IXPs."));
    Outcome o = outcomes(report, BRAZIL_7).get(0);
    assertEquals("5", o.section().number());
    assertEquals(List.of("text", "meeting-number"), o.via());
    assertEquals(List.of("Document 20/7"), o.mentions());
    assertEquals(0.85, o.score());
  }

  @Test
  void docAndANumberAloneLinkInTheReportsMeetingOnly() {
    Section5 text = new Section5("The Group took note of Doc. 7 and thanked Brazil.");
    Outcome o = outcomes(report(20, text.section()), BRAZIL_7).get(0);
    assertEquals(List.of("text", "short-number"), o.via());
    assertEquals("The Group took note of Doc. 7 and thanked Brazil.", o.discussion());
    assertEquals(0.8, o.score());
    // In the report of meeting 21, "Doc. 7" is CWG-Internet-21/7: another document.
    assertTrue(outcomes(report(21, text.section()), BRAZIL_7).isEmpty());
  }

  @Test
  void theContributionFromAMemberStateWithItsNumberLinks() {
    DocumentRecord report =
        report(
            20,
            new Section5(
                    "The contribution from the Federative Republic of Brazil (Document 7) was"
                        + " presented. The Group agreed to continue the discussion.")
                .section());
    Outcome o = outcomes(report, BRAZIL_7).get(0);
    assertEquals(List.of("text", "member-state"), o.via());
    assertEquals(
        List.of("The Group agreed to continue the discussion."), o.actions(), o.toString());
  }

  @Test
  void theContributionFromAMemberStateWithoutNumberLinksWhenItMadeOnlyOne() {
    DocumentRecord report =
        report(20, new Section5("The contribution from Brazil was welcomed by many.").section());
    Contribution brazil = Contribution.of(BRAZIL_7);
    Outcome o =
        new ReportOutcomes(
                report, Set.of(), java.util.Map.of("Brazil", List.of("CWG-Internet-20/7")))
            .of(brazil)
            .get(0);
    assertEquals(List.of("text", "member-state-alone"), o.via());
    assertEquals(0.7, o.score());
    assertTrue(
        new ReportOutcomes(
                report,
                Set.of(),
                java.util.Map.of("Brazil", List.of("CWG-Internet-20/7", "CWG-Internet-20/8")))
            .of(brazil)
            .isEmpty());
  }

  @Test
  void aRevisionSharesItsOriginalsOutcomesAndTheOtherWayRound() {
    DocumentRecord namesRevision =
        report(
            20,
            section(
                2,
                "6.1",
                SectionKind.DISCUSSION,
                "CWG-Internet-20/7(Rev.1) (Brazil): Submarine cables",
                "Noted."));
    Outcome o = outcomes(namesRevision, BRAZIL_7).get(0);
    assertEquals("CWG-Internet-20/7(Rev.1)", o.named());
    assertEquals(List.of("heading", "full-number", "revision"), o.via());
    assertEquals(0.95, o.score());

    DocumentRecord revision = contribution("CWG-Internet-20/7(Rev.1)", 20, PURPOSE);
    DocumentRecord namesOriginal =
        report(20, new Section5("Revision 1 to Document 20/7 was examined.").section());
    Outcome back = outcomes(namesOriginal, revision).get(0);
    assertEquals("CWG-Internet-20/7", back.named());
    assertTrue(back.via().contains("revision"), back.via().toString());
  }

  @Test
  void theActionsOfTheReportThatNameTheContributionAreItsActions() {
    DocumentRecord report =
        report(
            20,
            section(2, "6.1", SectionKind.OTHER, "CWG-Internet-20/7 (Brazil): Cables", ""),
            section(3, "6.1.1", SectionKind.SUMMARY, "Summary", PURPOSE),
            section(
                1,
                "7",
                SectionKind.ACTIONS,
                "Actions",
                "7.1\tThe Secretariat will circulate CWG-Internet-20/7 to the regional offices.\n"
                    + "7.2\tThe next consultation opens in October."));
    Outcome o = outcomes(report, BRAZIL_7).get(0);
    assertEquals("6.1", o.section().number());
    assertEquals(
        List.of("7.1\tThe Secretariat will circulate CWG-Internet-20/7 to the regional offices."),
        o.actions());
  }

  @Test
  void aContributionNamedOnlyInTheActionsHasTheActionsAsItsOutcome() {
    DocumentRecord report =
        report(
            20,
            section(
                1,
                "7",
                SectionKind.ACTIONS,
                "Actions",
                "7.1\tThe Secretariat will circulate Doc. 7 and CWG-Internet-20/7 to the regions."));
    Outcome o = outcomes(report, BRAZIL_7).get(0);
    assertEquals("7", o.section().number());
    assertEquals(0.9, o.score(), "the strongest mention, the full number, counts");
    assertEquals(1, o.actions().size(), o.actions().toString());
  }

  @Test
  void aSummaryThatCopiesThePurposeWithoutNamingItIsAReuse() {
    DocumentRecord report =
        report(
            20,
            section(2, "6.1", SectionKind.OTHER, "Proposal on submarine cables (Brazil)", ""),
            section(
                3,
                "6.1.1",
                SectionKind.SUMMARY,
                "Summary",
                PURPOSE.replace("small island developing States", "SIDS")),
            section(3, "6.1.2", SectionKind.DISCUSSION, "Discussions", "The proposal was noted."));
    DocumentRecord unnumbered = contribution(null, 20, PURPOSE);
    Outcome o = outcomes(report, unnumbered).get(0);
    assertEquals(Outcome.REUSE, o.link());
    assertEquals("6.1", o.section().number());
    assertEquals("The proposal was noted.", o.discussion());
    assertNull(o.named());
    assertTrue(o.score() > 0.6 && o.score() < 1.0, Double.toString(o.score()));
  }

  @Test
  void aCopyUnderAHeadingNamingAnotherIndexedDocumentIsThatDocuments() {
    DocumentRecord report =
        report(
            20,
            section(2, "6.1", SectionKind.OTHER, "CWG-Internet-20/8 (Brazil): Cables", ""),
            section(3, "6.1.1", SectionKind.SUMMARY, "Summary", PURPOSE));
    Contribution unnumbered = Contribution.of(contribution(null, 20, PURPOSE));
    assertTrue(
        new ReportOutcomes(report, Set.of("CWG-Internet-20/8")).of(unnumbered).isEmpty(),
        "20/8 is indexed: its summary is its own");
    assertEquals(1, new ReportOutcomes(report, Set.of()).of(unnumbered).size());
  }

  @Test
  void aPurposeOfSharedBoilerplateIsNoReuseOfASummaryThatGoesOnInOtherWords() {
    String boilerplate =
        "The purpose of this contribution is to facilitate discussions within the Council Working"
            + " Group regarding Internet governance and to gather proposals from Member States.";
    DocumentRecord report =
        report(
            20,
            section(2, "6.1", SectionKind.OTHER, "Proposal on Internet governance", ""),
            section(
                3,
                "6.1.1",
                SectionKind.SUMMARY,
                "Summary",
                boilerplate
                    + " It reviews the implementation of the Tunis Agenda over twenty years, the"
                    + " risks to the operators of critical infrastructure, and the legal frameworks"
                    + " that States could adopt to keep the global network stable and secure."));
    DocumentRecord sameOpening =
        contribution(null, 20, boilerplate + " It asks for recommendations to Council 2026.");
    assertTrue(outcomes(report, sameOpening).isEmpty());
  }

  @Test
  void anUnrelatedReportGivesNothing() {
    DocumentRecord report =
        report(
            20,
            new Section5(
                    "Members discussed multilingualism of the Internet and universal acceptance of"
                        + " internationalized domain names, and CWG-Internet-20/3 on LLDCs.")
                .section());
    assertTrue(outcomes(report, BRAZIL_7).isEmpty());
  }

  /** A level-1 discussion section numbered 5 with the given text. */
  private record Section5(String text) {
    org.cwg.model.Section section() {
      return ReportFixtures.section(1, "5", SectionKind.DISCUSSION, "Discussion", text);
    }
  }
}
