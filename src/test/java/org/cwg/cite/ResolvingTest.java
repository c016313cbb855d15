package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cwg.model.DocumentReference;
import org.cwg.model.MeetingRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference resolution, what users type for a resolution, and meeting ranges. */
class ResolvingTest {

  private final DocumentDirectory directory =
      new DocumentDirectory(
          Map.of(
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
  void resolvesAcrossRevisionSpellingsInEveryFamily() {
    DocumentDirectory families =
        new DocumentDirectory(
            Map.of(
                "fg", "FG-AINN-I-236(Rev.1)",
                "td", "SG17-TD2484",
                "wp", "5D/123",
                "pp", "PP-22/64",
                "old", "FG-AINN-I-262-R1"));
    assertEquals(Optional.of("fg"), families.resolve("FG-AINN-I-236-R1"));
    assertEquals(Optional.of("fg"), families.resolve("FG-AINN-I-236 Rev.1"));
    assertEquals(Optional.of("fg"), families.resolve("FG-AINN-I-236"));
    assertEquals(Optional.of("td"), families.resolve("TD 2484 (GEN/17)"));
    assertEquals(Optional.of("wp"), families.resolve("R23-WP5D-C-0123"));
    assertEquals(Optional.of("pp"), families.resolve("PP-22/64(Rev.1)"));
    assertEquals(Optional.of("old"), families.resolve("FG-AINN-I-262(Rev.1)"));
    assertEquals(Optional.empty(), families.resolve("SG17-TD2485"));
  }

  @Test
  void resolverSetsTargets() {
    List<DocumentReference> resolved =
        ReferenceResolver.resolve(
            List.of(
                new DocumentReference("C24/45", "C24/45-E", 0, 8, false, null),
                new DocumentReference("C24/46", "C24/46", 10, 16, false, null)),
            directory);
    assertTrue(resolved.get(0).resolved());
    assertEquals("d", resolved.get(0).target());
    assertFalse(resolved.get(1).resolved());
    assertEquals(null, resolved.get(1).target());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
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
  void catalogueKnowsRevisionsAndHowFarNumbersGo() {
    ResolutionCatalogue catalogue = ResolutionCatalogue.builtIn();
    ResolutionId pp101 = new ResolutionId("PP", "101");
    assertEquals("Minneapolis, 1998", catalogue.revisions(pp101).get(0).toString());
    assertEquals("Bucharest, 2022", catalogue.latestBy(pp101, 2026).orElseThrow().toString());
    assertEquals("Dubai, 2018", catalogue.latestBy(pp101, 2021).orElseThrow().toString());
    assertEquals(Optional.empty(), catalogue.latestBy(pp101, 1990));
    assertTrue(catalogue.neverAdopted(new ResolutionId("WTDC", "133")));
    assertFalse(catalogue.neverAdopted(new ResolutionId("WTDC", "37")));
    assertFalse(catalogue.neverAdopted(new ResolutionId("Council", "9999")));
    assertFalse(catalogue.neverAdopted(new ResolutionId("UNGA", "70/999")));
    assertEquals(List.of("PP"), catalogue.bodiesWith("133"));
    assertEquals(Optional.of(2019), ResolutionCatalogue.yearOf("Modified 2019"));
    assertEquals(Optional.of(2019), ResolutionCatalogue.yearOf("Rev.WRC-19"));
    assertEquals(Optional.empty(), ResolutionCatalogue.yearOf("Rev. Bucharest"));
    assertFalse(ResolutionCatalogue.isRevised("UNGA"));
    assertTrue(ResolutionCatalogue.isRevised("PP"));
  }

  @Test
  void aDeducedBodyNoCatalogueEntryHoldsIsLeftUnknown() {
    List<ResolutionFinder.Mention> found =
        new ResolutionFinder()
            .find("WTSA Resolution 64 (Rev. Dubai, 2012) and Resolution 205 were discussed.");
    assertEquals("WTSA", found.get(0).body());
    assertEquals(null, found.get(1).body());
    assertTrue(found.get(1).inferred());
  }

  @Test
  void catalogueKnowsTheResolutionsOfCwgInternet() {
    ResolutionCatalogue catalogue = ResolutionCatalogue.builtIn();
    for (String key :
        List.of(
            "PP 101",
            "PP 102",
            "PP 133",
            "PP 140",
            "PP 180",
            "PP 206",
            "Council 1305",
            "Council 1336",
            "Council 1344")) {
      String[] parts = key.split(" ");
      assertTrue(catalogue.title(new ResolutionId(parts[0], parts[1])).isPresent(), key);
    }
    assertEquals(Optional.empty(), catalogue.title(new ResolutionId("WTSA", "999")));
  }
}
