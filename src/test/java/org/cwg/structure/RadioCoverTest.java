package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITU-R covers: "Source:" names the documents a text comes from and "Subject:" a Question or
 * Recommendation; who submits it is the line above the title.
 */
class RadioCoverTest {

  @TempDir Path dir;

  private Metadata read(String name, String... lines) throws Exception {
    return WordTextExport.read(dir, name, lines).metadata();
  }

  @Test
  void aTitleInCapitalsKeepsTheBandItWrappedOntoItsLastLine() throws Exception {
    Metadata m =
        read(
            "R31-WP7C-C-0042",
            "Radiocommunication Study Groups",
            "\tDocument 7C/42-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Norway",
            "SHARING STUDIES BETWEEN PASSIVE SENSORS AND FIXED LINKS IN THE BAND",
            "86-92 GHz",
            "1\tIntroduction",
            "Norway presents sharing studies.");
    assertEquals(
        "SHARING STUDIES BETWEEN PASSIVE SENSORS AND FIXED LINKS IN THE BAND 86-92 GHz", m.title());
  }

  @Test
  void aTitleInCapitalsGoesOnOntoALineWhoseOnlyLowerCaseIsAUnit() throws Exception {
    Metadata m =
        read(
            "R31-WP5D-C-0042",
            "Radiocommunication Study Groups",
            "\tDocument 5D/42-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Norway",
            "MEASUREMENTS FOR THE DRAFT NEW REPORT ON IMT IN BANDS",
            "ABOVE 100 GHz",
            "1\tIntroduction",
            "Norway presents measurements.");
    assertEquals("MEASUREMENTS FOR THE DRAFT NEW REPORT ON IMT IN BANDS ABOVE 100 GHz", m.title());
  }

  @Test
  void aTitleInCapitalsGoesOnOntoAUnitItsNumberLeftBehindAndAnAcronymsPlural() throws Exception {
    Metadata m =
        read(
            "R31-WP5C-C-0042",
            "Radiocommunication Study Groups",
            "\tDocument 5C/42-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Norway",
            "FIXED SERVICE SYSTEMS IN THE 71-86",
            "GHz BANDS FOR THE SDGs",
            "1\tIntroduction",
            "Norway presents systems.");
    assertEquals("FIXED SERVICE SYSTEMS IN THE 71-86 GHz BANDS FOR THE SDGs", m.title());
  }

  @Test
  void aTitleInCapitalsGoesOnOntoTheUnitItsBandLeftAloneOnALine() throws Exception {
    Metadata m =
        read(
            "R31-WP5C-C-0043",
            "Radiocommunication Study Groups",
            "\tDocument 5C/43-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Norway",
            "COEXISTENCE OF RADARS AND FIXED LINKS IN THE BAND 9 200-9 500",
            "MHz",
            "FOR THE STUDIES UNDER AGENDA ITEM 1.3",
            "1\tIntroduction",
            "Norway presents studies.");
    assertEquals(
        "COEXISTENCE OF RADARS AND FIXED LINKS IN THE BAND 9 200-9 500 MHz"
            + " FOR THE STUDIES UNDER AGENDA ITEM 1.3",
        m.title());
  }

  @Test
  void aUnitAloneAfterATitleThatEndsInAWordIsNotTheTitles() throws Exception {
    Metadata m =
        read(
            "R31-WP5C-C-0044",
            "Radiocommunication Study Groups",
            "\tDocument 5C/44-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Norway",
            "COEXISTENCE OF RADARS AND FIXED LINKS",
            "MHz",
            "1\tIntroduction",
            "Norway presents studies.");
    assertEquals("COEXISTENCE OF RADARS AND FIXED LINKS", m.title());
  }

  @Test
  void aDraftRecommendationsOwnTitleFollowsItsNameInCapitals() throws Exception {
    Metadata m =
        read(
            "R31-SG07-C-0030",
            "Radiocommunication Study Groups",
            "\tDocument 7/30-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Working Party 7C",
            "DRAFT REVISION OF RECOMMENDATION ITU-R RS.2999",
            "Characteristics of example passive sensors operating in the bands",
            "between 10 and 100 GHz",
            "Working Party 7C agreed to submit the attached draft revision to Study Group 7.");
    assertEquals(
        "DRAFT REVISION OF RECOMMENDATION ITU-R RS.2999 Characteristics of example passive"
            + " sensors operating in the bands between 10 and 100 GHz",
        m.title());
    assertEquals("contribution", m.type(), "a study group's own working party sends no liaison");
  }

  @Test
  void aDraftReportNamedByItsPlaceholderGoesOnWithItsOwnTitle() throws Exception {
    Metadata m =
        read(
            "R31-SG05-C-0031",
            "Radiocommunication Study Groups",
            "\tDocument 5/31-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Working Party 5A",
            "DRAFT NEW REPORT ITU-R M.[EXAMPLE.IOT]",
            "Land mobile systems for example networks in rural areas",
            "Working Party 5A agreed to submit the attached draft new Report to Study Group 5.");
    assertEquals(
        "DRAFT NEW REPORT ITU-R M.[EXAMPLE.IOT] Land mobile systems for example networks in rural"
            + " areas",
        m.title());
  }

  @Test
  void aSentenceNamingADocumentAfterADraftReportsNameIsNoTitle() throws Exception {
    Metadata m =
        read(
            "R31-WP5D-C-0032",
            "Radiocommunication Study Groups",
            "\tDocument 5D/32-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Ruritania",
            "DRAFT NEW REPORT ITU-R M.[EXAMPLE.PERF]",
            "In Document 5D/20, the value for the uplink in Table 1 should read 15",
            "bit/s/Hz.");
    assertEquals("DRAFT NEW REPORT ITU-R M.[EXAMPLE.PERF]", m.title());
  }

  @Test
  void sourceDocumentsAndSubjectAreNoSourceNorPurpose() throws Exception {
    Metadata m =
        read(
            "R23-WP4A-C-0120",
            "Radiocommunication Study Groups",
            "Source: Documents 4A/50, 4A/77\tDocument 4A/120-E",
            "Subject: Question ITU-R 283/4\t12 March 2025",
            "\tEnglish only",
            "Japan",
            "PROPOSED REVISION OF RECOMMENDATION ITU-R S.1234",
            "1\tIntroduction",
            "Japan proposes changes.");
    assertEquals("4A/120", m.number());
    assertEquals(List.of("Japan"), m.sources());
    assertNull(m.purpose());
    assertEquals(List.of("283/4"), m.questions(), "the subject's Question");
    assertEquals("2025-03-12", m.date());
  }

  @Test
  void aRussianSubjectCellNamesItsQuestion() throws Exception {
    Metadata m =
        read(
            "R23-WP1C-C-0095",
            "Исследовательские комиссии по радиосвязи",
            "Предмет: Вопрос МСЭ-R 232/1\tДокумент 1C/95-R",
            "\t12 марта 2025 года",
            "\tТолько на русском языке",
            "Российская Федерация",
            "ИЗМЕРЕНИЕ ЗАНЯТОСТИ СПЕКТРА",
            "1\tВведение",
            "Текст.");
    assertEquals(List.of("232/1"), m.questions());
  }

  @Test
  void aStudyGroupDocumentIsNumberedInItsStudyGroup() throws Exception {
    Metadata m =
        read(
            "R24-SG04-C-0018",
            "Radiocommunication Study Groups",
            "\tDocument 4/18-E",
            "\t3 June 2024",
            "\tEnglish only",
            "United States of America",
            "PROPOSED REVISION OF QUESTION ITU-R 283/4",
            "1\tIntroduction",
            "A ratio of 4/18 in the text is no number.");
    assertEquals("4/18", m.number());
    assertEquals("SG4", m.group());
    assertEquals("itu-r", m.family());
  }

  @Test
  void aStudyGroupsNoteOnAConferenceIsStillTheStudyGroupsDocument() throws Exception {
    Metadata m =
        read(
            "bureau-note",
            "Radiocommunication Study Groups",
            "\tDocument 5/12-E",
            "\t20 January 2028",
            "\tEnglish only",
            "Director, Radiocommunication Bureau",
            "OUTCOME OF THE WORLD RADIOCOMMUNICATION CONFERENCE 2027 FOR STUDY GROUP 5",
            "1\tPurpose",
            "This note informs Study Group 5 of the decisions of the Conference.");
    assertEquals("5/12", m.number());
    assertEquals("itu-r", m.family());
  }

  @Test
  void aChairsReportNamesItsMeetingInItsTitleAndCountsItsAnnexesAboveTheNumber() throws Exception {
    Metadata m =
        read(
            "R27-WP6C-C-0088",
            "Radiocommunication Study Groups",
            "Source: Documents 6C/40 to 6C/85\tAnnexes 1-3",
            "Document 6C/88-E",
            "\t12 May 2027",
            "\tEnglish only",
            "Chair, Working Party 6C",
            "REPORT ON THE MEETING OF WORKING PARTY 6C (Geneva, 3-7 May 2027)",
            "1\tOpening of the meeting",
            "The Chair opened the meeting.");
    assertEquals("6C/88", m.number());
    assertEquals(List.of("Chair, Working Party 6C"), m.sources());
    assertEquals("REPORT ON THE MEETING OF WORKING PARTY 6C (Geneva, 3-7 May 2027)", m.title());
    assertEquals("report", m.type());
  }

  @Test
  void anAnnexCountBesideTheSourceDocumentsIsNoSource() throws Exception {
    Metadata m =
        read(
            "R27-WP6C-C-0091",
            "Radiocommunication Study Groups",
            "Source:\tDocuments 6C/40 to 6C/85",
            "\tAnnex 1\tDocument 6C/91-E",
            "\t12 May 2027",
            "\tEnglish only",
            "Chair, Working Party 6C",
            "DRAFT NEW REPORT ITU-R SM.[EXAMPLE]",
            "1\tIntroduction",
            "The text is annexed.");
    assertEquals(List.of("Chair, Working Party 6C"), m.sources());
  }

  @Test
  void frenchSubjectNamingARecommendationIsNoPurpose() throws Exception {
    Metadata m =
        read(
            "R23-WP5A-C-0077",
            "Commissions d'études des radiocommunications",
            "Source: Annexe 3 au Document 5A/40\tDocument 5A/77-F",
            "Objet: Recommandation UIT-R M.1450-6\t4 avril 2025",
            "\tOriginal: français",
            "Canada",
            "PROJET DE RÉVISION DE LA RECOMMANDATION UIT-R M.1450-6",
            "1\tIntroduction",
            "Le Canada propose des modifications.");
    assertEquals(List.of("Canada"), m.sources());
    assertNull(m.purpose());
    assertEquals("2025-04-04", m.date());
  }

  @Test
  void subjectNamingAnAgendaItemIsNoPurpose() throws Exception {
    Metadata fr =
        read(
            "R23-WP7B-C-0031",
            "Commissions d'études des radiocommunications",
            "\tDocument 7B/31-F",
            "Objet: Point 9.1 de l'ordre du jour de la CMR-31\t2 mai 2029",
            "\tOriginal: français",
            "Ruritanie",
            "ÉTUDES DE PARTAGE DANS LA BANDE IMAGINAIRE",
            "1\tIntroduction",
            "La Ruritanie présente ses études.");
    assertNull(fr.purpose());
    Metadata es =
        read(
            "R23-WP7B-C-0032",
            "Comisiones de Estudio de Radiocomunicaciones",
            "\tDocumento 7B/32-S",
            "Asunto: Punto 9.1 del orden del día de la CMR-31\t2 de mayo de 2029",
            "\tOriginal: español",
            "Ruritania",
            "ESTUDIOS DE COMPARTICIÓN EN LA BANDA IMAGINARIA",
            "1\tIntroducción",
            "Ruritania presenta sus estudios.");
    assertNull(es.purpose());
  }

  @Test
  void incomingLiaisonStatementCarriedAsAWorkingPartyDocumentIsALiaison() throws Exception {
    Metadata m =
        read(
            "R23-WP7B-C-0040",
            "Radiocommunication Study Groups",
            "Received: 1 June 2029\tDocument 7B/40-E",
            "Subject: Question ITU-R 999/7\t3 June 2029",
            "\tEnglish only",
            "World Imaginary Organization (WIO)",
            "LIAISON STATEMENT TO ITU-R WORKING PARTY 7B ON IMAGINARY BEACONS",
            "The WIO thanks Working Party 7B for its studies.");
    assertEquals("liaison", m.type());
  }

  @Test
  void aTitleInCapitalsKeepsTheNumberItWrappedOntoItsLastLine() throws Exception {
    Metadata m =
        read(
            "R31-WP7C-C-0043",
            "Radiocommunication Study Groups",
            "\tDocument 7C/43-E",
            "\t9 May 2031",
            "\tEnglish only",
            "Norway",
            "SHARING BETWEEN PASSIVE SENSORS AND FIXED LINKS IN REGION",
            "2",
            "1\tIntroduction",
            "Norway presents sharing studies.");
    assertEquals("SHARING BETWEEN PASSIVE SENSORS AND FIXED LINKS IN REGION 2", m.title());
  }

  @Test
  void anItuRSubjectOnItsLabelsLineInAWordTableIsOneLine() {
    List<CoverLine> cover =
        java.util.stream.Stream.of(
                "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
                "Commissions d'études des radiocommunications",
                "Document 6A/300-F",
                "9 avril 2030",
                "Objet: Question UIT-R 135/6",
                "Université de Ruritanie",
                "ÉVALUATION SUBJECTIVE DE LA RADIODIFFUSION TÉLÉVISUELLE")
            .map(text -> new CoverLine(text, org.cwg.parse.Block.Region.TABLE))
            .toList();
    Metadata metadata =
        MetadataReader.read(
            java.util.Map.of(),
            cover,
            null,
            "R23-WP6A-C-0300!!MSW-F.docx",
            java.util.Map.of(),
            List.of(),
            "");
    assertEquals("ÉVALUATION SUBJECTIVE DE LA RADIODIFFUSION TÉLÉVISUELLE", metadata.title());
    assertEquals(List.of("Université de Ruritanie"), metadata.sources());
  }

  @Test
  void theStudyGroupsMastheadInFrenchNamesTheFamilyAndIsNeverTheTitle() throws Exception {
    Metadata m =
        read(
            "R05-WP6S-C-0045!!MSW-F",
            "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS\tCOMMISSIONS D'ÉTUDES DES"
                + " RADIOCOMMUNICATIONS\tDocument 6S/45-F",
            "\t\t3 mai 2005",
            "Objet: Question UIT-R 12/6\t\tOriginal: français",
            "Suède",
            "ÉTUDES DE PARTAGE ENTRE LA RADIODIFFUSION PAR SATELLITE ET LE SERVICE FIXE",
            "1\tIntroduction",
            "La Suède présente des études de partage.");
    assertEquals("6S/45", m.number());
    assertEquals("itu-r", m.family());
    assertEquals("WP6S", m.group());
    assertEquals(
        "ÉTUDES DE PARTAGE ENTRE LA RADIODIFFUSION PAR SATELLITE ET LE SERVICE FIXE", m.title());
  }

  @Test
  void theStudyGroupsMastheadInSpanishAndRussianNamesTheFamily() throws Exception {
    Metadata spanish =
        read(
            "R31-WP4A-C-0012!!MSW-S",
            "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES\tCOMISIONES DE ESTUDIO DE"
                + " RADIOCOMUNICACIONES\tDocumento 4A/12-S",
            "\t\t3 de mayo de 2031",
            "México",
            "ESTUDIOS DE COMPARTICIÓN EN LA BANDA DE 14 GHz",
            "1\tIntroducción",
            "México presenta estudios.");
    assertEquals("itu-r", spanish.family());
    assertEquals("ESTUDIOS DE COMPARTICIÓN EN LA BANDA DE 14 GHz", spanish.title());
    Metadata russian =
        read(
            "R31-WP4A-C-0013!!MSW-R",
            "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ\tИССЛЕДОВАТЕЛЬСКИЕ КОМИССИИ ПО"
                + " РАДИОСВЯЗИ\tДокумент 4A/13-R",
            "\t\t3 мая 2031 года",
            "Российская Федерация",
            "ИССЛЕДОВАНИЯ СОВМЕСТНОГО ИСПОЛЬЗОВАНИЯ ЧАСТОТ В ПОЛОСЕ 14 ГГц",
            "1\tВведение",
            "Российская Федерация представляет исследования.");
    assertEquals("itu-r", russian.family());
    assertEquals("ИССЛЕДОВАНИЯ СОВМЕСТНОГО ИСПОЛЬЗОВАНИЯ ЧАСТОТ В ПОЛОСЕ 14 ГГц", russian.title());
  }
}
