package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * Older ITU-T covers mark the Source label with a footnote ("SOURCE*:") and give the footnote, "*
 * Contact: ...", right under the Title row; a run-in contact may name the organization's city
 * before the address; a proposed change to a draft Recommendation names it in capitals, then gives
 * its own title.
 */
class FootnotedCoverTest {

  private static final String[] OLD_COVER = {
    "INTERNATIONAL TELECOMMUNICATION UNION",
    "TELECOMMUNICATION STANDARDIZATION SECTOR",
    "STUDY PERIOD 2001-2004\t\tCOM 4 – C 77 – E",
    "March 2003",
    "Original: English",
    "Questions:\t2/4\tGeneva, 1-5 April 2003",
    "STUDY GROUP 4 – CONTRIBUTION 77",
    "SOURCE*:\tRURITEL NETWORKS",
    "TITLE:\tProposed clock tolerances for leased lines",
    "* Contact: Anna Vogt, Ruritel Networks Labs, Tel: +99 1 234 56 78, E-mail: anna.vogt@rn.example",
    "Summary",
    "This contribution proposes clock tolerances for leased lines."
  };

  @Test
  void aFootnotedSourceLabelIsRead() {
    Metadata metadata = CoverOfLines.read("T01-SG04-C-0077!!MSW-E.txt", OLD_COVER);
    assertEquals(List.of("RURITEL NETWORKS"), metadata.sources());
  }

  @Test
  void theFootnoteUnderTheTitleIsTheContactAndNoPartOfTheTitle() {
    Metadata metadata = CoverOfLines.read("T01-SG04-C-0077!!MSW-E.txt", OLD_COVER);
    assertEquals("Proposed clock tolerances for leased lines", metadata.title());
    assertEquals(
        List.of(new Contact("Anna Vogt", "Ruritel Networks Labs", "anna.vogt@rn.example")),
        metadata.contacts());
  }

  @Test
  void aCityAloneBeforeTheAddressOfARunInContactIsNoPartOfTheOrganization() {
    Metadata metadata =
        CoverOfLines.read(
            "D02-SG02-C-0044!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION DEVELOPMENT BUREAU\tDocument 2/044-E",
            "\t12 May 2004",
            "\tOriginal: English",
            "QUESTION 7/2:\tRural communications",
            "SOURCE:\tRuritania",
            "TITLE:\tRural broadband pilots",
            "Contact: Mr Jan Novak, RURTEL, Zlatograd, E-mail: jan.novak@rurtel.example",
            "Introduction",
            "Ruritania reports on its rural broadband pilots in three provinces.");
    assertEquals(
        List.of(new Contact("Jan Novak", "RURTEL", "jan.novak@rurtel.example")),
        metadata.contacts());
  }

  @Test
  void aProposedChangeToADraftRecommendationKeepsItsOwnTitle() {
    String own = "Method for computing the aggregate interference of drone links";
    Metadata text =
        CoverOfLines.read(
            "R23-WP9Z-C-0041!!MSW-E.txt",
            "Radiocommunication Study Groups",
            "Received: 2 May 2030\tDocument 9Z/41-E",
            "\t5 May 2030",
            "\tOriginal: English",
            "Ruritania",
            "PROPOSED MODIFICATIONS TO THE DRAFT REVISION OF RECOMMENDATION ITU-R Z.1234-1",
            own,
            "Introduction",
            "Ruritania proposes modifications to the draft revision.");
    assertEquals(
        "PROPOSED MODIFICATIONS TO THE DRAFT REVISION OF RECOMMENDATION ITU-R Z.1234-1 " + own,
        text.title());
    Metadata pdf =
        CoverOfLines.read(
            "R23-WP9Z-C-0041!!MSW-E.pdf",
            "Radiocommunication Study Groups",
            "Received: 2 May 2030 Document 9Z/41-E",
            "5 May 2030",
            "Original: English",
            "Ruritania",
            "PROPOSED MODIFICATIONS TO THE DRAFT REVISION OF RECOMMENDATION ITU-R",
            "Z.1234-1",
            own,
            "Introduction",
            "Ruritania proposes modifications to the draft revision.");
    assertEquals(text.title(), pdf.title());
  }
}
