package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Per-field accuracy over every fixture and seed, printed so that a regression shows in the CI log
 * as a number that dropped, not only as a failed case.
 */
class StructureAccuracyTest {

  @Test
  void everyFieldIsRightEverywhere() {
    List<Expectations.Check> checks = new ArrayList<>();
    Stream.concat(Fixtures.seeds(), Fixtures.own())
        .forEach(
            fixture ->
                checks.addAll(
                    Expectations.compare(fixture.name(), fixture.expected(), fixture.extract())));
    Map<String, int[]> byField = new TreeMap<>();
    for (Expectations.Check check : checks) {
      int[] counts = byField.computeIfAbsent(check.field(), f -> new int[2]);
      counts[1]++;
      if (check.passed()) {
        counts[0]++;
      }
    }
    StringBuilder report = new StringBuilder("Structure accuracy (fixtures and seeds)\n");
    int passed = 0;
    for (Map.Entry<String, int[]> field : byField.entrySet()) {
      int[] c = field.getValue();
      passed += c[0];
      report.append(
          String.format(
              Locale.ROOT,
              "  %-22s %4d/%-4d %6.1f%%%n",
              field.getKey(),
              c[0],
              c[1],
              100.0 * c[0] / c[1]));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "  %-22s %4d/%-4d %6.1f%%%n",
            "all",
            passed,
            checks.size(),
            100.0 * passed / checks.size()));
    System.out.print(report);
    assertEquals(checks.size(), passed, report.toString());
  }
}
