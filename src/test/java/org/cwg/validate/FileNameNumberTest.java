package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNameNumberTest {

  @Test
  void ituFileNames() {
    assertEquals(Optional.of("CWG-Internet-20/4"),
        FileNameNumber.of("S25-CWGINT20-C-0004!!MSW-E.docx"));
    assertEquals(Optional.of("CWG-Internet-20/1(Rev.2)"),
        FileNameNumber.of("S25-CWGINT20-C-0001!R2!MSW-E.docx"));
    assertEquals(Optional.of("C25/45"), FileNameNumber.of("S25-CL-C-0045!!MSW-E.docx"));
  }

  @Test
  void namesPeopleGiveFiles() {
    assertEquals(Optional.of("CWG-Internet-20/4"), FileNameNumber.of("CWG-Internet-20-4.docx"));
    assertEquals(Optional.of("CWG-Internet-20/4"), FileNameNumber.of("cwg_internet_20_4_E.docx"));
    assertEquals(Optional.of("CWG-Internet-20/1(Rev.2)"),
        FileNameNumber.of("CWG-Internet-20-1-Rev2.docx"));
    assertEquals(Optional.of("WG-WSIS-32/16(Add.1)"),
        FileNameNumber.of("WG-WSIS-32-16 Add.1.docx"));
  }

  @Test
  void namesWithoutANumber() {
    assertEquals(Optional.empty(), FileNameNumber.of("000_390a1167734b5728.txt"));
    assertEquals(Optional.empty(), FileNameNumber.of("draft-2025-03.docx"));
    assertEquals(Optional.empty(), FileNameNumber.of("CWG-Internet.docx"));
  }
}
