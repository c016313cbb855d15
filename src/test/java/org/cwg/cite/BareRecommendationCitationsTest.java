package org.cwg.cite;

import static org.cwg.cite.ExtractedCitations.references;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Recommendation written by its bare number ("aligned with G.709") once the text has named an
 * ITU-T Recommendation in full: the reader takes the sector from that context, in a sentence rather
 * than in a list of work items.
 */
class BareRecommendationCitationsTest {

  @Test
  void aBareNumberIsAnItuTRecommendationOnceTheTextNamesOneInFull() {
    assertEquals(
        List.of("ITU-T G.8031", "ITU-T G.8032", "ITU-T Y.1731"),
        references(
            "Recommendation ITU-T G.8031 describes linear protection; ring protection follows"
                + " G.8032, and the monitoring of Y.1731 is kept.",
            "SG15-C101"));
  }

  @Test
  void aBareNumberAloneNamesNoSector() {
    assertEquals(List.of(), references("Annex A proposes an amendment to G.8032.", "SG15-C102"));
  }

  @Test
  void aBareNumberListedInAWorkProgrammeNamesAWorkItem() {
    assertEquals(
        List.of("ITU-T X.509"),
        references(
            "Recommendation ITU-T X.509 applies.\nWork items progressed: X.511 (2019) Amd.1,"
                + " X.518 Amd.2\nX.520 (2019) Amd.1",
            "SG17-TD74"));
  }

  @Test
  void anASeriesNumberBareNamesTheFormItSets() {
    assertEquals(
        List.of("ITU-T X.509"),
        references(
            "Recommendation ITU-T X.509 applies; use the template of A.13 for the supplement.",
            "SG17-TD74"));
  }

  @Test
  void aShortNumberOrAPartOfTheTextIsNoRecommendation() {
    assertEquals(
        List.of("ITU-T X.1303"),
        references(
            "Recommendation ITU-T X.1303 applies. Table B.12 lists the cases and clause C.10 the"
                + " rules; the A.1 justification is attached.\nA.11 The bearer is named.",
            "SG17-C40"));
  }

  @Test
  void aSeriesOrALongerNameIsNoBareRecommendation() {
    assertEquals(
        List.of("ITU-T X.1205"),
        references(
            "Recommendation ITU-T X.1205 and the X.1200-series apply, as GSMA TS.06 and"
                + " https://www.itu.int/rec/T-REC-X.1206 and Question Q.12/17 do.",
            "C08/76"));
  }
}
