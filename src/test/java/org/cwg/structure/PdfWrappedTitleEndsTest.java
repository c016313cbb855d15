package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.model.Section;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * A labelled title whose last words PDF text wrapped onto a line of their own: a line that cannot
 * end a title (on a preposition, an article, an ordinal waiting for its noun) goes on with the
 * next, even where that line alone would look like a heading or a group's name.
 */
class PdfWrappedTitleEndsTest {

  private static final String[] TSB_MASTHEAD = {
    "INTERNATIONAL ",
    "TELECOMMUNICATION ",
    "UNION",
    "TELECOMMUNICATION ",
    "STANDARDIZATION ",
    "SECTOR",
    "STUDY PERIOD 2029-2032",
    "TELECOMMUNICATION ",
    "STANDARDIZATION ADVISORY ",
    "GROUP",
    "TD 40",
    "Original: English",
    "Question(s): N/A Geneva, 4-8 March 2030",
    "TEMPORARY DOCUMENT",
    "Source: TSAG Vice-Chairman"
  };

  private static final String[] BDT_MASTHEAD = {
    "INTERNATIONAL ",
    "TELECOMMUNICATION UNION",
    "TELECOMMUNICATION ",
    "DEVELOPMENT BUREAU",
    "Document ",
    "2/40-E",
    "ITU-D STUDY GROUPS 2 February ",
    "2031",
    "SECOND MEETING OF STUDY GROUP 2: ",
    "GENEVA, 3-7 MARCH 2031",
    "Original: ",
    "English",
    "SOURCE: Chairman, Study Group 2"
  };

  private static DocumentStructure pdf(String[] masthead, String... lines) {
    List<Block> blocks = new ArrayList<>();
    Stream.concat(Stream.of(masthead), Stream.of(lines)).forEach(l -> blocks.add(Outlines.body(l)));
    return new StructureExtractor(Manifest.none())
        .extract(Outlines.pdf(blocks), Path.of("document.pdf"));
  }

  private static List<String> headings(DocumentStructure structure) {
    return structure.sections().stream().map(Section::heading).toList();
  }

  @Test
  void aTitleCutAfterAnOrdinalGoesOnWithTheNounItWaitsFor() {
    DocumentStructure d =
        pdf(
            TSB_MASTHEAD,
            "Title: Draft agenda for the fifth ",
            "TSAG meeting",
            "1 Opening of the meeting",
            "2 Adoption of the agenda");
    assertEquals("Draft agenda for the fifth TSAG meeting", d.metadata().title());
    assertEquals(List.of(), headings(d).stream().filter(h -> h.contains("TSAG")).toList());
  }

  @Test
  void aTitleCutOnAPrepositionGoesOnWithAGroupsName() {
    DocumentStructure d =
        pdf(
            BDT_MASTHEAD,
            "TITLE: Results of the regional preparatory ",
            "meetings (Nairobi, 2030) relevant to ",
            "Study Group 2",
            "1   Purpose",
            "This note presents the results of the regional preparatory meetings.");
    assertEquals(
        "Results of the regional preparatory meetings (Nairobi, 2030) relevant to Study Group 2",
        d.metadata().title());
    assertEquals(List.of("Purpose"), headings(d));
  }

  @Test
  void aLineOnAnOrdinalAfterItsArticleCannotEndATitle() {
    assertTrue(CoverCells.endsMidPhrase("Report of the second "));
    assertTrue(CoverCells.endsMidPhrase("Draft agenda of its 12th"));
    assertFalse(CoverCells.endsMidPhrase("Results of the meeting, part two"));
    assertFalse(CoverCells.endsMidPhrase("Safety first"));
  }

  @Test
  void aTitleCutOnAnArticleGoesOnWithTheSectorsStudyGroups() {
    DocumentStructure d =
        pdf(
            BDT_MASTHEAD,
            "TITLE: Working methods of the rapporteur groups of the ",
            "ITU-D Study Groups",
            "1   Purpose",
            "This note reviews the working methods of the rapporteur groups.");
    assertEquals(
        "Working methods of the rapporteur groups of the ITU-D Study Groups", d.metadata().title());
  }

  @Test
  void aSectorsNameBetweenTwoLinesOfATitleInCapitalsIsWhatTheTitleWrapped() {
    DocumentStructure d =
        pdf(
            BDT_MASTHEAD,
            "TITLE: REVIEW OF THE GLOBAL ",
            "TELECOMMUNICATION DEVELOPMENT ",
            "INDICATORS PROGRAMME (2031)",
            "1   Purpose",
            "This note reviews the programme.");
    assertEquals(
        "REVIEW OF THE GLOBAL TELECOMMUNICATION DEVELOPMENT INDICATORS PROGRAMME (2031)",
        d.metadata().title());
  }

  @Test
  void aSectorsNameUnderAWholeTitleInCapitalsStillStandsApart() {
    assertFalse(
        CoverTitleLines.wrapsWhatItNames(
            "ANNUAL REPORT ON THE PROGRAMME", "TELECOMMUNICATION DEVELOPMENT BUREAU", null));
    assertFalse(
        CoverTitleLines.wrapsWhatItNames(
            "Annual report on the", "Original: English", "Geneva, 3 March 2031"));
  }

  @Test
  void aTitleInCapitalsGoesOnWithTheYearsItWrappedInBrackets() {
    assertEquals(
        "SURVEY OF NUMBERING RESOURCES IN USE (2027-2030)",
        CoverTitleLines.wrappedTitle(
            List.of(
                "SURVEY OF NUMBERING RESOURCES IN USE",
                "(2027-2030)",
                "I have the honour to transmit the survey to the Conference."),
            0));
  }
}
