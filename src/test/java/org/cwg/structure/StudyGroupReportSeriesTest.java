package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An ITU-T study group numbers its own reports in an R series apart ("COM 9 – R 3 – E"): such a
 * document is a report, though its source line names the study group as a liaison's would.
 */
class StudyGroupReportSeriesTest {

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void aStudyGroupsRSeriesDocumentIsItsReport(Encoding encoding) {
    CoverLayout cover =
        CoverLayout.of(
            List.of(
                List.of(
                    "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION"
                        + " SECTOR\nSTUDY PERIOD 1997-2000",
                    "",
                    "COM 9 – R 3 – E\nJune 1998\nOriginal: English"),
                List.of("STUDY GROUP 9 – REPORT 3"),
                List.of("SOURCE:", "STUDY GROUP 9"),
                List.of("TITLE:", "PART II – RESULTS OF WORKING PARTY 2/9")),
            "1\tWork done",
            "The working party met four times and reviewed eleven contributions.");
    Metadata m =
        new StructureExtractor(Manifest.none())
            .extract(cover.as(encoding), Path.of("document.docx"))
            .metadata();
    assertEquals("SG9-R3", m.number());
    assertEquals("report", m.type());
  }
}
