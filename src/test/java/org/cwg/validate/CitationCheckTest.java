package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cwg.cite.CitationExtractor;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.model.SourceFile;
import org.cwg.parse.Block;
import org.cwg.parse.EditingTraces;
import org.junit.jupiter.api.Test;

/**
 * The citation rules on sentences as drafters write them, read by the real citation finder: which
 * ones are warned, and for what. Each text is dated so that "the latest revision" is that of its
 * year.
 */
class CitationCheckTest {

  @Test
  void aListSharingOneRevisionIsNotWarnedPerNumber() {
    assertEquals(
        List.of(),
        citationFindings(
            "2025-03-01",
            "Taking into account Resolutions 101,"
                + " 102 and 133 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, we propose."));
  }

  @Test
  void aListWithoutRevisionIsWarnedForEachNumberOnce() {
    assertEquals(
        List.of(
            "citation-missing-revision: first mention of PP Resolution 101 gives" + " no revision",
            "citation-missing-revision: first mention of PP Resolution 102" + " gives no revision"),
        citationFindings(
            "2025-03-01",
            "Recalling PP Resolutions 101 and 102, and again"
                + " Resolution 101 of the Plenipotentiary Conference."));
  }

  @Test
  void unitedNationsResolutionsNeedNoRevision() {
    assertEquals(
        List.of(),
        citationFindings(
            "2025-03-01",
            "Recalling General Assembly"
                + " resolution 70/125, UNGA Resolution 70/299, A/RES/70/1, ECOSOC resolution 2016/22"
                + " and Security Council resolution 2341 (2017)."));
  }

  @Test
  void anOlderRevisionThanTheLatestIsOutdated() {
    assertEquals(
        List.of(
            "citation-outdated-revision: PP Resolution 101 is cited as of 2018"
                + " but was revised in Bucharest, 2022"),
        citationFindings(
            "2026-01-15",
            "In line with Resolution 101 (Rev. Dubai, 2018) of the"
                + " Plenipotentiary Conference, and later Resolution 101 (Rev. Dubai, 2018) again."));
  }

  @Test
  void aRevisionIsOutdatedOnlyOnceANewerOneWasMade() {
    assertEquals(
        List.of(),
        citationFindings(
            "2019-05-02",
            "In line with Resolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference."));
  }

  @Test
  void theLatestRevisionAndCouncilModificationsPass() {
    assertEquals(
        List.of(),
        citationFindings(
            "2026-01-15",
            "PP Resolution 102 (Rev. Bucharest,"
                + " 2022) and Council Resolution 1305 (Modified 2019) set the scope."));
  }

  @Test
  void aNumberTheBodyNeverGaveIsUnknown() {
    assertEquals(
        List.of("citation-unknown-resolution: no WTDC Resolution 305 has ever been adopted"),
        citationFindings("2026-01-15", "As WTDC Resolution 305 (Rev. Kigali, 2022) says."));
  }

  @Test
  void aBodyWhoseNumbersAreNotCataloguedIsNeverSaidToLackOne() {
    assertEquals(
        List.of(),
        citationFindings(
            "2026-01-15",
            "Recalling Council Resolution 1999 (Modified 2024) and WRC Resolution 999 (Rev. WRC-23)."));
  }

  @Test
  void aDeducedBodyWithoutSuchAResolutionFallsBackToTheOneThatHasIt() {
    assertEquals(
        List.of(),
        citationFindings(
            "2026-01-15",
            "WTDC Resolution 37 (Rev. Kigali,"
                + " 2022) and Resolution 133 (Rev. Bucharest, 2022) both apply."));
  }

  /** Citation findings as "rule: message up to the quote". */
  private static List<String> citationFindings(String date, String text) {
    Metadata metadata =
        new Metadata(
            "CWG-Internet-30/4",
            "CWG-Internet",
            30,
            null,
            null,
            date,
            List.of("Someone"),
            "A title",
            "contribution",
            "en",
            Map.of("number", Provenance.COVER));
    var citations = new CitationExtractor().extract(text, List.of(), "CWG-Internet-30/4");
    DocumentRecord record =
        new DocumentRecord(
            "id",
            new SourceFile("draft.txt", null, 1, 0, "text/plain"),
            metadata,
            List.of(),
            List.of(),
            List.of(),
            citations.resolutions(),
            citations.references(),
            text,
            1);
    CheckedDocument doc =
        new CheckedDocument(
            "draft.txt", record, List.of(Block.plain(text)), true, EditingTraces.NONE);
    Findings findings = new Findings(RuleSettings.defaults());
    CitationCheck.run(doc, findings);
    return findings.list().stream()
        .map(f -> f.rule() + ": " + f.message().replaceFirst(":? ?\".*$", ""))
        .toList();
  }
}
