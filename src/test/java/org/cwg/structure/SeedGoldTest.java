package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cwg.parse.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed documents meet {@code gold/seeds.json} exactly. Each form of a seed (plain text
 * now; Word once the generated .docx versions exist) is one more method source handing a
 * {@link ParsedDocument} to {@link #meetsGold}.
 */
class SeedGoldTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode gold() {
    try (InputStream in = SeedGoldTest.class.getResourceAsStream("/gold/seeds.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seedText(String file) {
    try (InputStream in = SeedGoldTest.class.getResourceAsStream("/seeds/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> plainTextSeeds() {
    List<Arguments> seeds = new ArrayList<>();
    for (JsonNode doc : gold().get("documents")) {
      String file = doc.get("file").asText();
      seeds.add(Arguments.of(file, ParsedDocument.ofPlainText(seedText(file)), doc));
    }
    return seeds.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainTextSeeds")
  void meetsGold(String file, ParsedDocument parsed, JsonNode expected) {
    DocumentStructure structure =
        new StructureExtractor(Manifest.none()).extract(parsed, Path.of(file));
    List<Expectations.Check> failed = Expectations.compare(file, expected, structure).stream()
        .filter(check -> !check.passed()).toList();
    assertTrue(failed.isEmpty(), () -> failed.stream().map(Object::toString)
        .collect(Collectors.joining("\n", "\n", "\n")));
  }
}
