package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.model.DocumentReference;
import org.cwg.model.ResolutionMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every citation form of the fixtures, in English and in ITU's other languages, every reference
 * form, and every look-alike that is not a citation.
 */
class CitationFormsTest {

  private final CitationExtractor extractor = new CitationExtractor();

  static Stream<CitationFixtures.Case> cases() throws IOException {
    return Stream.of("/cite/fixtures.json", "/cite/languages.json", "/cite/references.json")
        .flatMap(CitationFormsTest::load);
  }

  private static Stream<CitationFixtures.Case> load(String resource) {
    try {
      return CitationFixtures.load(resource).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatIsWritten(CitationFixtures.Case fixture) {
    Citations found = extractor.extract(fixture.text(), List.of(), fixture.own());
    List<ResolutionMention> mentions = found.resolutions();
    if (fixture.resolutions() != null) {
      assertEquals(
          fixture.resolutions(), mentions.stream().map(CitationFixtures.Expected::of).toList());
    }
    if (fixture.texts() != null) {
      assertEquals(fixture.texts(), mentions.stream().map(ResolutionMention::text).toList());
    }
    if (fixture.titles() != null) {
      assertEquals(fixture.titles(), mentions.stream().map(ResolutionMention::title).toList());
    }
    if (fixture.references() != null) {
      assertEquals(
          fixture.references(), found.references().stream().map(DocumentReference::id).toList());
    }
    if (fixture.referenceTexts() != null) {
      assertEquals(
          fixture.referenceTexts(),
          found.references().stream().map(DocumentReference::text).toList());
    }
    for (ResolutionMention m : mentions) {
      assertEquals(m.text(), fixture.text().substring(m.start(), m.end()));
    }
    for (DocumentReference r : found.references()) {
      assertEquals(r.text(), fixture.text().substring(r.start(), r.end()));
    }
  }
}
