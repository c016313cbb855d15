package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.render.Json;
import org.junit.jupiter.api.Test;

/**
 * The findings on the five sample documents, exactly. The expectation is a golden file; after a
 * deliberate change to extraction or rules, rewrite it with {@code -Dcwg.golden.update=true} and
 * review the diff.
 */
class SampleFindingsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/validate/samples-findings.json");

  @Test
  void theFiveSamples() throws IOException {
    Path samples = Stream.of(Path.of("samples", "txt"), Path.of("../shared/seeds"))
        .filter(dir -> Files.isDirectory(dir)).findFirst().orElse(null);
    assumeTrue(samples != null, "no samples/txt nor ../shared/seeds; skipped");
    List<Path> files;
    try (Stream<Path> list = Files.list(samples)) {
      files = list.filter(p -> p.getFileName().toString().matches("00[0-4]_.*\\.txt")).sorted()
          .toList();
    }
    assumeTrue(files.size() == 5, "expected the five samples in " + samples);
    ValidationReport report;
    try (Validator validator = new Validator(null)) {
      report = validator.validate(files, null);
    }
    // Findings name files as given; the golden file names them without their folder.
    ValidationReport byName = ValidationReport.of(report.files().stream()
        .map(f -> new FileReport(Path.of(f.path()).getFileName().toString(), f.type(),
            f.findings()))
        .toList());
    String actual = Json.pretty().writeValueAsString(byName) + "\n";
    if (Boolean.getBoolean("cwg.golden.update")) {
      Files.writeString(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN), actual);
  }
}
