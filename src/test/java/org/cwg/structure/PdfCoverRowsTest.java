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
      quoteCharacter = '"',
      value = {
        "COMMITTEE 5 Document 17-E|COMMITTEE 5;Document 17-E",
        "Source: Document 4C/55 Document 4C/61-E|Source: Document 4C/55;Document 4C/61-E",
        "Subject: Question ITU-R 12/4 3 March 2027|Subject: Question ITU-R 12/4;3 March 2027",
        "Subject: Question ITU-R 3 March 2027|Subject: Question ITU-R;3 March 2027",
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
        "Question(s): Sans objet Lima, 3-7 mars 2027|Question(s): Sans objet;Lima, 3-7 mars 2027",
        "Question(s): Not applicable Lima, 3-7 May 2027|Question(s): Not applicable;Lima, 3-7 May"
            + " 2027",
        "Source: Document 4C/77 Original: English|Source: Document 4C/77;Original: English",
        "COMMITTEE 4 Document 21-E English only|COMMITTEE 4;Document 21-E;English only",
        "STUDY GROUP 12 TD 140 (WP1/12)|STUDY GROUP 12;TD 140 (WP1/12)",
        "COMMISSION D'ÉTUDES 3 SG3-TD77/GEN|COMMISSION D'ÉTUDES 3;SG3-TD77/GEN",
        "STUDY GROUP 12 Question 4/12|STUDY GROUP 12 Question 4/12",
      })
  void cutsTheNumberAndTheDateOffTheLineTheyEnd(String line, String cells) {
    assertEquals(Arrays.asList(cells.split(";")), CoverRowCells.trailingCells(line));
  }

  @Test
  void aListOfSourcesWrapsOnToALineEndingInACompanysForm() {
    Metadata metadata =
        CoverOfLines.read(
            "NET2030-I-077.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-NET2030-I-077",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Ruritania University; Acme",
            "Telecom; Example Networks Co., Ltd.",
            "Title: A use case for remote collaboration",
            "Purpose: Discussion");
    assertEquals(
        List.of("Ruritania University", "Acme Telecom", "Example Networks Co., Ltd."),
        metadata.sources());
  }

  @Test
  void aSourceThatWrappedIsTheNameAContactBlockGivesWhole() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-031.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-031",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Ruritania Telecom, Technical University of",
            "Borduria, Syldavia",
            "Title: A use case for remote rendering",
            "Purpose: Discussion",
            "Contact: Anna Berg",
            "Ruritania Telecom",
            "E-mail: anna@example.com");
    assertEquals(
        List.of("Ruritania Telecom", "Technical University of Borduria", "Syldavia"),
        metadata.sources());
  }

  @Test
  void aCountryAtALineEndStartsACompanyAContactWorksFor() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-032.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-032",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Acme Networks Ltd., Kenya",
            "Electricity Generating Company",
            "Title: A use case for smart metering",
            "Purpose: Discussion",
            "Contact: Joseph Otieno",
            "Kenya Electricity Generating Company",
            "Kenya",
            "E-mail: j.otieno@example.com");
    assertEquals(
        List.of("Acme Networks Ltd.", "Kenya Electricity Generating Company"), metadata.sources());
  }

  @Test
  void aCountryAtALineEndStaysACountryWhenNoContactSaysOtherwise() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-033.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-033",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Acme Networks Ltd., Kenya",
            "Title: A use case for smart metering",
            "Purpose: Discussion",
            "Contact: Joseph Otieno",
            "Acme Networks Ltd.",
            "Kenya",
            "E-mail: j.otieno@example.com");
    assertEquals(List.of("Acme Networks Ltd.", "Kenya"), metadata.sources());
  }

  @Test
  void memberStatesOnePerLineAfterTheSourceLabelAreAllSources() {
    Metadata metadata =
        CoverOfLines.read(
            "D22-SG02-C-0400!!MSW-E.pdf",
            "ITU-D Study Group 2",
            "Document SG2/400-E",
            "Original: English",
            "QUESTION 3/2: Securing information and communication networks",
            "SOURCE: Mongolia",
            "Nepal (Federal Democratic Republic of)",
            "Bhutan (Kingdom of)",
            "TITLE: Shared national CERT exercises");
    assertEquals(
        List.of("Mongolia", "Nepal (Federal Democratic Republic of)", "Bhutan (Kingdom of)"),
        metadata.sources());
  }

  @Test
  void bodiesOnePerLineAfterTheSourceLabelAreAllSources() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-041.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-041",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Ruritania Example Foundation",
            "Central Bank of Borduria",
            "Acme Optics Inc.",
            "City of Borduria",
            "Title: Interoperable payment links",
            "Purpose: Discussion");
    assertEquals(
        List.of(
            "Ruritania Example Foundation",
            "Central Bank of Borduria",
            "Acme Optics Inc.",
            "City of Borduria"),
        metadata.sources());
  }

  @Test
  void theKindOfABodyAloneOnALineEndsTheNameBefore() {
    Metadata metadata =
        CoverOfLines.read(
            "D22-SG01-C-0401!!MSW-E.pdf",
            "ITU-D Study Group 1",
            "Document 1/401-E",
            "Original: English",
            "QUESTION 4/1: Economic policies",
            "SOURCE: Ruritel Company Limited",
            "(RTL), Regulatory and Interconnection",
            "Unit",
            "TITLE: Cost of connectivity");
    assertEquals(
        List.of("Ruritel Company Limited (RTL), Regulatory and Interconnection Unit"),
        metadata.sources());
  }

  @Test
  void theLanguageAfterOriginalThatWrappedIsNoSource() {
    Metadata metadata =
        CoverOfLines.read(
            "R27-WP4A-C-0288!!MSW-F.pdf",
            "Commissions d'études des",
            "radiocommunications",
            "Document",
            "4A/288-F",
            "13 septembre 2027",
            "Original:",
            "français",
            "Objet: Point 7 de l'ordre du jour de la CMR-27",
            "Ruritel SAS",
            "AMÉLIORATION DE LA PUBLICATION ANTICIPÉE DES RÉSEAUX À SATELLITE");
    assertEquals(List.of("Ruritel SAS"), metadata.sources());
  }

  @Test
  void aTitleEndsWhereTheBodysWiderLinesBegin() {
    Metadata metadata =
        CoverOfLines.read(
            "D26-SG02-C-0056!!MSW-E.pdf",
            "ITU-D Study Group 2",
            "Document SG2/56-E",
            "Original: English",
            "QUESTION 1/2: Smart sustainable cities",
            "SOURCE: ITU-T Study Group 20",
            "TITLE: Liaison statement from ITU-T Study Group 20 on key",
            "performance indicators for smart sustainable cities and",
            "communities",
            "ITU-T Study Group 20 thanks ITU-D Study Group 2 for its liaison statement and informs it of",
            "the approval of an update of Recommendation ITU-T Y.4903.");
    assertEquals(
        "Liaison statement from ITU-T Study Group 20 on key performance indicators for smart"
            + " sustainable cities and communities",
        metadata.title());
  }

  @Test
  void aTitleGoesOnAfterAWordThatItsNumberCompletes() {
    Metadata metadata =
        CoverOfLines.read(
            "D26-SG02RGQ-C-0075!!MSW-E.pdf",
            "ITU-D Study Group 2",
            "Document SG2RGQ/75-E",
            "Original: English",
            "QUESTION 8/2: E-waste",
            "SOURCE: Rapporteur for Question 8/2",
            "TITLE: Report of the Rapporteur Group meeting on Question",
            "8/2, Geneva, 27 April 2027");
    assertEquals(
        "Report of the Rapporteur Group meeting on Question 8/2, Geneva, 27 April 2027",
        metadata.title());
  }

  @Test
  void anApprovalDateThatWrappedIsNoDateOfTheDocument() {
    Metadata metadata =
        CoverOfLines.read(
            "T29-SG17-270824-TD-GEN-1700!!MSW-E.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TD 1700 (GEN/17)",
            "Question(s): 10/17 Geneva, 24 August - 3",
            "September 2029",
            "Source: Ruritania Web Forum",
            "Title: LS/i on web credentials",
            "LIAISON STATEMENT",
            "For action to: ITU-T SG17 Q10/17",
            "Approval: Ruritania Web Forum Credentials Working Group",
            "(30 July 2029)",
            "Deadline: 15 January 2030");
    assertEquals(null, metadata.date());
  }

  @Test
  void aLineThatNamesNoBodyIsNoSourceOfItsOwn() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-042.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-042",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Ruritania Example Foundation",
            "Interoperable Payment Links",
            "Title: Interoperable payment links",
            "Purpose: Discussion");
    assertEquals(List.of("Ruritania Example Foundation"), metadata.sources());
  }

  @Test
  void aNameWhoseAcronymEndsTheNextLineGoesOnThere() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-040.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-040",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Acme Optics Limited, Ruritanian Institute of",
            "Science and Advanced Photonics",
            "Research (RIAPR)",
            "Title: A use case for quantum links",
            "Purpose: Discussion");
    assertEquals(
        List.of(
            "Acme Optics Limited",
            "Ruritanian Institute of Science and Advanced Photonics Research (RIAPR)"),
        metadata.sources());
  }

  @Test
  void aSourceLineThatEndsOnACompanysFormIsNoSentence() {
    Metadata metadata =
        CoverOfLines.read(
            "R23-WP4A-C-0500!!MSW-E.txt",
            "Radiocommunication Study Groups",
            "\t\tDocument 4A/500-E",
            "Subject: WRC-27 agenda item 1.2\t\t8 July 2025",
            "\t\tEnglish only",
            "Acme Satellite LLC, Borduria Space S.A.",
            "CONSIDERATIONS ON THE BAND 10-11 GHz");
    assertEquals(List.of("Acme Satellite LLC", "Borduria Space S.A."), metadata.sources());
  }

  @Test
  void aMastheadThatWrappedIsNoTitle() {
    Metadata metadata =
        CoverOfLines.read(
            "R23-WP5B-C-0400!!MSW-S.pdf",
            "UNIÓN INTERNACIONAL DE",
            "TELECOMUNICACIONES",
            "Comisiones de Estudio de",
            "Radiocomunicaciones",
            "Documento 5B/400-S",
            "14 de noviembre de 2027",
            "Asunto: Punto 1.2 del orden del día de la CMR-27",
            "Ruritania",
            "ESTUDIOS SOBRE NUEVOS SISTEMAS DE SATÉLITES");
    assertEquals("ESTUDIOS SOBRE NUEVOS SISTEMAS DE SATÉLITES", metadata.title());
    assertEquals(List.of("Ruritania"), metadata.sources());
  }

  @Test
  void aRecommendationsSectorGoesOnWithItsNumber() {
    Metadata metadata =
        CoverOfLines.read(
            "T25-SG16-TD-WP2-0101.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TD 101 (WP2/16)",
            "STUDY GROUP 16",
            "Original: English",
            "Question(s): 21/16 Geneva, 3-14 November 2025",
            "TD",
            "Source: Editors of draft Recommendation ITU-T",
            "H.999.1",
            "Title: Draft new Recommendation ITU-T H.999.1",
            "Purpose: Discussion");
    assertEquals(List.of("Editors of draft Recommendation ITU-T H.999.1"), metadata.sources());
  }

  @Test
  void readsNumberDateAndMeetingFromSingleSpacedColumns() {
    Metadata metadata =
        CoverOfLines.read(
            "cop.pdf",
            "Council Working Group on Child Online Protection",
            "Agenda item: 3 Document CWG-COP-23/6-E",
            "Twenty-third meeting: Geneva, 20 October 2027 6 October 2027",
            "Original: English");
    assertEquals("CWG-COP-23/6", metadata.number());
    assertEquals("2027-10-06", metadata.date());
    assertEquals("2027-10-20", metadata.meetingDate());
  }

  @Test
  void joinsAMeetingsDaysToTheMonthThatWrapped() {
    Metadata metadata =
        CoverOfLines.read(
            "d.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "Document SG1/77-E",
            "ITU-D Study Group 1",
            "Fifth meeting, Geneva, 3-7",
            "March 2027",
            "Original: English");
    assertEquals("2027-03-03", metadata.meetingDate());
    assertEquals(null, metadata.date());
  }

  @Test
  void readsPlaceAndDatesAfterAQuestionsLabelAndAfterACommaThatWrapped() {
    Metadata metadata =
        CoverOfLines.read(
            "t.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "SG9-C12",
            "STUDY GROUP 9",
            "Question(s): 2/9 Lima, 3-14",
            "March 2027",
            "CONTRIBUTION");
    assertEquals("2027-03-03", metadata.meetingDate());
    assertEquals(List.of("2/9"), metadata.questions());

    Metadata wrapped =
        CoverOfLines.read(
            "d.pdf",
            "Document SG2RGQ/40-E",
            "ITU-D Study Group 2",
            "Rapporteur Group meetings, Lima,",
            "4-8 October 2027");
    assertEquals("2027-10-04", wrapped.meetingDate());

    Metadata yearAlone =
        CoverOfLines.read(
            "d.pdf",
            "Document SG2/41-E",
            "ITU-D Study Group 2",
            "Fourth meeting, Lima, 4-8 October",
            "2027",
            "Approval: Study Group 2 meeting, 8 October 2027");
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
    Metadata metadata =
        CoverOfLines.read(
            "t.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "SG9-C14",
            "Source: Peru",
            "Title: Cable networks in the Andes",
            "Contact: Rosa Quispe",
            "Organization: OSIPTEL",
            "Peru",
            "Tel: +51 1 222 3333",
            "E-mail: rquispe@example.pe",
            "Keywords: cable");
    assertEquals(
        List.of(new org.cwg.model.Contact("Rosa Quispe", "OSIPTEL", "rquispe@example.pe")),
        metadata.contacts());
  }

  @Test
  void readsTheMeetingAfterAWorkingGroupsRowWhoseYearWrapped() {
    Metadata metadata =
        CoverOfLines.read(
            "f.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XYZ-C-031",
            "ITU-T Focus Group on Examples Original: English",
            "WG(s): WG-Audit San José, 3-5 March",
            "2027",
            "INPUT DOCUMENT");
    assertEquals("2027-03-03", metadata.meetingDate());
    assertEquals("San José", metadata.place());
  }

  @Test
  void readsAMeetingNamedWithoutItsOrdinal() {
    Metadata metadata =
        CoverOfLines.read(
            "o.txt",
            "Open Consultation of the Council Working Group on Examples",
            "Open consultation meeting: Lisbon, 2 March 2027",
            "OPCWGINT-15/4",
            "10 February 2027");
    assertEquals("2027-03-02", metadata.meetingDate());
    assertEquals("Lisbon", metadata.place());
    assertEquals("2027-02-10", metadata.date());
  }

  @Test
  void anOfficeBesideAnOrganizationIsNoPartOfIt() {
    Metadata officeFirst =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-LS7",
            "Source:\tITU-T Study Group 9",
            "Title:\tLS on cable modems",
            "Contact:\tAnna Berg",
            "Associate Rapporteur Q4/9",
            "Nordic Cable Networks AB",
            "Sweden\tE-mail: anna.berg@example.se");
    assertEquals("Nordic Cable Networks AB", officeFirst.contacts().get(0).organization());
    Metadata officeAfter =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-LS8",
            "Source:\tITU-T Study Group 9",
            "Title:\tLS on cable modems",
            "Contact:\tAnna Berg",
            "Nordic Cable Networks AB",
            "ETSI TC CABLE Chair\tE-mail: anna.berg@example.se");
    assertEquals("Nordic Cable Networks AB", officeAfter.contacts().get(0).organization());
    // An office in one of the Union's groups with no organization beside it names none.
    Metadata officeAlone =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-LS9",
            "Source:\tITU-T Study Group 9",
            "Title:\tLS on cable modems",
            "Contact:\tAnna Berg",
            "Rapporteur Q4/9",
            "Sweden\tE-mail: anna.berg@example.se",
            "ITU-T Study Group 9 thanks ETSI for its liaison statement on cable modems.",
            "Deadline: 1 June 2030");
    assertEquals(null, officeAlone.contacts().get(0).organization());
    assertEquals("Anna Berg", officeAlone.contacts().get(0).name());
  }

  @Test
  void anOrganizationThatWrapsAfterAnOfficeIsWhole() {
    Metadata metadata =
        CoverOfLines.read(
            "T25-SG9-LS30.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "SG9-LS30",
            "Source: ITU-T Study Group 9",
            "Title: LS on cable modems",
            "Contact: Anna Berg",
            "Rapporteur Q4/9",
            "Nordic Institute of Cable and",
            "Broadband Research (NICBR)",
            "USA",
            "E-mail: anna.berg@example.org");
    assertEquals(
        "Nordic Institute of Cable and Broadband Research (NICBR)",
        metadata.contacts().get(0).organization());
  }

  @Test
  void aCityUnderTheOrganizationIsNoPartOfIt() {
    Metadata withCity =
        CoverOfLines.read(
            "t.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tSG9-C70",
            "Source:\tAcme",
            "Title:\tCable modems",
            "Contact:\tAnna Berg",
            "Head of Network Planning",
            "Nordic Cable Networks",
            "Uppsala, Sweden\tE-mail: anna.berg@example.se",
            "Contact:\tJan Novak",
            "Ruritanian Telecommunication Office",
            "Strelsau\tE-mail: jan.novak@example.org");
    assertEquals(
        List.of(
            new org.cwg.model.Contact("Anna Berg", "Nordic Cable Networks", "anna.berg@example.se"),
            new org.cwg.model.Contact(
                "Jan Novak", "Ruritanian Telecommunication Office", "jan.novak@example.org")),
        withCity.contacts());
    // A word alone before the country line ends the organization's name.
    Metadata wrapped =
        CoverOfLines.read(
            "D22-SG1-C-0099.pdf",
            "ITU-D Study Group 1",
            "Document SG1/99-E",
            "SOURCE: Malaysia",
            "TITLE: Rural broadband",
            "Contact: Anna Berg",
            "Ministry of Communication and Digital",
            "Affairs",
            "Malaysia",
            "E-mail: anna@example.org");
    assertEquals(
        "Ministry of Communication and Digital Affairs", wrapped.contacts().get(0).organization());
  }

  @Test
  void aContactOnOneLineThatWrappedBeforeItsAddressIsRunIn() {
    Metadata metadata =
        CoverOfLines.read(
            "OPCWGINT-15-9.pdf",
            "Council Working Group on International Internet-related Public Policy Issues",
            "Open consultation Document OPCWGINT-15/9",
            "Response from the Ruritanian Office for Digital, Media and Culture",
            "RESPONSE TO THE OPEN CONSULTATION ON CONNECTIVITY",
            "Contact: Pr Jane Roe, directrice de recherche, Ruritanian Office for Digital, Media"
                + " and Culture, e-mail:",
            "jroe@example.org");
    assertEquals(
        List.of(
            new org.cwg.model.Contact(
                "Jane Roe",
                "Ruritanian Office for Digital, Media and Culture",
                "jroe@example.org")),
        metadata.contacts());
  }

  @Test
  void readsAMeetingWhoseOrdinalAndNameHaveWordsBetween() {
    Metadata metadata =
        CoverOfLines.read(
            "o.txt",
            "Open Consultation of the Council Working Group on Examples",
            "Third virtual open consultation meeting – Lisbon, 4 March 2027",
            "OPCWGINT-15/4",
            "10 February 2027");
    assertEquals("2027-03-04", metadata.meetingDate());
    assertEquals("Lisbon", metadata.place());
    // Without a place and date, an ordinal at the head of a line is no meeting.
    Metadata title =
        CoverOfLines.read(
            "c.txt",
            "Document CWG-EX-3/4-E",
            "10 February 2027",
            "Contribution from Portugal",
            "Second report of the meeting group",
            "Purpose");
    assertEquals(null, title.meetingDate());
  }

  @Test
  void aTitleThatWrappedGoesOnToItsNextLines() {
    Metadata capitals =
        CoverOfLines.read(
            "c.pdf",
            "Council Working Group on Examples",
            "Document CWG-EX-3/2-E",
            "Report by the Secretariat",
            "PROGRESS ON THE EXAMPLE PROGRAMME AND THE 2030",
            "AGENDA: 2027 REVIEW",
            "Purpose");
    assertEquals(
        "PROGRESS ON THE EXAMPLE PROGRAMME AND THE 2030 AGENDA: 2027 REVIEW", capitals.title());

    Metadata running =
        CoverOfLines.read(
            "c.pdf",
            "Document CWG-EX-3/4-E",
            "Contribution from Portugal",
            "Proposals on the review of the working methods of the",
            "Group and its schedule",
            "English only");
    assertEquals(
        "Proposals on the review of the working methods of the Group and its schedule",
        running.title());
  }

  @Test
  void aSourceListAndAnOrganizationThatWrappedAreReadWhole() {
    Metadata metadata =
        CoverOfLines.read(
            "t.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "SG9-C15",
            "Source: Peru, Chile, Bolivia (Plurinational",
            "State of), Ecuador",
            "Title: Cable networks in the Andes",
            "Contact: Rosa Quispe",
            "Organismo Supervisor de Inversión Privada en",
            "Telecomunicaciones",
            "Peru",
            "E-mail: rquispe@example.pe");
    assertEquals(4, metadata.sources().size(), metadata.sources().toString());
    assertEquals("Ecuador", metadata.sources().get(3));
    assertEquals(
        "Organismo Supervisor de Inversión Privada en Telecomunicaciones",
        metadata.contacts().get(0).organization());
  }

  @Test
  void anAddendumWhoseDocumentWordWrappedAloneKeepsItsNumber() {
    Metadata metadata =
        CoverOfLines.read(
            "w.pdf",
            "World Telecommunication Development Conference 2029 (WTDC-29)",
            "Lima, 3-14 September 2029",
            "PLENARY MEETING Addendum 2 to",
            "Document",
            "WTDC-29/31-E",
            "1 August 2029");
    assertEquals("WTDC-29/31(Add.2)", metadata.number());
    assertEquals("Add.2", metadata.revision());
  }

  @Test
  void keepsTheRevisionWhoseNumberIsOnTheNextLine() {
    Metadata metadata =
        CoverOfLines.read(
            "r.pdf",
            "Radiocommunication Study Groups",
            "Source: Document 4C/55 Revision 2 to",
            "Document 4C/61-E",
            "English only");
    assertEquals("4C/61(Rev.2)", metadata.number());
    assertEquals("Rev.2", metadata.revision());
  }
}
