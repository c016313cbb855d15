package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * A Council working group's cover without a "Contribution by" line: who submits it is the line
 * before its title in capitals, and a short title in capitals counts when it names a kind of text.
 */
class CouncilCoverTitleTest {

  private static Metadata read(String... lines) {
    return CoverOfLines.read("a.txt", lines);
  }

  @Test
  void coSponsorsOnePerLineUnderTheContributionLineAreAllSources() {
    Metadata metadata =
        read(
            "Council Working Group on Child Online Protection\tDocument CWG-COP-24/7-E",
            "Twenty-fourth meeting – Geneva, 2 March 2027\t20 February 2027",
            "Contribution by Jordan (Hashemite Kingdom of)",
            "Kuwait (State of)",
            "Lebanon",
            "SAFER ONLINE GAMING FOR CHILDREN");
    assertEquals(
        List.of("Jordan (Hashemite Kingdom of)", "Kuwait (State of)", "Lebanon"),
        metadata.sources());
    assertEquals("SAFER ONLINE GAMING FOR CHILDREN", metadata.title());
  }

  @Test
  void aCommitteesNameOverItsChairmansReportLineHeadsTheCoverAndIsNotTheTitle() {
    Metadata metadata =
        read(
            "COUNCIL",
            "Geneva, 5-15 June 1997\tDocument C97/DT/3-E",
            "9 June 1997",
            "Original: English",
            "STANDING COMMITTEE ON STAFF MATTERS",
            "Report by the Chairman of the Standing Committee on Staff Matters",
            "CONCLUSIONS OF THE COMMITTEE ON THE PENSION FUND");
    assertEquals("CONCLUSIONS OF THE COMMITTEE ON THE PENSION FUND", metadata.title());
    assertEquals(
        List.of("Chairman of the Standing Committee on Staff Matters"), metadata.sources());
    assertEquals("report", metadata.type());
  }

  @Test
  void aMemberStatesNameCutByALineBreakIsOneName() {
    Metadata metadata =
        read(
            "Council 2027",
            "Geneva, 8-18 June 2027",
            "Agenda item: PL 2 Document C27/40-E",
            "Contribution by Fiji, Samoa and Papua New",
            "Guinea",
            "CONNECTING THE PACIFIC ISLANDS");
    assertEquals(List.of("Fiji", "Samoa", "Papua New Guinea"), metadata.sources());
    assertEquals("CONNECTING THE PACIFIC ISLANDS", metadata.title());
  }

  @Test
  void aSourceLineThatWrappedBeforeTheTitleIsWhole() {
    Metadata metadata =
        read(
            "Consultation ouverte du Groupe de travail du Conseil sur l'Internet",
            "Douzième réunion de consultation ouverte – Genève, 3 mars 2027",
            "Document OPCWGINT-12/4-F",
            "10 février 2027",
            "Laboratoire d'études du numérique, Université de Ruritanie et",
            "Association des usagers de l'Internet",
            "RÉPONSE À LA CONSULTATION OUVERTE SUR LA CONNECTIVITÉ");
    assertEquals(
        List.of(
            "Laboratoire d'études du numérique, Université de Ruritanie",
            "Association des usagers de l'Internet"),
        metadata.sources());
  }

  @Test
  void theSourceStandsAboveTheKindOfTextThatHeadsTheTitle() {
    Metadata metadata =
        read(
            "Council 2031",
            "Geneva, 8-18 June 2031",
            "Document C31/DT/4-E",
            "14 June 2031",
            "Vice-Chair of the Council",
            "DRAFT DECISION",
            "DATES OF THE 2032 SESSION OF THE COUNCIL");
    assertEquals(List.of("Vice-Chair of the Council"), metadata.sources());
    assertEquals("DATES OF THE 2032 SESSION OF THE COUNCIL", metadata.title());
  }

  @Test
  void aSourcesAcronymWrappedAloneOnALineEndsItsName() {
    Metadata metadata =
        read(
            "Council 2031",
            "Geneva, 8-18 June 2031",
            "Document C31/44-E",
            "14 June 2031",
            "Administrations of the Member States of the Regional Example Commonwealth",
            "(REC)",
            "PROPOSALS ON THE STRATEGIC PLAN");
    assertEquals(
        List.of("Administrations of the Member States of the Regional Example Commonwealth (REC)"),
        metadata.sources());
  }

  @Test
  void aJointResponseNamesEachOfItsAuthors() {
    Metadata metadata =
        read(
            "Open Consultation of the Council Working Group on Internet",
            "Twelfth open consultation meeting – Geneva, 3 March 2027",
            "Document OPCWGINT-12/9-E",
            "10 February 2027",
            "Joint response by Ruritania Watch and DIGITAL RIGHTS 7",
            "RESPONSE TO THE OPEN CONSULTATION ON CONNECTIVITY");
    assertEquals(List.of("Ruritania Watch", "DIGITAL RIGHTS 7"), metadata.sources());
  }

  @Test
  void aBodyNamedByItsAcronymsBeforeTheTitleIsTheSource() {
    Metadata metadata =
        read(
            "Radiocommunication Study Groups",
            "Received: 2 March 2027\t\tDocument 5A/99-E",
            "Subject: Question ITU-R 205/5\t\t3 March 2027",
            "ETSI TC ERM",
            "LIAISON STATEMENT TO ITU-R WORKING PARTY 5A ON SHORT RANGE DEVICES");
    assertEquals(List.of("ETSI TC ERM"), metadata.sources());
    assertEquals("liaison", metadata.type());
    Metadata words =
        read(
            "Council Working Group on Child Online Protection\tDocument CWG-COP-24/1-E",
            "Twenty-fourth meeting: Geneva, 2 March 2027\t20 February 2027",
            "DRAFT AGENDA",
            "OPENING OF THE MEETING AND ADOPTION OF THE AGENDA");
    assertTrue(words.sources().isEmpty());
  }

  @Test
  void theOlderCouncilMastheadNamesThePlaceAndTheSessionsDates() {
    Metadata metadata =
        read(
            "COUNCIL",
            "GENEVA — SESSION 1999",
            "(21-30 June 1999)\tDocument C99/40-E",
            "\t2 June 1999",
            "\tOriginal: English",
            "Contribution by the Kingdom of Norway",
            "NUMBERING RESOURCES IN A LIBERALIZED MARKET");
    assertEquals("NUMBERING RESOURCES IN A LIBERALIZED MARKET", metadata.title());
    assertEquals("1999-06-21", metadata.meetingDate());
    assertEquals("1999-06-02", metadata.date());
    assertEquals(List.of("Norway (Kingdom of)"), metadata.sources());
  }

  @Test
  void aCoSponsorOnTheNextLineAfterAndIsASource() {
    Metadata metadata =
        read(
            "Council Working Group on Financial and Human Resources\tDocument CWG-FHR-30/4-E",
            "Thirtieth meeting, Geneva, 2 February 2028\t20 January 2028",
            "Contribution by the Republic of Finland",
            "and the Kingdom of Denmark",
            "INDICATORS FOR THE BIENNIAL BUDGET");
    assertEquals(List.of("Finland (Republic of)", "Denmark (Kingdom of)"), metadata.sources());
    assertEquals("INDICATORS FOR THE BIENNIAL BUDGET", metadata.title());
  }

  @Test
  void memberStatesOnePerLineUnderALeadAloneAreAllSources() {
    Metadata metadata =
        read(
            "Groupe de travail du Conseil sur la protection en ligne des enfants",
            "Trentième réunion – Genève, 4 mars 2030\tDocument CWG-COP-30/2-F",
            "10 février 2030",
            "Contribution de",
            "la République de Côte d'Ivoire",
            "le Royaume du Maroc",
            "Mali",
            "ÉDUCATION NUMÉRIQUE DES FAMILLES EN AFRIQUE");
    assertEquals(
        List.of("Côte d'Ivoire (République de)", "Maroc (Royaume du)", "Mali"), metadata.sources());
  }

  @Test
  void aUniversityOnItsLineAboveACompanyIsASourceToo() {
    Metadata metadata =
        read(
            "Radiocommunication Study Groups",
            "\t\tDocument 7C/90-E",
            "Subject: WRC-31 agenda item 1.4\t\t3 May 2030",
            "\t\tEnglish only",
            "University of Borduria at Szohod (Borduria)",
            "Syldavia Orbital Ltd",
            "LINK BUDGETS FOR SMALL SATELLITE MISSIONS");
    assertEquals(
        List.of("University of Borduria at Szohod (Borduria)", "Syldavia Orbital Ltd"),
        metadata.sources());
  }

  @Test
  void companiesOnePerLineBeforeTheTitleAreAllSources() {
    Metadata metadata =
        read(
            "Radiocommunication Study Groups",
            "\t\tDocument 4C/500-E",
            "Subject: WRC-27 agenda item 1.12\t\t28 June 2026",
            "\t\tEnglish only",
            "Acme Satellite Limited",
            "Ruritania Sat",
            "Borduria Space LLC",
            "Syldavia Orbital, Inc.",
            "PRELIMINARY DRAFT NEW REPORT ON MOBILE-SATELLITE SHARING");
    assertEquals(
        List.of(
            "Acme Satellite Limited",
            "Ruritania Sat",
            "Borduria Space LLC",
            "Syldavia Orbital, Inc."),
        metadata.sources());
  }

  @Test
  void anAssemblyNamedInFrenchWithoutItsAcronymTakesItsYearFromThePlaceAndDates() {
    Metadata metadata =
        read(
            "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
            "ASSEMBLÉE DES RADIOCOMMUNICATIONS",
            "Genève, 22-26 octobre 2029",
            "SÉANCE PLÉNIÈRE\tDocument 21-F",
            "\t1 octobre 2029",
            "Ruritanie",
            "PROPOSITION DE RÉVISION DE LA RÉSOLUTION UIT-R 2");
    assertEquals("RA-29/21", metadata.number());
    assertEquals("PROPOSITION DE RÉVISION DE LA RÉSOLUTION UIT-R 2", metadata.title());
  }

  @Test
  void anAssemblyNamedInRussianWithoutItsAcronymTakesItsYearFromThePlaceAndDates() {
    Metadata metadata =
        read(
            "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ",
            "АССАМБЛЕЯ РАДИОСВЯЗИ",
            "Женева, 22–26 октября 2029 года",
            "ПЛЕНАРНОЕ ЗАСЕДАНИЕ\tДокумент 30-R",
            "\t1 октября 2029 года",
            "Руритания",
            "ПРЕДЛОЖЕНИЯ ПО ПЕРЕСМОТРУ РЕЗОЛЮЦИИ МСЭ-R 2");
    assertEquals("RA-29/30", metadata.number());
    assertEquals("ПРЕДЛОЖЕНИЯ ПО ПЕРЕСМОТРУ РЕЗОЛЮЦИИ МСЭ-R 2", metadata.title());
  }

  @Test
  void anAssemblyOf2000IsNamedWithItsWholeYear() {
    Metadata metadata =
        read(
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "RADIOCOMMUNICATION ASSEMBLY",
            "ISTANBUL, 1-5 MAY 2000",
            "PLENARY MEETING\tDocument 40-E",
            "\t10 April 2000",
            "Ruritania",
            "PROPOSALS ON THE WORKING METHODS");
    assertEquals("RA-2000/40", metadata.number());
  }

  @Test
  void aShortTitleThatNamesAKindIsTheTitle() {
    Metadata agenda =
        read(
            "Council Working Group on Child Online Protection\tDocument CWG-COP-24/1-E",
            "Twenty-fourth meeting: Geneva, 2 March 2027\t20 February 2027",
            "Chair of the Council Working Group",
            "PROVISIONAL AGENDA");
    assertEquals("PROVISIONAL AGENDA", agenda.title());
    assertEquals("agenda", agenda.type());
    assertEquals(List.of("Chair of the Council Working Group"), agenda.sources());
  }

  @Test
  void aDraftAgendaSentAsANoteIsAnAgendaButAnotherNoteStaysANote() {
    Metadata agenda =
        read(
            "Council 2031\tRevision 2 to",
            "Geneva, 10-20 June 2031\tDocument C31/1-E",
            "\t2 June 2031",
            "Note by the Secretary-General",
            "DRAFT AGENDA OF THE 2031 SESSION OF THE COUNCIL");
    assertEquals("agenda", agenda.type());
    assertEquals("DRAFT AGENDA OF THE 2031 SESSION OF THE COUNCIL", agenda.title());

    Metadata note =
        read(
            "Council 2031\tDocument C31/17-E",
            "Geneva, 10-20 June 2031\t2 June 2031",
            "Note by the Secretary-General",
            "PROGRESS ON THE RENOVATION OF THE HEADQUARTERS BUILDING");
    assertEquals("note", note.type());
  }

  @Test
  void theMeetingATitleNamesOutranksTheNextMeetingInTheText() {
    Metadata report =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
                CoverLine.body("FG-XYZ-O-007"),
                CoverLine.body("OUTPUT DOCUMENT"),
                CoverLine.body("Source: FG-XYZ Chair"),
                CoverLine.body("Title: Report of the sixth FG-XYZ meeting (Lima, 3-5 May 2027)")),
            null,
            "r.txt",
            Map.of(),
            List.of(),
            "The Chair opened the meeting.\nThe seventh meeting will be held in Geneva.");
    assertEquals(6, report.meeting());

    Metadata response =
        MetadataReader.read(
            Map.of(),
            List.of(
                CoverLine.body("INTERNATIONAL TELECOMMUNICATION UNION"),
                CoverLine.body("FG-XYZ-I-044"),
                CoverLine.body("INPUT DOCUMENT"),
                CoverLine.body("Source: University of Lima"),
                CoverLine.body("Title: Response to questions raised at the 6th FG-XYZ meeting")),
            null,
            "r.txt",
            Map.of(),
            List.of(),
            "");
    assertNull(response.meeting());
  }

  @Test
  void aShortLineInCapitalsThatNamesNoKindIsNoTitle() {
    Metadata metadata =
        read(
            "Council Working Group on Child Online Protection\tDocument CWG-COP-24/3-E",
            "Twenty-fourth meeting: Geneva, 2 March 2027\t20 February 2027",
            "GENEVA OFFICE");
    assertNull(metadata.title());
  }
}
