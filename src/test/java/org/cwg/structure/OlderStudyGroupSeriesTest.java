package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The series an ITU-T study group numbered apart on its older covers: delayed contributions, which
 * came too late for the main series ("COM 13 – D 112 – E" is {@code SG13-D112}), and the group's
 * own reports ("COM 9 – R 3 – E", a report though its source line names the study group as a
 * liaison's would).
 */
class OlderStudyGroupSeriesTest {

  private static final String MASTHEAD =
      "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION SECTOR\n"
          + "STUDY PERIOD 1997-2000";

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void anOlderCoversDelayedContributionIsTheStudyGroupsDocument(Encoding encoding) {
    Metadata m =
        read(
            encoding,
            List.of(
                List.of(MASTHEAD, "", "COM 13 – D 112 – E\nMay 1999\nOriginal: English"),
                List.of("STUDY GROUP 13 – DELAYED CONTRIBUTION 112"),
                List.of("Question(s):", "7/13", "Geneva, 17-28 May 1999"),
                List.of("SOURCE:", "EXAMPLE NETWORKS"),
                List.of("TITLE:", "Clarifications to the draft text on IP network performance")),
            "1\tIntroduction",
            "This delayed contribution comments on COM 13 – D 97.");
    assertEquals("SG13-D112", m.number());
    assertEquals("SG13", m.group());
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void aStudyGroupsRSeriesDocumentIsItsReport(Encoding encoding) {
    Metadata m =
        read(
            encoding,
            List.of(
                List.of(MASTHEAD, "", "COM 9 – R 3 – E\nJune 1998\nOriginal: English"),
                List.of("STUDY GROUP 9 – REPORT 3"),
                List.of("SOURCE:", "STUDY GROUP 9"),
                List.of("TITLE:", "PART II – RESULTS OF WORKING PARTY 2/9")),
            "1\tWork done",
            "The working party met four times and reviewed eleven contributions.");
    assertEquals("SG9-R3", m.number());
    assertEquals("report", m.type());
  }

  private static Metadata read(Encoding encoding, List<List<String>> rows, String... body) {
    return CoverLayout.of(rows, body).metadataAs(encoding);
  }
}
