package org.cwg.cite;

import static org.cwg.cite.ExtractedCitations.bodies;
import static org.cwg.cite.ExtractedCitations.references;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations and references written by the conventions of conferences and their series: the place of
 * a revision in ITU's languages names its conference, each number of a list may carry its own body,
 * a report's table lists the conference's documents by number under a "Document" heading, and WP 5D
 * numbers each IMT generation's evaluation documents in a series of their own.
 */
class ConferenceSeriesCitationsTest {

  @Test
  void theRegionalRadiocommunicationConferenceNumbersItsDocumentsAsTheWorldOnesDo() {
    // Its documents are named by number alone, or with the conference's acronym in the language.
    assertEquals(
        List.of("RRC-31/4", "RRC-31/9"),
        references("As reported in Documents 4 and 9, the plan stands.", "RRC-31/17"));
    assertEquals(
        List.of("RRC-31/5"),
        references("Как указано в отчёте (Документ 5 РКР-31), план утверждён.", "RRC-31/17"));
    // A radio conference's bare Recommendation is ITU-R's, as a WRC's is.
    assertEquals(
        List.of("ITU-R P.1546"),
        references("The method of Recommendation P.1546 applies.", "RRC-31/17"));
  }

  @Test
  void aRevisionsPlaceNamesItsConferenceInEveryLanguage() {
    // The place is written the language's way; a later bare number is the same resolution.
    assertEquals(
        List.of("WTSA 12", "WTSA 12"),
        bodies(
            "Предлагается изменить Резолюцию 12 (Пересм. Монреаль, 2000 г.).\n"
                + "Основания: дополнить Резолюцию 12 с учетом решений Полномочной конференции."));
    assertEquals(
        List.of("WTDC 3"), bodies("Según la Resolución 3 (Rev. Estambul, 2002), se hará."));
    assertEquals(List.of("WTSA 4"), bodies("Selon la Résolution 4 (Genève, 1996), il convient."));
    assertEquals(
        java.util.Optional.of("PP"),
        ResolutionCatalogue.builtIn().bodyOfConference("Пересм. Миннеаполис, 1998 г."));
    // Chinese writes the year first, then the place: "（2002年，伊斯坦布尔）".
    assertEquals(List.of("WTDC 3"), bodies("根据第3号决议（2002年，伊斯坦布尔），应予执行。"));
    assertEquals(List.of("WTSA 4"), bodies("根据第4号决议（2000年，蒙特利尔，修订版），应予执行。"));
  }

  @Test
  void theRadiocommunicationAssemblyNumbersItsResolutionsAfterTheSectorInChinese() {
    // "ITU-R第65号决议" is the Chinese form of "Resolution ITU-R 65".
    assertEquals(List.of("RA 12"), bodies("根据ITU-R第12号决议，工作组开展了研究。"));
  }

  @Test
  void theStandardizationConferenceBeforeTheAssemblyCitesAsTheAssemblyInEveryLanguage() {
    // The World Telecommunication Standardization Conference (1993, 1996) preceded WTSA.
    assertEquals(
        List.of("RA 4", "WTSA 2"),
        bodies(
            "Resolution ITU-R 4 was revised, and Resolution 2 of the World Telecommunication"
                + " Standardization Conference (Helsinki, 1993) was noted."));
    assertEquals(List.of("WTSA 1"), bodies("WTSC-93 Resolution 1 applies to the groups."));
    assertEquals(
        List.of("WTSA 7"),
        bodies(
            "Selon la Résolution 7 de la Conférence mondiale de normalisation des"
                + " télécommunications, il convient."));
    assertEquals(List.of("WTSA 20"), bodies("Conforme a la Resolución 20 de la CMNT, se hará."));
    assertEquals(
        List.of("WTSA 1"),
        bodies("Согласно Резолюции 1 Всемирной конференции по стандартизации электросвязи."));
    assertEquals(List.of("WTSA 1"), bodies("وفقاً للقرار 1 للمؤتمر العالمي لتقييس الاتصالات."));
    assertEquals(List.of("WTSA 1"), bodies("根据世界电信标准化大会第1号决议。"));
  }

  @Test
  void aBodyNamedWithItsMeetingBeforeInResolutionAdoptedIt() {
    // A conference that acts "in Resolution N" adopted it, whatever the document cited before.
    assertEquals(
        List.of("RA 5", "PP 5"),
        bodies(
            "Resolution ITU-R 5 was revised. The Plenipotentiary Conference (Nice, 1989) in"
                + " Resolution 5 asked for a review."));
    assertEquals(
        List.of("RA 9", "WTDC 9"),
        bodies("Resolution ITU-R 9 stays. WTDC-10, in its Resolution 9, asked for a study."));
    // A body that is only talked about in the resolution did not adopt it.
    assertEquals(List.of("PP 71"), bodies("The role of the Council in Resolution 71 is clear."));
  }

  @Test
  void anOlderNumberSignBeforeAResolutionsNumberIsRead() {
    // Documents of the 1990s write "Resolution No. 7" as Russian writes "Резолюция № 7".
    assertEquals(
        List.of("PP 7"),
        bodies("Under Resolution No. 7 of the Plenipotentiary Conference, it is."));
    assertEquals(List.of("WTDC 9"), bodies("Selon la Résolution N° 9 de la CMDT, il convient."));
  }

  @Test
  void eachNumberOfAListTakesTheBodyWrittenAfterIt() {
    assertEquals(
        List.of("WTSA 64", "WTDC 37", "PP 140"),
        bodies(
            "Conforme a las Resoluciones 64 de la AMNT y 37 de la CMDT, y a la Resolución 140."));
    // A body after a list's number is also that of the numbers before it that have none.
    assertEquals(
        List.of("WTSA 2", "WTSA 7", "WTDC 17"),
        bodies("Resolutions 2 and 7 of WTSA and 17 of WTDC apply here."));
    assertEquals(
        List.of("PP 101", "PP 102"),
        bodies("Resolutions 101 and 102 of the Plenipotentiary Conference apply."));
  }

  @Test
  void aTableColumnHeadedDocumentListsTheConferencesDocuments() {
    String plain =
        "Document 12-E\n3 October 2030\nThe committee approved the texts below.\n"
            + "Doc. No.\tTitle\tAction\n41\tResolution 9\tApproved\n42(Rev.1)\tResolution 11\tApproved";
    assertEquals(List.of("PP-30/41", "PP-30/42(Rev.1)"), references(plain, "PP-30/12"));
    String pdf = "Documento Título\n41 Proyecto de Resolución A\n43 Proyecto de Resolución B\n";
    assertEquals(List.of("PP-30/41", "PP-30/43"), references(pdf, "PP-30/12"));
    // Word gives each cell a line: the column's next cell is as many lines on as there are columns.
    String word = "Texts\nDocument\nTitle\n41\nDraft resolution A\n43\nDraft resolution B\nEnd";
    assertEquals(List.of("PP-30/41", "PP-30/43"), references(word, "PP-30/12"));
    // One row is no table of documents to go by; nor is a table outside a numbered series.
    assertEquals(List.of(), references("Document\tTitle\n41\tDraft resolution A\n", "PP-30/12"));
    assertEquals(List.of(), references(pdf, "SG17-C5"));
    // The cover's own number over its date heads no column.
    assertEquals(List.of(), references("Document 12-E\n3 October 2030\n4 pages\n", "PP-30/12"));
  }

  @Test
  void aCommitteesColumnOfDocumentsListsSeveralNumbersACellAfterOtherColumns() {
    // A committee's report lists each item's proposals a comma apart, addenda with their numbers.
    List<String> listed = List.of("PP-30/7(Add.3)", "PP-30/18", "PP-30/20(Add.1)", "PP-30/31");
    String plain =
        "Annex – Proposals\nItem\tDocuments\tDecision\n"
            + "4.1\t7(Add.3), 18\tNoted\n4.2\t20(Add.1), 31\tApproved\n";
    assertEquals(listed, references(plain, "PP-30/90"));
    String pdf =
        "Annex – Proposals\nItem Documents Decision\n"
            + "4.1 7(Add.3), 18 Noted\n4.2 20(Add.1), 31 Approved\n";
    assertEquals(listed, references(pdf, "PP-30/90"));
    String word =
        "Annex – Proposals\nItem\nDocuments\nDecision\n"
            + "4.1\n7(Add.3), 18\nNoted\n4.2\n20(Add.1), 31\nApproved\n";
    assertEquals(listed, references(word, "PP-30/90"));
    // The item numbers before the column are no documents, nor is a column under another heading.
    assertEquals(
        List.of(), references("Item\tTitle\tDecision\n4\tA\tNoted\n5\tB\tNoted\n", "PP-30/90"));
  }

  @Test
  void aColumnOfDocumentsEndingAPdfRowIsReadToo() {
    // PDF text joins the cells with spaces; the column of documents may be the row's last.
    String pdf =
        "Annex – Texts\nItem Text Document\n"
            + "2.1 MOD Resolution 5 (Rev.PP-26) 77\n2.2 SUP Resolution 8 (PP-22) 77\n"
            + "2.3 NOC Article 4 80(Rev.2)\n";
    assertEquals(List.of("PP-30/77", "PP-30/77", "PP-30/80(Rev.2)"), references(pdf, "PP-30/90"));
    // A figure's groups of digits at a row's end are no documents.
    String figures =
        "Region Documents translated Cost (CHF)\nEurope 12 2 400 000\nAsia 9 310 000\n";
    assertEquals(List.of(), references(figures, "C30/9"));
  }

  @Test
  void aLastColumnOfDocumentsInAPdfRowIsTheNumbersEndingIt() {
    // The row names its texts by number before the column: those numbers are no documents.
    String pdf =
        "Annex – Texts\nText Decision Documents\n"
            + "Resolution 14 Modified 52(Add.4)\nResolution 60 Suppressed 19, 23\n"
            + "Appendix 4 Modified 256\n";
    assertEquals(
        List.of("PP-30/52(Add.4)", "PP-30/19", "PP-30/23", "PP-30/256"),
        references(pdf, "PP-30/90"));
    // A figure's groups ending the row are no documents.
    String figures = "Region Cost Documents\nEurope 2 400 310\nAsia 1 310 000\n";
    assertEquals(List.of(), references(figures, "C30/9"));
  }

  @Test
  void aPdfRowWhoseTextWrappedHasItsLastCellOnALineOfItsOwn() {
    // Word writes a row cell by cell: after a cell that wrapped, the last comes on its own line.
    String pdf =
        "Annex – Texts\nItem Text Document\n"
            + "3.1 MOD Article 9 88\n3.2 MOD Article 9, ADD draft new Resolution\n"
            + "[COM5/2] (PP-30)\n91\n";
    assertEquals(List.of("PP-30/88", "PP-30/91"), references(pdf, "PP-30/90"));
  }

  @Test
  void aColumnHeadedWithAQualifiedWordForDocumentsListsThemToo() {
    // A committee's report says which documents the column lists: "Source documents".
    List<String> listed = List.of("PP-30/14(Add.1)", "PP-30/22", "PP-30/31");
    String plain =
        "Annex – Texts\nText\tSource documents\n"
            + "Resolution 3 (Rev. Lima, 2030)\t14(Add.1), 22\nNew Resolution\t31\n";
    assertEquals(listed, references(plain, "PP-30/90"));
    String word =
        "Annex – Texts\nText\nSource documents\n"
            + "Resolution 3 (Rev. Lima, 2030)\n14(Add.1), 22\nNew Resolution\n31\n";
    assertEquals(listed, references(word, "PP-30/90"));
  }

  @Test
  void aTitleEndingOnTheWordResolutionsCitesNoneWithTheHeadingAfterIt() {
    // A title line in capitals ends on the word; the next line's number is a heading's.
    assertEquals(
        List.of("WTDC 9"),
        bodies(
            "REPORT OF COMMITTEE 2\nPROGRAMMES AND RESOLUTIONS\n1\tIntroduction\n"
                + "The Committee revised Resolution 9 (Rev. Kigali, 2022).\n"));
    assertEquals(
        List.of(), bodies("PROGRAMMES AND RESOLUTIONS\n2 Texts approved\nNothing was agreed.\n"));
    // A citation wrapped at the margin still cites its number.
    assertEquals(
        List.of("PP 71"), bodies("It took account of Resolution\n71 (Rev. Dubai, 2018) then.\n"));
  }

  @Test
  void aTableRowEndingOnAFigureAfterATabIsNoContentsLine() {
    // A table row reads like a contents line: its last cell a figure after a tab.
    String table =
        "Annex\nItem\tText\tDocument\n2.1\tMOD Resolution 5 (Rev.PP-26)\t77\n"
            + "2.2\tSUP Resolution 8 (PP-22)\t77\n";
    assertEquals(List.of("PP 5", "PP 8"), bodies(table));
    // A contents line repeats the heading it leads to, and its citation is that heading's.
    String contents =
        "Contents\n1\tResolution 5 of the Conference\t3\n"
            + "1\tResolution 5 of the Conference\nText.";
    assertEquals(List.of("PP 5"), bodies(contents));
  }

  @Test
  void aListedNumberKeepsItsAmendment() {
    // Each number of "Documents 14 and 29(Add.3)" is amended or not on its own.
    assertEquals(
        List.of("PP-30/14", "PP-30/29(Add.3)", "PP-30/31(Rev.1)"),
        references("The proposals (Documents 14, 29(Add.3) and 31(Rev.1)) were met.", "PP-30/90"));
  }

  @Test
  void aListAfterAFullNumberGoesOnWithTheMeetingAndNumberAlone() {
    assertEquals(
        List.of("CWG-COP-12/4", "CWG-COP-12/6", "CWG-COP-11/9(Rev.1)"),
        references("See Documents CWG-COP-12/4, 12/6 and 11/9(Rev.1).", "CWG-COP-12/1"));
    assertEquals(
        List.of("PP-30/40", "PP-30/44"), references("Documents PP-30/40 to 30/44-E.", "PP-30/1"));
    // Its own number in the list is no reference.
    assertEquals(List.of("C30/5"), references("Documents C30/4 and 30/5.", "C30/4"));
  }

  @Test
  void aBodyOnTheLineBeforeItsWrappedCitationIsItsBody() {
    // PDF text breaks the sentence at the margin between the body and the resolution it revised.
    assertEquals(
        List.of("WTDC 20"),
        bodies(
            "Since then the World Telecommunication Development Conference (Kigali, 2017) revised\n"
                + "Resolution 20 on non-discriminatory access to telecommunication facilities.\n"));
    // An item of a list that ends on a bracket is no sentence the next item goes on with.
    assertEquals(
        List.of("PP 71"),
        bodies("1 Report of the WTDC group (Document 20)\n2 Implementation of Resolution 71\n"));
  }

  @Test
  void workingParty5dNumbersEachImtGenerationsEvaluationDocumentsApart() {
    assertEquals(
        List.of("IMT-2030/2(Rev.1)", "IMT-ADV/8"),
        references("The process of Document IMT-2030/2(Rev.1) follows IMT-ADV/8.", "5D/700"));
  }
}
