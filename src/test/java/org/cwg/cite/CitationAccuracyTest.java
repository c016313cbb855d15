package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cwg.model.DocumentReference;
import org.cwg.model.ResolutionMention;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of citation extraction over every fixture: the forms file and the five
 * seeds. Printed so that a regression shows in the build log before it fails a threshold.
 */
class CitationAccuracyTest {

  private static final double FLOOR = 0.95;

  private final CitationExtractor extractor = new CitationExtractor();

  /** True positives, found and expected, summed over documents. */
  private static final class Tally {
    int hits;
    int found;
    int expected;

    <T> void add(List<T> expectedItems, List<T> foundItems) {
      Map<T, Integer> left = new HashMap<>();
      expectedItems.forEach(item -> left.merge(item, 1, Integer::sum));
      for (T item : foundItems) {
        if (left.getOrDefault(item, 0) > 0) {
          left.merge(item, -1, Integer::sum);
          hits++;
        }
      }
      found += foundItems.size();
      expected += expectedItems.size();
    }

    double precision() {
      return found == 0 ? 1 : (double) hits / found;
    }

    double recall() {
      return expected == 0 ? 1 : (double) hits / expected;
    }

    String line(String what) {
      return String.format(
          Locale.ROOT,
          "%-24s precision %.3f (%d/%d)  recall %.3f (%d/%d)",
          what,
          precision(),
          hits,
          found,
          recall(),
          hits,
          expected);
    }
  }

  @Test
  void precisionAndRecallOverAllFixtures() throws IOException {
    Tally resolutions = new Tally();
    Tally references = new Tally();
    for (CitationFixtures.Case fixture : CitationFixtures.load()) {
      Citations found = extractor.extract(fixture.text(), List.of(), fixture.own());
      if (fixture.resolutions() != null) {
        resolutions.add(
            fixture.resolutions().stream().map(e -> e.body() + " " + e.number()).toList(),
            found.resolutions().stream().map(ResolutionMention::key).toList());
      }
      if (fixture.references() != null) {
        references.add(
            fixture.references(), found.references().stream().map(DocumentReference::id).toList());
      }
    }
    for (SeedGold.Expected seed : SeedGold.load()) {
      Citations found = extractor.extract(SeedGold.seedText(seed.file()), List.of(), null);
      resolutions.add(
          seed.resolutions().stream()
              .flatMap(
                  r ->
                      java.util.Collections.nCopies(r.mentions(), r.body() + " " + r.number())
                          .stream())
              .toList(),
          found.resolutions().stream().map(ResolutionMention::key).toList());
      references.add(seed.references(), SeedGold.distinctIds(found.references()));
    }
    System.out.println(resolutions.line("resolution mentions"));
    System.out.println(references.line("document references"));
    assertTrue(
        resolutions.precision() >= FLOOR && resolutions.recall() >= FLOOR,
        resolutions.line("resolution mentions"));
    assertTrue(
        references.precision() >= FLOOR && references.recall() >= FLOOR,
        references.line("document references"));
  }
}
