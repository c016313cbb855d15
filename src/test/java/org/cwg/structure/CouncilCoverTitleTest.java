package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * A Council working group's cover without a "Contribution by" line: who submits it is the line
 * before its title in capitals, and a short title in capitals counts when it names a kind of text.
 */
class CouncilCoverTitleTest {

  private static Metadata read(String... lines) {
    return MetadataReader.read(
        Map.of(),
        java.util.Arrays.stream(lines).map(CoverLine::body).toList(),
        null,
        "a.txt",
        Map.of(),
        List.of(),
        "");
  }

  @Test
  void aShortTitleThatNamesAKindIsTheTitle() {
    Metadata agenda =
        read(
            "Council Working Group on Child Online Protection\tDocument CWG-COP-24/1-E",
            "Twenty-fourth meeting: Geneva, 2 March 2027\t20 February 2027",
            "Chair of the Council Working Group",
            "PROVISIONAL AGENDA");
    assertEquals("PROVISIONAL AGENDA", agenda.title());
    assertEquals("agenda", agenda.type());
    assertEquals(List.of("Chair of the Council Working Group"), agenda.sources());
  }

  @Test
  void aShortLineInCapitalsThatNamesNoKindIsNoTitle() {
    Metadata metadata =
        read(
            "Council Working Group on Child Online Protection\tDocument CWG-COP-24/3-E",
            "Twenty-fourth meeting: Geneva, 2 March 2027\t20 February 2027",
            "GENEVA OFFICE");
    assertNull(metadata.title());
  }
}
