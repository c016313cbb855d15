package org.cwg.cite;

import static org.cwg.cite.ExtractedCitations.bodies;
import static org.cwg.cite.ExtractedCitations.references;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.ResolutionMention;
import org.junit.jupiter.api.Test;

/**
 * Citations written by conventions a family shares across its groups and languages: a UN body named
 * before "in its resolution" in any official language, a Council expert group's numbers, a focus
 * group's documents without "FG-", a liaison statement with a space after its kind, a TD's own
 * number with its revision inside, and a contents line's page number after "contributions".
 */
class FamilyConventionCitationsTest {

  private final CitationExtractor extractor = new CitationExtractor();

  @Test
  void aSeriesNamedByItsFirstRecommendationNamesThatRecommendation() {
    assertEquals(
        List.of("ITU-T Q.3900"),
        references("Work on the Recommendation ITU-T Q.3900 series goes on.", "SG11-C12"));
    assertEquals(List.of(), references("Work on the ITU-T X.500 series goes on.", "SG11-C12"));
    assertEquals(List.of(), references("It gives the status of the P.1204 series.", "SG12-C1"));
  }

  @Test
  void aWorkItemsProvisionalNameIsNoReferenceToItsParent() {
    assertEquals(
        List.of("ITU-T H.861.1"),
        references(
            "We propose draft Recommendation H.861.ABC, building on Recommendation ITU-T H.861.1.",
            "SG16-C9"));
  }

  @Test
  void theOlderWordOrderPutsTheSectorBeforeTheWordRecommendation() {
    assertEquals(
        List.of("ITU-T Q.1706", "ITU-T Q.1707", "ITU-T Q.1708"),
        references(
            "It follows ITU-T Recommendation Q.1706 and ITU-T Recommendations Q.1707 and Q.1708.",
            "C09/12"));
  }

  @Test
  void aSeriesOfOneSectorOnlyNamesThatSectorWhenTheRecommendationIsBare() {
    assertEquals(
        List.of("ITU-T J.381"),
        references("WP 6C takes note of draft Recommendation J.381.", "6C/12"));
    assertEquals(
        List.of("ITU-T Y.3190", "ITU-R BS.2127"),
        references(
            "The study group progresses draft Recommendation Y.3190 and Recommendation BS.2127.",
            "SG2/14"));
    assertEquals(
        List.of("ITU-R BT.2020"), references("It uses Recommendation BT.2020.", "SG16-C9"));
    assertEquals(List.of(), references("Recommendation M.1036 applies.", "SG2/14"));
  }

  @Test
  void aListedRecommendationMayCarryItsStatusInBrackets() {
    assertEquals(
        List.of("ITU-T Q.3050", "ITU-T T.812", "ITU-T Q.3051"),
        references(
            "7 Consent of Recommendations ITU-T Q.3050 (new), T.812 (revised) and Q.3051",
            "SG11-TD9"));
  }

  @Test
  void aRegionalTariffRecommendationKeepsItsRegionLetter() {
    assertEquals(
        List.of("ITU-T D.500R", "ITU-T D.600R"),
        references(
            "Tariffs follow Recommendations ITU-T D.500R and D.600R in the region.", "1/40"));
    assertEquals(
        List.of("ITU-T D.300R"),
        references("Это описано в Рекомендации МСЭ-Т D.300R для региона.", "1/40"));
    assertEquals(
        List.of("ITU-T D.300"), references("See ITU-T D.300 Rates for leased lines.", "1/40"));
    assertEquals(List.of(), references("See ITU-T D.300Rates for leased lines.", "1/40"));
  }

  @Test
  void aRangeOfRecommendationsNamesBothItsEnds() {
    assertEquals(
        List.of("ITU-T H.460.1", "ITU-T H.460.9"),
        references(
            "The suite was approved as ITU-T Recommendations H.460.1 to H.460.9.", "SG16-C7"));
    assertEquals(
        List.of("ITU-R P.530", "ITU-R P.533"),
        references("Las Recomendaciones UIT-R P.530 a P.533 se aplican.", null));
    assertEquals(
        List.of("ITU-T G.991", "ITU-T G.994"),
        references("Recommendations G.991 – G.994 apply.", "SG15-C3"));
  }

  @Test
  void aSupplementWithItsSeriesIsAReferenceAndWithoutItNone() {
    assertEquals(
        List.of("ITU-T Q Suppl.7", "ITU-T Y Suppl.9"),
        references("See ITU-T Q Suppl. 7 and ITU-T Y.Sup9.", "SG11-C12"));
    assertEquals(
        List.of("ITU-T Q Suppl.7"),
        references("Supplement 7 to ITU-T Q-series Recommendations applies.", "SG11-C12"));
    assertEquals(
        List.of("ITU-T Q.931"),
        references("Recommendation Q.931 and its Supplement 2 apply.", null));
    assertEquals(
        List.of(),
        references(
            "Supplement 7 to the ITU-T Q-series Recommendations is this text.", "ITU-T Q Suppl.7"));
  }

  @Test
  void aUnitedNationsBodyNamedBeforeItsResolutionAdoptedItInEveryLanguage() {
    assertEquals(
        List.of("ECOSOC 2021/17"),
        bodies("El Consejo Económico y Social, en su resolución 2021/17, invitó a los Estados."));
    assertEquals(
        List.of("ECOSOC 2020/12"),
        bodies("Le Conseil économique et social, dans sa résolution 2020/12, a prié l'UIT."));
    assertEquals(
        List.of("ECOSOC 2022/3"),
        bodies("The Economic and Social Council, in its resolution 2022/3, asked for a report."));
    // The body nearest before the number is the one that adopted it.
    assertEquals(
        List.of("UNGA 75/202"),
        bodies(
            "Tras el informe del Consejo Económico y Social, la Asamblea General, en su"
                + " resolución 75/202, decidió examinar la cuestión."));
    // PDF text wraps the sentence between the body and its resolution.
    assertEquals(
        List.of("ECOSOC 2023/9"),
        bodies(
            "The group took note.\nThe Economic and Social Council, in its\nresolution 2023/9,"
                + " asked for a report."));
    List<ResolutionMention> plain =
        extractor.extract("La resolución 76/189 pide un examen.", List.of(), null).resolutions();
    assertEquals("UNGA", plain.get(0).body());
  }

  @Test
  void theAssemblysAbbreviationBeforeSessionAndNumberNamesItsResolution() {
    assertEquals(List.of("UNGA 77/150"), bodies("Related text: UNGA 77/150"));
    assertEquals(List.of("UNGA 76/6"), bodies("Le texte suit la décision AGNU 76/6 sur ce point."));
    // A session and number alone, without the Assembly, are no symbol.
    assertEquals(List.of(), bodies("The ratio 77/150 was kept."));
  }

  @Test
  void aCouncilExpertGroupNumbersItsDocumentsAsTheWorkingGroupsDo() {
    assertEquals(
        List.of("EG-WTPF-3/2", "CWG-FHR-7/4"),
        references("See Document EG-WTPF-3/2 and Document CWG-FHR-7/4.", "EG-WTPF-3/6"));
    assertEquals(List.of(), references("This is Document EG-WTPF-3/6.", "EG-WTPF-3/6"));
  }

  @Test
  void aFocusGroupWritesItsOwnDocumentsWithoutItsPrefix() {
    String text =
        "FG-QKD-I-xxx\nThis builds on QKD-I-045 and on QKD-W-012-R1; ISO-D-123 is not ours.";
    assertEquals(List.of("FG-QKD-I-045", "FG-QKD-W-012(Rev.1)"), references(text, null));
    // Without the focus group named, a code of that shape is no reference.
    assertEquals(List.of(), references("The code QKD-I-045 is on the label.", null));
  }

  @Test
  void theConferencesOf2000AreAbbreviatedWithTheWholeYearInEveryLanguage() {
    assertEquals(List.of("WRC 644"), bodies("Los datos de la Resolución 644 (Rev.CMR-2000)."));
    assertEquals(List.of("WRC 644"), bodies("Данные Резолюции 644 (Пересм. ВКР-2000) здесь."));
    assertEquals(List.of("WTSA 1"), bodies("Conformément à la Résolution 1 (AMNT-2000)."));
  }

  @Test
  void anotherOrganizationsSessionAfterTheNumberIsNoItuResolution() {
    assertEquals(
        List.of("WRC 662"),
        bodies(
            "The Congress, in its Resolution 29 (Cg-18), asked its Members to protect the bands"
                + " studied under Resolution 662 (WRC-19)."));
  }

  @Test
  void itudNumbersItsRecommendationsWithoutASeriesLetter() {
    assertEquals(
        List.of("ITU-D 19", "ITU-D 19"),
        references(
            "ITU-D Study Group 2 recalls Recommendation ITU-D 19, on telecommunications for rural"
                + " areas, and applies Recommendation ITU-D 19.",
            "SG2RGQ/99"));
  }

  @Test
  void anInformationDocumentNamesTheMainSeriesByNumberAlone() {
    assertEquals(
        List.of("WTDC-30/4"),
        references("This document completes the Director's report (Document 4).", "WTDC-30/INF/5"));
    assertEquals(
        List.of("C30/12"), references("As set out in Document 12, the plan holds.", "C30/INF/3"));
  }

  @Test
  void theFirstFocusGroupsWroteASpaceAfterFg() {
    assertEquals(
        List.of("FG-NGN-C-0210", "FG-NGN-C-0187"),
        references(
            "This revision of FG NGN-C-0210 replaces what FG NGN-C-0187 proposed.",
            "FG-NGN-C-0210(Rev.1)"));
  }

  @Test
  void aLiaisonStatementMayBeWrittenWithASpaceAfterItsKind() {
    assertEquals(
        List.of("SG9-LS77", "SG13-TD4"),
        references("We thank SG9 for its liaison SG9-LS 77 and for SG13-TD 4.", "SG2-C101"));
    assertEquals(
        List.of("TSAG-TD512"), references("Según los datos de TSAG-TD 512, creció.", "TSAG-C88"));
  }

  @Test
  void aDelayedContributionIsOneOfTheStudyGroupsDocuments() {
    assertEquals(
        List.of("SG13-D97", "SG13-D101"),
        references("This text answers COM 13 – D 97 and SG13-D101.", "SG13-C40"));
  }

  @Test
  void aGroupWithoutDigitsIsJoinedByADashToItsDocumentsKind() {
    assertEquals(
        List.of("TSAG-R9", "TSAG-TD31"),
        references("As the report says (TSAG – R 9), see also TSAG - TD 31.", "SG2-C5"));
  }

  @Test
  void aRecommendationNumberedAfterAnotherKeepsItsLatinOrdinal() {
    assertEquals(
        List.of("ITU-T E.880bis", "ITU-T Q.77ter", "ITU-T Q.77"),
        references(
            "It extends Recommendation ITU-T E.880bis and Recommendations Q.77ter and Q.77.",
            "SG2-C5"));
  }

  @Test
  void aDocumentsOwnNumberWithItsRevisionInsideIsNoReferenceToItsBase() {
    String text =
        "TD 318 Rev.2 (WP2/11)\nSTUDY GROUP 11\nThis TD revises the report in view of C 77.";
    assertEquals(List.of("SG11-C77"), references(text, "SG11-TD318(Rev.2)"));
  }

  @Test
  void aContributionFollowedByItsSubmitterInBracketsIsStillOneOfTheGroups() {
    String text =
        "TD 77 (GEN/9)\nSTUDY GROUP 9\nDiscussed: C 14 (Ruritania Telecom) and C 16 (Acme);"
            + " the output is TD 80 (WP1/9).";
    assertEquals(List.of("SG9-C14", "SG9-C16", "SG9-TD80"), references(text, "SG9-TD77"));
  }

  @Test
  void aContentsLinesPageNumberIsNoDocumentOfTheMeeting() {
    String text =
        "Contents\nReview of contributions\t3\nReview of Contribution 4\n"
            + "The group reviewed Document 5 and Contributions 6 and 7.";
    assertEquals(
        List.of("CWG-COP-9/4", "CWG-COP-9/5", "CWG-COP-9/6", "CWG-COP-9/7"),
        references(text, "CWG-COP-9/1"));
  }

  @Test
  void aRowNumberUnderAColumnHeadedDocumentsIsNoDocumentOfTheSeries() {
    String text =
        "Subjects discussed\tDocuments\n1 Opening of the session\tC30/4\n"
            + "2 Budget\tC30/6\nThe Chair introduced Document\n7, which the Council noted.";
    assertEquals(List.of("C30/4", "C30/6", "C30/7"), references(text, "C30/DT/9"));
  }

  @Test
  void anItuDStudyGroupNamesItsDocumentsWithTheGroupBeforeTheSlash() {
    String text =
        "As reported in Document 1/64, and in Documents 1/70 and 2/12, the pilots ran on. The"
            + " output of Question 4/1 was noted. Ce rapport suit le Document 1/81-F.";
    assertEquals(List.of("SG1/64", "SG1/70", "SG2/12", "SG1/81"), references(text, "SG1/140"));
    // Its own number is no reference; a Question is never a document.
    assertEquals(List.of(), references("Document 2/33 answers Question 5/2.", "SG2/33"));
    // Outside ITU-D, the form means nothing.
    assertEquals(List.of(), references("See Document 1/64 of the meeting.", "C25/4"));
    // ITU-D's conference names the study groups' documents as they do.
    assertEquals(
        List.of("SG1/287"),
        references("Les travaux de la Question 1/1 (Document 1/287) ont montré.", "WTDC-14/41"));
    assertEquals(List.of(), references("See Document 1/287.", "WTSA-24/41"));
  }

  @Test
  void anItuRStudyGroupNamesItsDocumentsWithTheGroupBeforeTheSlash() {
    String text =
        "As noted in Document 6/32, and in Documents 6/40 and 4/12, the studies go on; Question"
            + " 130-2/6 and Document 14/3 are no documents of a study group.";
    assertEquals(List.of("6/32", "6/40", "4/12"), references(text, "6/45"));
    // Until 2007 the study groups went up to 11: Study Group 9's note names its own and SG 10's.
    assertEquals(
        List.of("9/18", "9/29", "10/7"),
        references("See Documents 9/18 and 9/29, and Document 10/7.", "9/31"));
    // The working parties of the study groups 8 and 9, merged into others in 2007.
    assertEquals(List.of("8F/355", "9B/4"), references("See Documents 8F/355 and 9B/4.", "8F/412"));
    // An ITU-D text's groups stop at 2.
    assertEquals(List.of("SG2/5"), references("See Documents 2/5 and 6/7.", "SG1/3"));
  }

  @Test
  void aNumberOfDaysAfterTheWordDocumentsIsNoDocument() {
    String text =
        "Contributions are due 12 days before the meeting, the secretariat's documents 21 days"
            + " before; see Document 14 and documents 3 and 4.";
    assertEquals(
        List.of("CWG-FHR-9/14", "CWG-FHR-9/3", "CWG-FHR-9/4"), references(text, "CWG-FHR-9/2"));
  }

  @Test
  void aShareAfterTheWordDocumentsIsNoDocument() {
    String text =
        "Study group documents\n85%\nReports of the Council documents 40 % of it; see Document 7.";
    assertEquals(List.of("CWG-FHR-9/7"), references(text, "CWG-FHR-9/2"));
  }

  @Test
  void anotherBodysDocumentNumberIsNoContributionOfTheGroup() {
    String text =
        "TD 90 (GEN/11)\nSTUDY GROUP 11\nReply to 3GPP CT1 LS C1-254321, as proposed in C 150.";
    assertEquals(List.of("SG11-C150"), references(text, "SG11-TD90"));
  }

  @Test
  void aListOfRecommendationsIsJoinedByTheDocumentsLanguage() {
    String text =
        "sur la base des Recommandations UIT-T D.50 et D.52, et des Recomendaciones UIT-T"
            + " E.164 y E.212.";
    assertEquals(
        List.of("ITU-T D.50", "ITU-T D.52", "ITU-T E.164", "ITU-T E.212"),
        references(text, "SG3-C118"));
  }

  @Test
  void aChineseConferenceDocumentNamesAnotherOfTheConferenceByItsNumber() {
    assertEquals(List.of("PP-22/55"), references("本提案是对第55号文件的补充，见第78号文件。", "PP-22/78"));
  }

  @Test
  void anArabicReportKeepsItsLatinNumberAfterTheWordWithItsPreposition() {
    // Arabic writes "the report" before the Latin sector and number, a preposition joined to it.
    assertEquals(
        List.of("ITU-R P.530", "Report ITU-R F.2001", "Report ITU-R S.2002"),
        references(
            "وفقاً للتوصية ITU-R P.530 واستناداً إلى للتقرير ITU-R F.2001 وبالتقرير ITU-R S.2002.",
            "SG5-C12"));
  }

  @Test
  void reportsAndDocumentsInRussianAndChinese() {
    assertEquals(
        List.of("Report ITU-R SM.2256", "Report ITU-R M.2290", "PP-26/35", "PP-26/36", "PP-26/37"),
        references(
            "Результаты согласуются с Отчетом МСЭ-R SM.2256. 相关研究结果见ITU-R M.2290号报告。"
                + " См. Документ 35 и Документы 36 и 37.",
            "PP-26/62"));
  }

  @Test
  void aRussianAddendumCoverNamesItsOwnBaseAndNoOtherDocument() {
    assertEquals(
        List.of(),
        references(
            "Дополнительный документ 3\nк Документу 42-R\n15 октября 2016 года",
            "WTSA-16/42(Add.3)"));
  }

  @Test
  void advisoryGroupsAndJointTaskGroupsAreReferencedByTheirOwnNumbers() {
    String text =
        "The studies in Document 5-6/38, Annex 2, follow Documento RAG12-1/3 and Document"
            + " TDAG11-16/2; Question 7-2/1 is unchanged.";
    assertEquals(List.of("5-6/38", "RAG12-1/3", "TDAG11-16/2"), references(text, "5-6/41"));
    assertEquals(List.of(), references("This is Document TDAG11-16/4-E.", "TDAG11-16/4"));
  }

  @Test
  void aHeadingThatIsABareCitationTakesTheBodyItsSectionGivesIt() {
    assertEquals(
        List.of("WTDC 9", "WTDC 9"),
        bodies(
            "2\tDecisions of the Conference\n2.1\tResolution 9\nThe Conference revised"
                + " Resolution 9 (Rev. Kigali, 2022) on spectrum management.\n"));
    // A heading over a section that cites the number otherwise keeps what it had.
    assertEquals(
        List.of("PP 9", "WTDC 9"),
        bodies(
            "2.1\tResolution 9\nThe group met twice.\nIt then read Resolution 9 (Rev. Kigali,"
                + " 2022).\n"));
  }

  @Test
  void aRegionalPreparatoryMeetingCitesTheDevelopmentConferencesResolutionsBare() {
    // A regional preparatory meeting prepares the next WTDC: a bare number is WTDC's.
    assertEquals(
        List.of("WTDC 2"),
        extractor
            .extract(
                "We propose to keep the study groups set up under Resolution 2.",
                List.of(),
                "RPM-ASP25/4")
            .resolutions()
            .stream()
            .map(m -> m.body() + " " + m.number())
            .toList());
  }

  @Test
  void anItuRStudyGroupKeepsItsTemporaryDocumentsApart() {
    assertEquals(
        List.of("9/TEMP/12", "9/70"),
        references("Source: Document 9/TEMP/12\nThe agenda in Document 9/70 was adopted.", "9/88"));
    assertEquals(List.of(), references("Source: Document 2/TEMP/12", "SG2/45"));
  }

  @Test
  void anItuRStudyGroupsListOfDocumentsPrintsTheGroupInItsDocumentColumn() {
    String table =
        "Annex 1 – Documents\nDocument\tTitle\n9/70\tDraft agenda\n"
            + "9/75\tReport of the Chair of Working Party 9Z\n9/76\tReport of the Chair of"
            + " Working Party 9Y\n";
    assertEquals(List.of("9/70", "9/75", "9/76"), references(table, "9/88"));
    // Elsewhere the form is a Question's, never a document.
    assertEquals(List.of(), references(table, "SG17-C12"));
  }
}
