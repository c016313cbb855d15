package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * ITU-T TDs made from the Recommendation template: the cover names neither the study group nor a
 * Question; the number is "Temporary Document ITU-T N" or a bare number after the kind line, and
 * the TD's statement ("This TD contains the report for ...") and first paragraph say the rest.
 */
class TemporaryDocumentTest {

  private static Section section(String number, String heading, String text) {
    return new Section(SectionKind.OTHER, heading, number, 1, text, 0, 0);
  }

  private static Metadata read(List<String> cover, List<Section> sections) {
    List<CoverLine> lines = new ArrayList<>();
    cover.forEach(text -> lines.add(new CoverLine(text, Block.Region.TABLE)));
    StringBuilder text = new StringBuilder(String.join("\n", cover));
    sections.forEach(s -> text.append('\n').append(s.heading()).append('\n').append(s.text()));
    return MetadataReader.read(
        Map.of(), lines, null, "td.doc", Map.of(), sections, text.toString());
  }

  @Test
  void anAgendaTdStatesItsKindAndQuestionsOnItsCover() {
    Metadata metadata =
        read(
            List.of(
                "International Telecommunication Union",
                "ITU-",
                "Temporary Document",
                "(This TD contains the draft agenda for Questions 4/12 and 6/12 meeting.)",
                "315",
                "Document"),
            List.of(section("1", "Opening of the meeting", "The Rapporteur opened the meeting.")));
    assertEquals("SG12-TD315", metadata.number());
    assertEquals("SG12", metadata.group());
    assertEquals("agenda", metadata.type());
    assertEquals(List.of("4/12", "6/12"), metadata.questions());
    assertNull(metadata.title());
  }

  @Test
  void aReportTdTakesItsGroupAndMeetingFromItsForewordAndFirstParagraph() {
    Metadata metadata =
        read(
            List.of("International Telecommunication Union", "Temporary Document ITU-T 58"),
            List.of(
                section(
                    null,
                    "Foreword",
                    "This TD contains the report for Working Party 3/13 meeting."),
                section(
                    "1",
                    "Introduction",
                    "Working Party 3/13 met during the SG13 meeting held in Geneva, 2027/03/15,"
                        + " chaired by its Chair.")));
    assertEquals("SG13-TD58", metadata.number());
    assertEquals("SG13", metadata.group());
    assertEquals("report", metadata.type());
    assertEquals(List.of(), metadata.questions());
    assertEquals("2027-03-15", metadata.meetingDate());
    assertEquals("Geneva", metadata.place());
    // The meeting's first day is not the document's own date.
    assertNull(metadata.date());
  }

  @Test
  void aLinkToTheGroupsMeetingDocumentsDatesTheMeeting() {
    Metadata own =
        read(
            List.of(
                "Temporary Document",
                "(This TD contains the agenda for Question 2/9 meeting.)",
                "12"),
            List.of(
                section(
                    "4",
                    "Documentation",
                    "Documents are at https://www.itu.int/md/T25-SG9-270912/sum/en")));
    assertEquals("SG9-TD12", own.number());
    assertEquals("2027-09-12", own.meetingDate());

    Metadata other =
        read(
            List.of(
                "Temporary Document",
                "(This TD contains the agenda for Question 2/9 meeting.)",
                "12"),
            List.of(
                section(
                    "4",
                    "Documentation",
                    "See the SG5 meeting at https://www.itu.int/md/T25-SG5-270301/sum/en")));
    assertNull(other.meetingDate());
  }

  @Test
  void aNumberWithoutAGroupAnywhereIsNoNumber() {
    Metadata metadata =
        read(
            List.of("Temporary Document", "41"),
            List.of(section("1", "Introduction", "The meeting opened on time.")));
    assertNull(metadata.number());
    assertEquals("td", metadata.type());
  }

  @Test
  void readsTheNumberWrittenOutOrAfterItsKindLine() {
    assertEquals("74", TemporaryDocument.numberOn(List.of("Temporary Document ITU-T 74")));
    assertEquals("7", TemporaryDocument.numberOn(List.of("Temporary Document", "(lead)", "7")));
    assertNull(TemporaryDocument.numberOn(List.of("Temporary Document", "Original: English", "7")));
    assertEquals("SG17", TemporaryDocument.studyGroupIn("for Q11/17 meeting"));
    assertEquals("SG2", TemporaryDocument.studyGroupIn("during the SG2 meeting held in"));
    assertNull(TemporaryDocument.studyGroupIn("Resolution 1/17 of nothing"));
  }

  @Test
  void readsYearFirstDatesWithSlashesButNotDayOrMonthFirstOnes() {
    assertEquals("2025-12-03", Dates.find("held in Geneva, 2025/12/03, chaired"));
    assertNull(Dates.find("on 03/12/2025"));
    assertNull(Dates.find("2025/13/03"));
  }

  @Test
  void foldsWordsNonBreakingAndOptionalHyphens() {
    assertEquals(
        "Recommendation ITU-T A.1 on Telecommunication",
        TextCleaner.clean(
            "Recommendation ITU\u2011T A.1 on Tele\u00adcommunication", new ArrayList<>()));
  }
}
