package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Covers of the groups whose numbers are their own: the Sectors' advisory groups (RAG, TDAG, with
 * year and meeting), ITU-R joint task groups, the Council's older masthead, and the Directors' and
 * the Secretariat's reports to them.
 */
class AdvisoryGroupCoverTest {

  @Test
  void anAdvisoryGroupNumberedByYearAndMeetingIsItsSectorsAndTheDirectorReports() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION DEVELOPMENT BUREAU\tDocument TDAG11-16/4-E",
            "3 March 2011",
            "Original: English",
            "Sixteenth Meeting of the Telecommunication Development Advisory Group (TDAG)",
            "Director, Telecommunication Development Bureau",
            "PREPARATIONS FOR THE WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-14)");
    assertEquals("TDAG11-16/4", m.number());
    assertEquals("itu-d", m.family());
    assertEquals("TDAG", m.group());
    assertEquals("report", m.type());
  }

  @Test
  void theRadiocommunicationAdvisoryGroupsDocumentsAreItuR() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "Radiocommunication Advisory Group",
            "Geneva, 4-6 June 2012\tDocument RAG12-1/9-E",
            "2 May 2012",
            "Original: English",
            "Director, Radiocommunication Bureau",
            "DRAFT OPERATIONAL PLAN OF THE SECTOR FOR 2013-2016");
    assertEquals("RAG12-1/9", m.number());
    assertEquals("itu-r", m.family());
    assertEquals("RAG", m.group());
    assertEquals("note", m.type());
  }

  @Test
  void aJointTaskGroupIsNamedByTheStudyGroupsItJoins() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "Radiocommunication Study Groups\t",
            "\t\tDocument 5-6/41-E",
            "\t\t12 March 2006",
            "Finland",
            "PROPOSED TEXT ON SHARING IN THE BAND 470-862 MHZ");
    assertEquals("5-6/41", m.number());
    assertEquals("itu-r", m.family());
    assertEquals("JTG5-6", m.group());
  }

  @Test
  void theCouncilsOlderMastheadOutweighsAConferenceTheTitleNames() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION\tCOUNCIL",
            "Geneva, 4-14 June 2001\tDocument C01/17-E",
            "2 May 2001",
            "Original: English",
            "Contribution by Norway",
            "PREPARATIONS FOR THE PLENIPOTENTIARY CONFERENCE (MARRAKESH, 2002)");
    assertEquals("C01/17", m.number());
    assertEquals("council", m.family());
  }

  @Test
  void aRussianReportByTheSecretariatNamesItInTheNominative() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "Рабочая группа Совета по защите ребенка в онлайновой среде\tДокумент CWG-COP-9/2-R",
            "Девятое собрание – Женева, 3 октября 2016 года\t1 сентября 2016 года",
            "Оригинал: английский",
            "Отчет Секретариата",
            "ДЕЯТЕЛЬНОСТЬ МСЭ ПО ЗАЩИТЕ РЕБЕНКА В ОНЛАЙНОВОЙ СРЕДЕ");
    assertEquals(List.of("Секретариат"), m.sources());
    assertEquals("report", m.type());
  }

  @Test
  void anActionRequiredRowEndsTheTitleAboveIt() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "Telecommunication Development Advisory Group (TDAG)",
            "28th meeting, Geneva, 5-8 June 2021\tDocument TDAG-21/9-E",
            "\t10 May 2021",
            "SOURCE:\tDirector, Telecommunication Development Bureau",
            "TITLE:\tRegional initiatives: status report for 2020",
            "Action required:",
            "TDAG is invited to take note of this report.");
    assertEquals("Regional initiatives: status report for 2020", m.title());
    assertEquals("report", m.type());
    Metadata pdf =
        CoverOfLines.read(
            "draft.pdf",
            "Telecommunication Development Advisory Group (TDAG)",
            "28th meeting, Geneva, 5-8 June 2021 Document TDAG-21/9-E",
            "10 May 2021",
            "SOURCE: Director, Telecommunication Development Bureau",
            "TITLE: Regional initiatives: status report for 2020",
            "Action required: TDAG is invited to take note of this report and to",
            "give its guidance.");
    assertEquals("Regional initiatives: status report for 2020", pdf.title());
  }

  @Test
  void anAdvisoryGroupsNameInItsMastheadSaysItsSectorAndGroup() {
    Metadata spanish =
        CoverOfLines.read(
            "draft.docx",
            "Grupo Asesor de Radiocomunicaciones",
            "Ginebra, 3-5 de junio de 2015",
            "Director de la Oficina de Radiocomunicaciones",
            "PROYECTO DE PLAN OPERACIONAL DEL SECTOR");
    assertEquals("itu-r", spanish.family());
    assertEquals("RAG", spanish.group());
    Metadata english =
        CoverOfLines.read(
            "draft.docx",
            "Telecommunication Standardization Advisory Group",
            "Geneva, 9-13 February 2015",
            "Source:\tDirector, Telecommunication Standardization Bureau",
            "Title:\tReport on the implementation of the operational plan");
    assertEquals("itu-t", english.family());
    assertEquals("TSAG", english.group());
    assertEquals("report", english.type());
  }

  @Test
  void anOlderTsagCoverNamesItsGroupAboveAShortTdNumber() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION\t\tTSAG",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\t\tTD 77 Rev.2",
            "STUDY PERIOD 2005-2008\t\tEnglish only",
            "\t\tOriginal: English",
            "Question(s):\tN/A\tGeneva, 3-7 March 2008",
            "TEMPORARY DOCUMENT",
            "Source:\tChairman, TSAG",
            "Title:\tDraft work plan of the advisory group");
    assertEquals("TSAG-TD77(Rev.2)", m.number());
    assertEquals("TSAG", m.group());
    assertEquals("Rev.2", m.revision());
    assertEquals("itu-t", m.family());
  }

  @Test
  void anAdvisoryGroupNumberedByMeetingBefore2001() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION DEVELOPMENT BUREAU\tDocument TDAG-3/7-E",
            "9 March 1999",
            "Original: English",
            "Director, Telecommunication Development Bureau",
            "OPERATIONAL PLAN FOR 1999");
    assertEquals("TDAG-3/7", m.number());
    assertEquals("TDAG", m.group());
  }

  @Test
  void aTaskGroupIsNamedByItsStudyGroupAndRank() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "Radiocommunication Study Groups\t",
            "\t\tDocument 6-1/154-E",
            "\t\t4 May 2009",
            "Norway",
            "PROPOSED TEXT ON RECEIVER CHARACTERISTICS");
    assertEquals("6-1/154", m.number());
    assertEquals("itu-r", m.family());
    assertEquals("TG6-1", m.group());
  }

  @Test
  void anAdvisoryGroupsNameInCapitalsIsItsMastheadNotTheTitle() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION\tTELECOMMUNICATION DEVELOPMENT BUREAU\t"
                + "Document TDAG-4/2-E",
            "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)\t\t3 March 1999",
            "FOURTH MEETING: GENEVA, 22-24 MARCH 1999\t\tOriginal: English",
            "AGENDA ITEM:\t4",
            "Note by the Director of the Telecommunication Development Bureau",
            "STRATEGIC PRIORITIES OF THE SECTOR FOR 2000-2003");
    assertEquals("STRATEGIC PRIORITIES OF THE SECTOR FOR 2000-2003", m.title());
    assertEquals("note", m.type());
    assertEquals(List.of("Director of the Telecommunication Development Bureau"), m.sources());
  }

  @Test
  void aNoteLineOverATitleRowIsTheSourceLineUnderABoardsNameInCapitals() {
    Metadata m =
        CoverOfLines.read(
            "draft.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION\tTELECOMMUNICATION STANDARDIZATION BUREAU\t"
                + "Document TSAB-3/7-E",
            "TELECOMMUNICATION STANDARDIZATION ADVISORY BOARD\t\t2 February 1996",
            "THIRD MEETING: GENEVA, 19-20 FEBRUARY 1996\t\tOriginal: English",
            "Note by the Director of the Telecommunication Standardization Bureau",
            "TITLE:\tWork programme of the Bureau for 1996");
    assertEquals("Work programme of the Bureau for 1996", m.title());
    assertEquals("note", m.type());
    assertEquals(List.of("Director of the Telecommunication Standardization Bureau"), m.sources());
  }

  @Test
  void aReportItemInTheAgendaUnderTheTitleRowIsNoSourceLine() {
    Metadata m =
        CoverOfLines.read(
            "agenda.docx",
            "INTERNATIONAL TELECOMMUNICATION UNION\tTELECOMMUNICATION DEVELOPMENT BUREAU\t"
                + "Document TDAG-7/1-E",
            "Telecommunication Development Advisory Group\t\t3 March 2031",
            "7th Meeting, Geneva, 10-12 March 2031\t\tOriginal: English",
            "SOURCE:\tChairman, TDAG",
            "TITLE:\tDraft agenda",
            "The Chairman proposes the items below for the meeting to adopt at its opening session.",
            "Item\tSubject\tDocuments",
            "1\tOpening of the meeting\t–",
            "2\tReport of the Working Group on Rules of Procedure\tTDAG-7/4");
    assertEquals("Draft agenda", m.title());
    assertEquals("agenda", m.type());
    assertEquals(List.of("Chairman, TDAG"), m.sources());
  }
}
