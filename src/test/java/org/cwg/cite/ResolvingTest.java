package org.cwg.cite;

import org.cwg.model.MeetingRange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cwg.model.DocumentReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference resolution, what users type for a resolution, and meeting ranges. */
class ResolvingTest {

  private final DocumentDirectory directory = new DocumentDirectory(Map.of(
      "a", "CWG-Internet-20/4",
      "b", "CWG-Internet-20/1(Rev.1)",
      "c", "CWG-Internet-20/1(Rev.2)",
      "d", "C24/45"));

  @Test
  void resolvesExactlyThenTheOriginalThenTheLatestRevision() {
    assertEquals(Optional.of("a"), directory.resolve("CWG-Internet-20/4"));
    assertEquals(Optional.of("a"), directory.resolve("CWG-Internet-20/4(Add.1)"));
    assertEquals(Optional.of("b"), directory.resolve("CWG-Internet-20/1(Rev.1)"));
    assertEquals(Optional.of("c"), directory.resolve("CWG-Internet-20/1"));
    assertEquals(Optional.empty(), directory.resolve("CWG-Internet-20/9"));
  }

  @Test
  void resolverSetsTargets() {
    List<DocumentReference> resolved = ReferenceResolver.resolve(List.of(
        new DocumentReference("C24/45", "C24/45-E", 0, 8, false, null),
        new DocumentReference("C24/46", "C24/46", 10, 16, false, null)), directory);
    assertTrue(resolved.get(0).resolved());
    assertEquals("d", resolved.get(0).target());
    assertFalse(resolved.get(1).resolved());
    assertEquals(null, resolved.get(1).target());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1305|Council 1305|false",
      "102|PP 102|false",
      "Council 1305|Council 1305|true",
      "ITU Council 1305|Council 1305|true",
      "PP 102|PP 102|true",
      "PP-102|PP 102|true",
      "pp102|PP 102|true",
      "Res 102|PP 102|false",
      "Res. 102|PP 102|false",
      "Resolution 140|PP 140|false",
      "WTSA 75|WTSA 75|true",
      "WTSA-16 75|WTSA 75|true",
      "A/RES/70/125|UNGA 70/125|false",
      "UNGA 70/125|UNGA 70/125|true",
  })
  void readsWhatUsersType(String written, String key, boolean bodyGiven) {
    ResolutionId.Parsed parsed = ResolutionId.parse(written);
    assertEquals(key, parsed.id().key());
    assertEquals(bodyGiven, parsed.bodyGiven());
  }

  @Test
  void refusesWhatIsNotAResolution() {
    assertThrows(IllegalArgumentException.class, () -> ResolutionId.parse("Decision 11"));
    assertThrows(IllegalArgumentException.class, () -> ResolutionId.parse("Council"));
    assertThrows(IllegalArgumentException.class, () -> ResolutionId.parse(""));
  }

  @Test
  void readsMeetingRanges() {
    assertEquals(new MeetingRange(20, 20), MeetingRange.parse("20"));
    assertEquals(new MeetingRange(18, 22), MeetingRange.parse("18-22"));
    assertTrue(MeetingRange.parse("18-22").contains(22));
    assertFalse(MeetingRange.parse("18-22").contains(null));
    assertThrows(IllegalArgumentException.class, () -> MeetingRange.parse("22-18"));
    assertThrows(IllegalArgumentException.class, () -> MeetingRange.parse("all"));
  }

  @Test
  void catalogueKnowsTheResolutionsOfCwgInternet() {
    ResolutionCatalogue catalogue = ResolutionCatalogue.builtIn();
    for (String key : List.of("PP 101", "PP 102", "PP 133", "PP 140", "PP 180", "PP 206",
        "Council 1305", "Council 1336", "Council 1344")) {
      String[] parts = key.split(" ");
      assertTrue(catalogue.title(new ResolutionId(parts[0], parts[1])).isPresent(), key);
    }
    assertEquals(Optional.empty(), catalogue.title(new ResolutionId("WTSA", "999")));
  }
}
