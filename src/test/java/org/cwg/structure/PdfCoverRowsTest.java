package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PDF text of a cover whose right column is narrow: a row's cells are set apart by one space, so
 * the number and the date end a line that begins with another cell.
 */
class PdfCoverRowsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "COMMITTEE 5 Document 17-E|COMMITTEE 5;Document 17-E",
        "Source: Document 4C/55 Document 4C/61-E|Source: Document 4C/55;Document 4C/61-E",
        "Subject: Question ITU-R 12/4 3 March 2027|Subject: Question ITU-R 12/4;3 March 2027",
        "Ninth meeting: Tunis, 5 May 2027 28 April 2027|Ninth meeting: Tunis, 5 May 2027;28 April 2027",
        "Revision 2 to Document 4C/61-E|Revision 2 to Document 4C/61-E",
        "Source: Document 4C/55|Source: Document 4C/55",
        "COMMITTEE 5 Addendum 2 to|COMMITTEE 5;Addendum 2 to",
        "Second meeting, Tunis, 5-9 May 2027|Second meeting, Tunis, 5-9 May 2027",
        "Lima, 3 – 14 March 2027|Lima, 3 – 14 March 2027",
        "Question(s): 2/9, 5/9 Lima, 3-14 March 2027|Question(s): 2/9, 5/9;Lima, 3-14 March 2027",
        "Approval: Study Group 3 meeting, 9 May 2027|Approval: Study Group 3 meeting, 9 May 2027",
        "WG(s): DAISAM Geneva, 27-29 January 2021|WG(s): DAISAM;Geneva, 27-29 January 2021",
        "WG(s): WG-Audit, WG-Data San José, 3-5 March 2027|WG(s): WG-Audit, WG-Data;San José, 3-5"
            + " March 2027",
        "Question(s): N/A Virtual, 21-23 July 2027|Question(s): N/A;Virtual, 21-23 July 2027",
        "Source: Document 4C/77 Original: English|Source: Document 4C/77;Original: English",
        "COMMITTEE 4 Document 21-E English only|COMMITTEE 4;Document 21-E;English only",
      })
  void cutsTheNumberAndTheDateOffTheLineTheyEnd(String line, String cells) {
    assertEquals(Arrays.asList(cells.split(";")), Cover.trailingCells(line));
  }

  @Test
  void readsNumberDateAndMeetingFromSingleSpacedColumns() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("Council Working Group on Child Online Protection"),
            CoverLine.body("Agenda item: 3 Document CWG-COP-23/6-E"),
            CoverLine.body("Twenty-third meeting: Geneva, 20 October 2027 6 October 2027"),
            CoverLine.body("Original: English"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "cop.pdf", Map.of(), List.of(), "");
    assertEquals("CWG-COP-23/6", metadata.number());
    assertEquals("2027-10-06", metadata.date());
    assertEquals("2027-10-20", metadata.meetingDate());
  }

  @Test
  void joinsAMeetingsDaysToTheMonthThatWrapped() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
            CoverLine.body("Document SG1/77-E"),
            CoverLine.body("ITU-D Study Group 1"),
            CoverLine.body("Fifth meeting, Geneva, 3-7"),
            CoverLine.body("March 2027"),
            CoverLine.body("Original: English"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "d.pdf", Map.of(), List.of(), "");
    assertEquals("2027-03-03", metadata.meetingDate());
    assertEquals(null, metadata.date());
  }

  @Test
  void readsPlaceAndDatesAfterAQuestionsLabelAndAfterACommaThatWrapped() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
            CoverLine.body("SG9-C12"),
            CoverLine.body("STUDY GROUP 9"),
            CoverLine.body("Question(s): 2/9 Lima, 3-14"),
            CoverLine.body("March 2027"),
            CoverLine.body("CONTRIBUTION"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "t.pdf", Map.of(), List.of(), "");
    assertEquals("2027-03-03", metadata.meetingDate());
    assertEquals(List.of("2/9"), metadata.questions());

    Metadata wrapped =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("Document SG2RGQ/40-E"),
                CoverLine.body("ITU-D Study Group 2"),
                CoverLine.body("Rapporteur Group meetings, Lima,"),
                CoverLine.body("4-8 October 2027")),
            null,
            "d.pdf",
            Map.of(),
            List.of(),
            "");
    assertEquals("2027-10-04", wrapped.meetingDate());

    Metadata yearAlone =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("Document SG2/41-E"),
                CoverLine.body("ITU-D Study Group 2"),
                CoverLine.body("Fourth meeting, Lima, 4-8 October"),
                CoverLine.body("2027"),
                CoverLine.body("Approval: Study Group 2 meeting, 8 October 2027")),
            null,
            "d.pdf",
            Map.of(),
            List.of(),
            "");
    assertEquals("2027-10-04", yearAlone.meetingDate());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Lima, 3-14 de marzo de 2027|2027-03-03",
        "Virtual, September 2027|2027-09",
      })
  void readsAMeetingsPlaceAndDatesInEveryForm(String cell, String meetingDate) {
    Metadata metadata =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
                CoverLine.body("FG-XYZ-C-012"),
                CoverLine.body(cell)),
            null,
            "f.pdf",
            Map.of(),
            List.of(),
            "");
    assertEquals(meetingDate, metadata.meetingDate());
  }

  @Test
  void readsAContactBlockWrittenLineByLineAndItsNamedParts() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
            CoverLine.body("SG9-C14"),
            CoverLine.body("Source: Peru"),
            CoverLine.body("Title: Cable networks in the Andes"),
            CoverLine.body("Contact: Rosa Quispe"),
            CoverLine.body("Organization: OSIPTEL"),
            CoverLine.body("Peru"),
            CoverLine.body("Tel: +51 1 222 3333"),
            CoverLine.body("E-mail: rquispe@example.pe"),
            CoverLine.body("Keywords: cable"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "t.pdf", Map.of(), List.of(), "");
    assertEquals(
        List.of(new org.cwg.model.Contact("Rosa Quispe", "OSIPTEL", "rquispe@example.pe")),
        metadata.contacts());
  }

  @Test
  void readsTheMeetingAfterAWorkingGroupsRowWhoseYearWrapped() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
            CoverLine.body("FG-XYZ-C-031"),
            CoverLine.body("ITU-T Focus Group on Examples Original: English"),
            CoverLine.body("WG(s): WG-Audit San José, 3-5 March"),
            CoverLine.body("2027"),
            CoverLine.body("INPUT DOCUMENT"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "f.pdf", Map.of(), List.of(), "");
    assertEquals("2027-03-03", metadata.meetingDate());
    assertEquals("San José", metadata.place());
  }

  @Test
  void readsAMeetingNamedWithoutItsOrdinal() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("Open Consultation of the Council Working Group on Examples"),
            CoverLine.body("Open consultation meeting: Lisbon, 2 March 2027"),
            CoverLine.body("OPCWGINT-15/4"),
            CoverLine.body("10 February 2027"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "o.txt", Map.of(), List.of(), "");
    assertEquals("2027-03-02", metadata.meetingDate());
    assertEquals("Lisbon", metadata.place());
    assertEquals("2027-02-10", metadata.date());
  }

  @Test
  void aTitleThatWrappedGoesOnToItsNextLines() {
    Metadata capitals =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("Council Working Group on Examples"),
                CoverLine.body("Document CWG-EX-3/2-E"),
                CoverLine.body("Report by the Secretariat"),
                CoverLine.body("PROGRESS ON THE EXAMPLE PROGRAMME AND THE 2030"),
                CoverLine.body("AGENDA: 2027 REVIEW"),
                CoverLine.body("Purpose")),
            null,
            "c.pdf",
            Map.of(),
            List.of(),
            "");
    assertEquals(
        "PROGRESS ON THE EXAMPLE PROGRAMME AND THE 2030 AGENDA: 2027 REVIEW", capitals.title());

    Metadata running =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("Document CWG-EX-3/4-E"),
                CoverLine.body("Contribution from Portugal"),
                CoverLine.body("Proposals on the review of the working methods of the"),
                CoverLine.body("Group and its schedule"),
                CoverLine.body("English only")),
            null,
            "c.pdf",
            Map.of(),
            List.of(),
            "");
    assertEquals(
        "Proposals on the review of the working methods of the Group and its schedule",
        running.title());
  }

  @Test
  void aSourceListAndAnOrganizationThatWrappedAreReadWhole() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
            CoverLine.body("SG9-C15"),
            CoverLine.body("Source: Peru, Chile, Bolivia (Plurinational"),
            CoverLine.body("State of), Ecuador"),
            CoverLine.body("Title: Cable networks in the Andes"),
            CoverLine.body("Contact: Rosa Quispe"),
            CoverLine.body("Organismo Supervisor de Inversión Privada en"),
            CoverLine.body("Telecomunicaciones"),
            CoverLine.body("Peru"),
            CoverLine.body("E-mail: rquispe@example.pe"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "t.pdf", Map.of(), List.of(), "");
    assertEquals(4, metadata.sources().size(), metadata.sources().toString());
    assertEquals("Ecuador", metadata.sources().get(3));
    assertEquals(
        "Organismo Supervisor de Inversión Privada en Telecomunicaciones",
        metadata.contacts().get(0).organization());
  }

  @Test
  void anAddendumWhoseDocumentWordWrappedAloneKeepsItsNumber() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("World Telecommunication Development Conference 2029 (WTDC-29)"),
            CoverLine.body("Lima, 3-14 September 2029"),
            CoverLine.body("PLENARY MEETING Addendum 2 to"),
            CoverLine.body("Document"),
            CoverLine.body("WTDC-29/31-E"),
            CoverLine.body("1 August 2029"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "w.pdf", Map.of(), List.of(), "");
    assertEquals("WTDC-29/31(Add.2)", metadata.number());
    assertEquals("Add.2", metadata.revision());
  }

  @Test
  void keepsTheRevisionWhoseNumberIsOnTheNextLine() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body("Radiocommunication Study Groups"),
            CoverLine.body("Source: Document 4C/55 Revision 2 to"),
            CoverLine.body("Document 4C/61-E"),
            CoverLine.body("English only"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "r.pdf", Map.of(), List.of(), "");
    assertEquals("4C/61(Rev.2)", metadata.number());
    assertEquals("Rev.2", metadata.revision());
  }
}
