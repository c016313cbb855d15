package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/** Dates and titles of published texts and of older covers printed with month and year. */
class PublishedCoverTest {

  private static Metadata read(String fileName, String... lines) {
    return CoverOfLines.read(fileName, lines);
  }

  @Test
  void aRecommendationIsDatedByItsEditionAndTitledAboveItsNumber() {
    Metadata metadata =
        read(
            "rec.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tG.9999",
            "TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU\t(11/2027)",
            "SERIES G: TRANSMISSION SYSTEMS AND MEDIA",
            "Optical access networks – Power budgets for passive splitters",
            "Recommendation ITU-T G.9999");
    assertEquals("ITU-T G.9999", metadata.number());
    assertEquals("2027-11", metadata.date());
    assertEquals("Optical access networks – Power budgets for passive splitters", metadata.title());
  }

  @Test
  void aSupplementIsNumberedByItsSeriesAndTitledUnderItsSeriesName() {
    Metadata metadata =
        read(
            "supplement.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tITU-T",
            "TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU\tSeries Q",
            "Supplement 7",
            "(09/2028)",
            "SERIES Q: SWITCHING AND SIGNALLING, AND ASSOCIATED MEASUREMENTS",
            "ITU-T Q.3900-series – Supplement on testing signalling gateways",
            "Summary",
            "Supplement 7 to the ITU-T Q-series Recommendations describes tests.",
            "History",
            "Edition 1.0, ITU-T Q Suppl. 7, 2028-09-20, Study Group 11.");
    assertEquals("ITU-T Q Suppl.7", metadata.number());
    assertEquals("2028-09", metadata.date());
    assertEquals(
        "ITU-T Q.3900-series – Supplement on testing signalling gateways", metadata.title());
    assertEquals("SG11", metadata.group());
    assertEquals("other", metadata.type());
  }

  @Test
  void aSupplementsFileNameGivesItsNumber() {
    Metadata metadata =
        read("T-REC-Q.Sup7-202809!!MSW-E.txt", "Testing signalling gateways", "Some text.");
    assertEquals("ITU-T Q Suppl.7", metadata.number());
    assertEquals("other", metadata.type());
  }

  @Test
  void aRecommendationsQuestionLineEndsItsTitleAndNamesItsStudyGroup() {
    Metadata metadata =
        read(
            "rec.txt",
            "Recommendation ITU-R SM.9999-2",
            "(04/2029)",
            "SM Series",
            "Spectrum management",
            "RECOMMENDATION ITU-R SM.9999-2",
            "Methods to estimate the occupancy of a frequency channel",
            "(Questions ITU-R 31/1 and 240-1/1)",
            "(2019-2029)");
    assertEquals("Methods to estimate the occupancy of a frequency channel", metadata.title());
    assertEquals(List.of("31/1", "240-1/1"), metadata.questions());
    assertEquals("SG1", metadata.group());
  }

  @Test
  void aFirstEditionsYearEndsTheTitleAndTheSeriesNamesTheStudyGroup() {
    Metadata metadata =
        read(
            "rec.txt",
            "Recommendation ITU-R BO.9999",
            "(05/2029)",
            "BO Series",
            "Satellite delivery",
            "RECOMMENDATION ITU-R BO.9999",
            "Reception of satellite broadcasts on portable receivers",
            "(2029)",
            "Scope");
    assertEquals("Reception of satellite broadcasts on portable receivers", metadata.title());
    assertEquals("SG6", metadata.group());
    // The M series belongs to two study groups: it names neither.
    Metadata shared =
        read(
            "rec.txt",
            "Recommendation ITU-R M.9999",
            "(05/2029)",
            "RECOMMENDATION ITU-R M.9999",
            "Characteristics of maritime radio beacons",
            "(2029)");
    assertEquals(null, shared.group());
  }

  @Test
  void aResolutionIsDatedByItsRevisionAndItsTitleEndsBeforeItsHistory() {
    Metadata metadata =
        read(
            "res.txt",
            "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY",
            "Resolution 40 – Short title",
            "RESOLUTION 40 (Rev. Geneva, 2028)",
            "Regulatory aspects of the work of the sector, and its",
            "links with other bodies",
            "(Montreal, 2000; Geneva, 2028)");
    assertEquals("2028", metadata.date());
    assertEquals(
        "Regulatory aspects of the work of the sector, and its links with other bodies",
        metadata.title());
  }

  @Test
  void aTitleEndsAtTheContentsAndKeepsAWrappedParenthesis() {
    Metadata report =
        read(
            "d.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tDocument SG2/91-E",
            "SOURCE:\tChair, ITU-D Study Group 2",
            "TITLE:\tReport of the fifth meeting of ITU-D Study Group 2",
            "Contents",
            "1\tOpening of the meeting\t1");
    assertEquals("Report of the fifth meeting of ITU-D Study Group 2", report.title());
    Metadata recommendation =
        read(
            "r.txt",
            "RECOMMENDATION ITU-R M.9999-1",
            "Frequency arrangements for International Mobile Telecommunications-2030",
            "(IMT-2030)",
            "(2027-2028)");
    assertEquals(
        "Frequency arrangements for International Mobile Telecommunications-2030" + " (IMT-2030)",
        recommendation.title());
  }

  @Test
  void anOlderRecommendationIsDatedByTheLastOfItsStudyPeriods() {
    Metadata recommendation =
        read(
            "r.doc",
            "RECOMMENDATION ITU-R S.9998-2",
            "Interference criteria for satellite links",
            "(1978-1982-1990)");
    assertEquals("ITU-R S.9998-2", recommendation.number());
    assertEquals("1990", recommendation.date());
    assertEquals("Interference criteria for satellite links", recommendation.title());
  }

  @Test
  void aRecommendationsGroupIsTheOneItsSourceOrHistoryNames() {
    List<CoverLine> cover =
        java.util.stream.Stream.of(
                "INTERNATIONAL TELECOMMUNICATION UNION\tG.9999",
                "TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU\t(11/2027)",
                "Recommendation ITU-T G.9999")
            .map(CoverLine::body)
            .toList();
    Metadata sourced =
        MetadataReader.read(
            Map.of(),
            cover,
            null,
            "rec.docx",
            Map.of(),
            List.of(),
            "Summary\nA summary.\nSource\nRecommendation ITU-T G.9999 was approved on 2027-11-02"
                + " by ITU-T Study Group 15 (2025-2028) under Recommendation ITU-T A.8.");
    assertEquals("SG15", sourced.group());
    Metadata history =
        MetadataReader.read(
            Map.of(),
            cover,
            null,
            "rec.docx",
            Map.of(),
            List.of(),
            "History\nEdition\tRecommendation\tApproval\tStudy Group\n1.0\tITU-T G.9999"
                + "\t2019-05-01\t15\n2.0\tITU-T G.9999\t2027-11-02\tTSAG\nKeywords\nOptical.");
    assertEquals("TSAG", history.group());
    Metadata written =
        MetadataReader.read(
            Map.of(),
            cover,
            null,
            "rec.docx",
            Map.of(),
            List.of(),
            "History\nEdition 1.0, Recommendation ITU-T G.9999, approved 2027-11-02, Study Group"
                + " 15.\nKeywords\nOptical.");
    assertEquals("SG15", written.group());
  }

  @Test
  void anOldContributionIsDatedByMonthAndYear() {
    Metadata metadata =
        read(
            "com.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tCOM 15 – C 301 – E",
            "STUDY PERIOD 2009-2012\tMarch 2011",
            "Original: English");
    assertEquals("2011-03", metadata.date());
  }

  @Test
  void aStudyGroupDocumentIsAContributionUnlessItsTitleSaysElse() {
    Metadata contribution =
        read(
            "d.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tRevision 1 to",
            "\tDocument SG1/88-E",
            "SOURCE:\tMali",
            "TITLE:\tRural broadband in the Sahel");
    assertEquals("contribution", contribution.type());
    Metadata report =
        read(
            "d.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tDocument SG1/89-E",
            "SOURCE:\tChair, ITU-D Study Group 1",
            "TITLE:\tReport of the fifth meeting of ITU-D Study Group 1");
    assertEquals("report", report.type());
  }

  @Test
  void aLiaisonsDeadlineIsNotItsDate() {
    Metadata metadata =
        read(
            "ls.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\tTD 90 (GEN/13)",
            "LIAISON STATEMENT",
            "Source:\tITU-T Study Group 13",
            "Title:\tLS on network slicing",
            "Deadline:\t1 June 2028");
    assertEquals(null, metadata.date());
  }
}
