package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.Golden;
import org.cwg.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The findings on the five sample documents, exactly, as a golden file (see {@link Golden} for
 * rewriting it after a deliberate change).
 */
class SampleFindingsTest {

  @Test
  void theFiveSamplesAsTextAndAsWord() throws IOException {
    Path samples = Path.of("samples");
    assumeTrue(Files.isDirectory(samples.resolve("txt")), "no samples/txt; skipped");
    List<Path> files;
    // The five samples, not their language versions (samples/versions).
    try (Stream<Path> walk =
        Stream.concat(Files.walk(samples.resolve("txt")), Files.walk(samples.resolve("docx")))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(10, files.size(), "the five samples as .txt and .docx in " + samples);
    ValidationReport report;
    try (Validator validator = new Validator(null)) {
      report = validator.validate(files, null);
    }
    // Findings name files as given; the golden file names them relative to samples/.
    ValidationReport byName =
        ValidationReport.of(
            report.files().stream()
                .map(
                    f ->
                        new FileReport(
                            samples.relativize(Path.of(f.path())).toString(),
                            f.type(),
                            f.findings()))
                .toList());
    String actual = Json.pretty().writeValueAsString(byName) + "\n";
    Golden.assertMatches("validate/samples-findings.json", actual);
  }
}
