package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's table lists the resolutions it deals with by number alone under a column headed
 * "Resolution", each row citing its resolution as the text's "Resolution 9" does, in every
 * rendering of the table.
 */
class ResolutionColumnsTest {

  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  private static List<String> bodies(String text, String own) {
    return EXTRACTOR.extract(text, List.of(), own).resolutions().stream()
        .map(m -> m.body() + " " + m.number())
        .toList();
  }

  @Test
  void aColumnHeadedResolutionCitesEachRowsResolution() {
    List<String> cited = List.of("WTSA 7", "WTSA 7", "WTSA 31");
    String plain =
        "The assembly revised Resolution 7.\nAnnex – Texts\n"
            + "Resolution\tTitle\tStatus\n7\tStudy group structure\tRevised\n"
            + "31\tRegional groups\tNew\n";
    assertEquals(cited, bodies(plain, "WTSA-30/77"));
    // PDF text joins the cells with spaces.
    String pdf =
        "The assembly revised Resolution 7.\nAnnex – Texts\n"
            + "Resolution Title Status\n7 Study group structure Revised\n31 Regional groups New\n";
    assertEquals(cited, bodies(pdf, "WTSA-30/77"));
    // Word gives each cell a line: the column's next cell is as many lines on as there are columns.
    String word =
        "The assembly revised Resolution 7.\nAnnex – Texts\nResolution\nTitle\nStatus\n"
            + "7\nStudy group structure\nRevised\n31\nRegional groups\nNew\n";
    assertEquals(cited, bodies(word, "WTSA-30/77"));
  }

  @Test
  void aColumnUnderAnotherHeadingOrWrittenInFullAddsNothing() {
    // Item numbers under another heading cite nothing.
    assertEquals(
        List.of(), bodies("Item\tTitle\tStatus\n7\tA\tNoted\n31\tB\tNoted\n", "WTSA-30/77"));
    // A cell writing the word is read once, as the citation it is.
    assertEquals(
        List.of("WTSA 7", "WTSA 31"),
        bodies(
            "Resolution\tTitle\nResolution 7\tStudy groups\nResolution 31\tRegional groups\n",
            "WTSA-30/77"));
    // A word before names other texts: drafts are listed by name, their documents by number.
    assertEquals(
        List.of(),
        bodies(
            "Draft resolution Source\nRural areas Document 18\nFinancing Document 27\n",
            "WTDC-30/9"));
    // One row is no table to go by.
    assertEquals(List.of(), bodies("Resolution\tTitle\n7\tStudy groups\n", "WTSA-30/77"));
  }
}
