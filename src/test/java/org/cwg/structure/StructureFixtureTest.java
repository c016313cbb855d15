package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each variant fixture (covers, file names, manifest, French, Word numbering...) exactly. */
class StructureFixtureTest {

  static Stream<Fixtures.Case> fixtures() {
    return Fixtures.own();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void meetsItsExpectations(Fixtures.Case fixture) {
    List<Expectations.Check> failed =
        Expectations.compare(fixture.name(), fixture.expected(), fixture.extract()).stream()
            .filter(check -> !check.passed())
            .toList();
    assertTrue(
        failed.isEmpty(),
        () -> failed.stream().map(Object::toString).collect(Collectors.joining("\n", "\n", "\n")));
  }
}
