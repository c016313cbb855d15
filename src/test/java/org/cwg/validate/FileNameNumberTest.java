package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNameNumberTest {

  @Test
  void ituFileNames() {
    assertEquals(
        Optional.of("CWG-Internet-20/4"), FileNameNumber.of("S25-CWGINT20-C-0004!!MSW-E.docx"));
    assertEquals(
        Optional.of("CWG-Internet-20/1(Rev.2)"),
        FileNameNumber.of("S25-CWGINT20-C-0001!R2!MSW-E.docx"));
    assertEquals(Optional.of("C25/45"), FileNameNumber.of("S25-CL-C-0045!!MSW-E.docx"));
  }

  @Test
  void namesPeopleGiveFiles() {
    assertEquals(Optional.of("CWG-Internet-20/4"), FileNameNumber.of("CWG-Internet-20-4.docx"));
    assertEquals(Optional.of("CWG-Internet-20/4"), FileNameNumber.of("cwg_internet_20_4_E.docx"));
    assertEquals(
        Optional.of("CWG-Internet-20/1(Rev.2)"), FileNameNumber.of("CWG-Internet-20-1-Rev2.docx"));
    assertEquals(
        Optional.of("CWG-WSIS-32/16(Add.1)"), FileNameNumber.of("WG-WSIS-32-16 Add.1.docx"));
  }

  @Test
  void revisionSpellingsAreOne() {
    for (String name :
        List.of(
            "S25-CWGINT20-C-0004!R1!MSW-E.docx",
            "CWG-Internet-20-4-Rev1.docx",
            "CWG-Internet-20-4 Rev.1.docx",
            "CWG_Internet_20_4_R1.docx",
            "CWG-Internet-20-4(Rev.1).docx",
            "CWG-Internet-20-4-Rev-1.docx")) {
      assertEquals(Optional.of("CWG-Internet-20/4(Rev.1)"), FileNameNumber.of(name), name);
    }
  }

  @Test
  void sectorAndFocusGroupFileNames() {
    assertEquals(Optional.of("SG17-C823"), FileNameNumber.of("T22-SG17-C-0823!!MSW-E.docx"));
    assertEquals(
        Optional.of("SG17-C823(Rev.1)"), FileNameNumber.of("T22-SG17-C-0823!R1!MSW-E.docx"));
    assertEquals(
        Optional.of("SG17-TD2484"), FileNameNumber.of("T22-SG17-230822-TD-GEN-2484!!MSW-E.docx"));
    assertEquals(Optional.of("5D/123"), FileNameNumber.of("R23-WP5D-C-0123!!MSW-E.docx"));
    assertEquals(Optional.of("SG2/45"), FileNameNumber.of("D22-SG02-C-0045!!MSW-E.docx"));
    assertEquals(
        Optional.of("SG1RGQ/123(Add.1)"), FileNameNumber.of("D22-SG01RGQ-C-0123!A1!MSW-E.docx"));
    assertEquals(Optional.of("FG-AINN-I-262"), FileNameNumber.of("FG-AINN-I-262.docx"));
    assertEquals(Optional.of("FG-AINN-I-262(Rev.1)"), FileNameNumber.of("FG-AINN-I-262-R1.docx"));
    assertEquals(Optional.of("FG-AI4H-K-043"), FileNameNumber.of("FGAI4H-K-043.pdf"));
  }

  @Test
  void attachmentsAndPlaceholdersCarryNoNumber() {
    assertEquals(Optional.empty(), FileNameNumber.of("FG-AINN-I-262-R1-att2.docx"));
    assertEquals(Optional.empty(), FileNameNumber.of("FGAI4H-K-043-A01.pdf"));
    assertEquals(Optional.empty(), FileNameNumber.of("FG-AI4SSC-I-XXX.docx"));
  }

  @Test
  void namesWithoutANumber() {
    assertEquals(Optional.empty(), FileNameNumber.of("000_390a1167734b5728.txt"));
    assertEquals(Optional.empty(), FileNameNumber.of("draft-2025-03.docx"));
    assertEquals(Optional.empty(), FileNameNumber.of("CWG-Internet.docx"));
  }
}
