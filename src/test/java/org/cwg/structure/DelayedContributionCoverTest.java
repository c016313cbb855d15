package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ITU-T study groups numbered the contributions that came too late for the main series apart, as
 * delayed contributions: "COM 13 – D 112 – E" is the study group's {@code SG13-D112}.
 */
class DelayedContributionCoverTest {

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void anOlderCoversDelayedContributionIsTheStudyGroupsDocument(Encoding encoding) {
    CoverLayout cover =
        CoverLayout.of(
            List.of(
                List.of(
                    "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION"
                        + " SECTOR\nSTUDY PERIOD 1997-2000",
                    "",
                    "COM 13 – D 112 – E\nMay 1999\nOriginal: English"),
                List.of("STUDY GROUP 13 – DELAYED CONTRIBUTION 112"),
                List.of("Question(s):", "7/13", "Geneva, 17-28 May 1999"),
                List.of("SOURCE:", "EXAMPLE NETWORKS"),
                List.of("TITLE:", "Clarifications to the draft text on IP network performance")),
            "1\tIntroduction",
            "This delayed contribution comments on COM 13 – D 97.");
    Metadata m =
        new StructureExtractor(Manifest.none())
            .extract(cover.as(encoding), Path.of("document.docx"))
            .metadata();
    assertEquals("SG13-D112", m.number());
    assertEquals("SG13", m.group());
  }
}
