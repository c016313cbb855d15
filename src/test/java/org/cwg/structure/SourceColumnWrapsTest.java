package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * PDF text of a cover whose value column is narrow: a source's name that did not fit goes on over
 * the next line, which the column's width (shown by the other values' lines) tells from a new name.
 */
class SourceColumnWrapsTest {

  @Test
  void aShortLastLineEndsTheNameTheColumnCut() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-052.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-052",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Coordinator, Ruritanian Working Group on Spectrum",
            "Planning",
            "Title: Proposed revision of the work programme for",
            "the next study period");
    assertEquals(
        List.of("Coordinator, Ruritanian Working Group on Spectrum Planning"), metadata.sources());
  }

  @Test
  void aNameThatNamesNoBodyUntilItsLastLineIsTheNextSource() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-053.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-053",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Ruritania Institute of Technology North",
            "Bordurian National Spectrum Management",
            "Agency (Borduria)",
            "Title: Sharing studies for drone links in the upper",
            "bands");
    assertEquals(
        List.of(
            "Ruritania Institute of Technology North",
            "Bordurian National Spectrum Management Agency (Borduria)"),
        metadata.sources());
  }

  @Test
  void aNameClosedByItsShortNameEndsAndTheNextOneWraps() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-054.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-054",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Universidade Estadual do Norte (UEN)",
            "Empresa Ruritana de Pesquisa Agrícola e",
            "Florestal (Rupaf)",
            "Title: Requirements for labelled crop image data in",
            "field trials");
    assertEquals(
        List.of(
            "Universidade Estadual do Norte (UEN)",
            "Empresa Ruritana de Pesquisa Agrícola e Florestal (Rupaf)"),
        metadata.sources());
  }

  @Test
  void aShortLineAfterALineTheColumnHadRoomOnIsANewSource() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-055.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-055",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Acme Networks",
            "Ruritania Telecom",
            "Title: Requirements for labelled crop image data in",
            "field trials and the greenhouse experiments");
    assertEquals("Acme Networks", metadata.sources().get(0));
  }

  @Test
  void aNameWhoseCountryInBracketsTheColumnCutGoesOn() {
    Metadata metadata =
        CoverOfLines.read(
            "SG7-C41.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "SG7-C41",
            "Original: English",
            "CONTRIBUTION",
            "Source: Ruritel Holdings Corporation (Ruritania), Borduria",
            "Broadband (Borduria)",
            "Title: Proposed clauses on the measurement of queue",
            "delay in access networks");
    assertEquals(
        List.of("Ruritel Holdings Corporation (Ruritania)", "Borduria Broadband (Borduria)"),
        metadata.sources());
  }

  @Test
  void aNameOnTheLineAfterACompanyEndedByItsLegalFormIsAnotherSource() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-C-17.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-C-17",
            "Original: English",
            "CONTRIBUTION",
            "Source: Ruritel Networks Co., Ltd.",
            "Borduria Mobile",
            "Title: Proposed requirements for edge storage");
    assertEquals(List.of("Ruritel Networks Co., Ltd.", "Borduria Mobile"), metadata.sources());
  }

  @Test
  void aLineEndedShortOfTheColumnEndsItsNameAndTheNextLineIsAnother() {
    Metadata metadata =
        CoverOfLines.read(
            "T22-SG13-C-0991!!MSW-E.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "SG13-C991",
            "Original: English",
            "CONTRIBUTION",
            "Source: Ruritel SA",
            "Lumina",
            "Polytechnic Bordurian Hochschule",
            "Title: Proposed clarifications to the requirements of",
            "draft new Recommendation Y.EXAMPLE on network",
            "slicing for the industrial applications of");
    assertEquals(
        List.of("Ruritel SA", "Lumina", "Polytechnic Bordurian Hochschule"), metadata.sources());
  }

  @Test
  void aBodyInAnyLanguageOnTheLineAfterABodyIsTheNextSource() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-I-055.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-055",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Ruritanian Research Institute for Optics",
            "Klinikum – Universitätsmedizin Nordstadt",
            "Title: Proposal for a data handling policy for the",
            "benchmarking of models submitted to the group");
    assertEquals(
        List.of(
            "Ruritanian Research Institute for Optics", "Klinikum – Universitätsmedizin Nordstadt"),
        metadata.sources());
  }

  @Test
  void aNameInCapitalsEndsOnItsLegalFormInCapitals() {
    Metadata metadata =
        CoverOfLines.read(
            "T09-SG13-C-0555!!MSW-E.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "COM 13 – C 555 – E",
            "Original: English",
            "SOURCE: RURITANIAN RADIO AND TELEVISION",
            "CORPORATION (RRT), BORDURIA NETWORKS",
            "CORPORATION",
            "TITLE: Proposed amendment to Recommendation",
            "ITU-T Y.1234 on the transport of example frames");
    assertEquals(
        List.of(
            "RURITANIAN RADIO AND TELEVISION CORPORATION (RRT)", "BORDURIA NETWORKS CORPORATION"),
        metadata.sources());
  }

  @Test
  void aCompanyWithItsLegalFormUnderAHospitalIsTheNextSource() {
    Metadata metadata =
        CoverOfLines.read(
            "FG-XR-J-012.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-J-012",
            "Original: English",
            "DOCUMENT",
            "Source: Nordstadt Royal Teaching Hospital",
            "Example Vision, Inc.",
            "Title: Proposal for a topic group on screening",
            "for diseases of the eye from retinal images",
            "Purpose: Discussion");
    assertEquals(
        List.of("Nordstadt Royal Teaching Hospital", "Example Vision, Inc."), metadata.sources());
  }
}
