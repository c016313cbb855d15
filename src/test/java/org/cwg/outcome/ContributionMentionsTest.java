package org.cwg.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionMentionsTest {

  private final ContributionMentions meeting20 =
      new ContributionMentions("CWG-Internet", "CWG-Internet-20");

  private List<String> numbers(ContributionMentions finder, String text) {
    return finder.find(text).stream().map(m -> m.number() + " " + m.form()).toList();
  }

  @Test
  void aFullNumberInAHeadingIsReadInAnyWrittenForm() {
    assertEquals(
        List.of("CWG-Internet-20/4 full-number"),
        numbers(meeting20, "CWG-Internet-20/4 (Russian Federation, Belarus): Implementation"));
    assertEquals(
        List.of("CWG-Internet-20/1(Rev.2) full-number"),
        numbers(meeting20, "Agenda of the meeting: CWG-Internet-20/1R2"));
  }

  @Test
  void documentWithMeetingAndNumberTakesTheReportsGroup() {
    assertEquals(
        List.of("CWG-Internet-19/6 meeting-number"),
        numbers(meeting20, "As agreed on Document 19/6, the Group moved on."));
    assertEquals(
        List.of("CWG-Internet-20/4(Rev.1) meeting-number"),
        numbers(meeting20, "Members discussed Document 20/4 (Rev.1) at length."));
  }

  @Test
  void aNumberAloneIsReadInTheReportsMeeting() {
    assertEquals(
        List.of("CWG-Internet-20/7 short-number"),
        numbers(meeting20, "Doc. 7 was introduced by its authors."));
    assertEquals(
        List.of("CWG-Internet-20/5 short-number"),
        numbers(meeting20, "They stated that Contribution 5 submitted to this meeting agrees."));
    assertEquals(
        List.of(
            "CWG-Internet-20/6 short-number",
            "CWG-Internet-20/8 short-number",
            "CWG-Internet-20/9 short-number"),
        numbers(meeting20, "Documents 6, 8 and 9 were noted."));
  }

  @Test
  void withoutAMeetingANumberAloneIsNoMention() {
    ContributionMentions unknown = new ContributionMentions("CWG-Internet", null);
    assertEquals(List.of(), numbers(unknown, "Doc. 7 was introduced by its authors."));
  }

  @Test
  void theMeetingIsTheSeriesTheReportNamesMostWhenItsMetadataHasNone() {
    ContributionMentions inferred =
        ContributionMentions.forReport(
            "CWG-Internet", null, "CWG-Internet-21/2 and CWG-Internet-21/3, then OPCWGINT-11/3");
    assertEquals("CWG-Internet-21", inferred.series());
  }

  @Test
  void theContributionFromAMemberStateIsReadWithTheNumberInBrackets() {
    List<Mention> found =
        meeting20.find(
            "The Chair introduced the contribution from the Russian Federation (Document 4),"
                + " then the contributions by Paraguay, Armenia and Zambia (20/3).");
    assertEquals(2, found.size(), found.toString());
    assertEquals("CWG-Internet-20/4", found.get(0).number());
    assertEquals(MentionForm.MEMBER_STATE, found.get(0).form());
    assertEquals("Russian Federation", found.get(0).source());
    assertEquals("CWG-Internet-20/3", found.get(1).number());
    assertEquals("Paraguay, Armenia and Zambia", found.get(1).source());
    assertEquals(
        List.of("CWG-Internet-20/9 member-state"),
        numbers(meeting20, "the contribution from Brazil (CWG-Internet-20/9) was noted"));
  }

  @Test
  void aMemberStateWithoutANumberIsItsOneContributionToTheMeeting() {
    ContributionMentions withSources =
        meeting20.withSources(
            java.util.Map.of(
                "Russian Federation", List.of("CWG-Internet-20/4"),
                "Brazil", List.of("CWG-Internet-20/7", "CWG-Internet-20/8"),
                "Brazilian Internet Steering Committee", List.of("CWG-Internet-20/9")));
    List<Mention> found =
        withSources.find("Members thanked the contribution from the Russian Federation.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("CWG-Internet-20/4", found.get(0).number());
    assertEquals(MentionForm.MEMBER_STATE_ALONE, found.get(0).form());
    assertEquals("the contribution from the Russian Federation", found.get(0).written());
    assertEquals(
        List.of(),
        numbers(withSources, "the contribution from Brazil was noted"),
        "Brazil made two: which one is not said");
    assertEquals(
        List.of("CWG-Internet-20/9 member-state-alone"),
        numbers(withSources, "the contribution by the Brazilian Internet Steering Committee"));
    assertEquals(List.of(), numbers(meeting20, "the contribution from the Russian Federation"));
  }

  @Test
  void numbersOfOtherKindsAreNoShortForms() {
    assertTrue(
        numbers(meeting20, "Resolution 101, section 7.3 and document 7.3.1 of 2024").isEmpty(),
        numbers(meeting20, "Resolution 101, section 7.3 and document 7.3.1 of 2024").toString());
  }

  @Test
  void amendmentsAreWrittenAsTheCanonicalNumberAppendsThem() {
    assertEquals("(Rev.1)", ContributionMentions.amendment(" (Rev. 1)"));
    assertEquals("(Rev.2)", ContributionMentions.amendment("R2"));
    assertEquals("(Add.1)", ContributionMentions.amendment("(Add.1)"));
    assertEquals("", ContributionMentions.amendment(null));
  }
}
