package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ITU's file names of every family: the number, family, group and revision they carry. */
class FileNameFamiliesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "T22-SG17-C-0823!!MSW-E.docx|SG17-C823|itu-t|SG17|-|en",
        "T22-SG17-C-0823!R1!MSW-E.docx|SG17-C823(Rev.1)|itu-t|SG17|Rev.1|en",
        "T22-SG13-240304-TD-GEN-0517!!MSW-E.docx|SG13-TD517|itu-t|SG13|-|en",
        "T22-SG5-TD-WP3-0042!R2!MSW-F.docx|SG5-TD42(Rev.2)|itu-t|SG5|Rev.2|fr",
        "T22-TSAG-250120-TD-PLEN-0601.pdf|TSAG-TD601|itu-t|TSAG|-|-",
        "R23-WP5D-C-0123!!MSW-E.docx|5D/123|itu-r|WP5D|-|en",
        "D22-SG02-C-0045!!MSW-F.docx|SG2/45|itu-d|SG2|-|fr",
        "FG-AINN-I-262-R1.docx|FG-AINN-I-262(Rev.1)|itu-t|FG-AINN|Rev.1|-",
        "FGAI4H-K-043.pdf|FG-AI4H-K-043|itu-t|FG-AI4H|-|-",
        "T-REC-A.1-201610-I!!MSW-E.docx|ITU-T A.1|itu-t|-|-|en",
        "R-REC-BO.600-1-198607-I!!MSW-E.doc|ITU-R BO.600-1|itu-r|-|-|en",
        "T-RES-T.1-2016-MSW-E.docx|WTSA Res. 1|conference|-|-|en",
        "S25-CL-C-0045!A1!MSW-F.docx|C25/45(Add.1)|council|Council|Add.1|fr",
        "FG-AINN-I-262-R1-att2.docx|-|itu-t|FG-AINN|-|-",
        "FGAI4H-K-043-A01.pdf|-|itu-t|FG-AI4H|-|-",
        "FG-AI4SSC-I-017-att1.docx|-|itu-t|FG-AI4SSC|-|-",
        "Signalogic_ITU_Non-Member_SG12_BASOPS_Upgrade.pdf|-|-|-|-|-",
      })
  void readsTheFamilyFromTheName(
      String name, String number, String family, String group, String revision, String language) {
    MetadataDraft draft = new MetadataDraft();
    ItuFileName.read(name, draft);
    Metadata m = draft.build();
    assertEquals(number, m.number(), "number");
    assertEquals(family, m.family(), "family");
    assertEquals(group, m.group(), "group");
    assertEquals(revision, m.revision(), "revision");
    assertEquals(language, m.language(), "language");
    if (name.matches(".*-(?:att\\d|A\\d\\d)\\..*")) {
      // An attachment is filed under its document's number but is not the document.
      assertEquals("other", m.type(), "type");
    }
    if (number != null) {
      assertEquals(Provenance.FILENAME, m.provenance().get("number"));
      assertEquals("file name: ITU pattern", m.rules().get("number"));
    }
  }
}
