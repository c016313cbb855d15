package org.cwg.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;

/**
 * The structure fixtures under {@code src/test/resources/structure}: each {@code NAME.json} names
 * its input (a text file, or paragraphs as the Word parser gives them), the file name to pretend,
 * an optional manifest row, and its expectations in the shape of the seeds' gold.
 */
final class Fixtures {

  /** One document to extract, with what it must give. */
  record Case(String name, ParsedDocument parsed, Path file, Manifest manifest, JsonNode expected) {

    DocumentStructure extract() {
      return new StructureExtractor(manifest).extract(parsed, file);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/structure/";
  private static final List<String> NAMES =
      List.of(
          "itu-cover",
          "revision-cover",
          "council-cover",
          "filename-only",
          "opcwgint-filename",
          "manifest-override",
          "french",
          "no-headings",
          "lettered-roman",
          "no-space",
          "artifacts",
          "word-auto-numbered",
          "word-headingb");

  private Fixtures() {}

  /** The fixtures of this package. */
  static Stream<Case> own() {
    return NAMES.stream().map(Fixtures::load);
  }

  /** The seeds in their plain-text form, with the gold as expectations. */
  static Stream<Case> seeds() {
    List<Case> cases = new ArrayList<>();
    for (JsonNode doc : SeedGoldTest.gold().get("documents")) {
      String file = doc.get("file").asText();
      cases.add(
          new Case(
              file,
              ParsedDocument.ofPlainText(SeedGoldTest.seedText(file)),
              Path.of(file),
              Manifest.none(),
              doc));
    }
    return cases.stream();
  }

  private static Case load(String name) {
    JsonNode spec = readTree(resource(name + ".json"));
    ParsedDocument parsed =
        spec.has("blocks")
            ? formatted(spec.get("blocks"))
            : ParsedDocument.ofPlainText(resource(spec.get("input").asText()));
    Path file = Path.of(spec.get("file").asText());
    return new Case(name, parsed, file, manifestOf(spec, file), spec);
  }

  private static ParsedDocument formatted(JsonNode blocks) {
    List<Block> list = new ArrayList<>();
    for (JsonNode b : blocks) {
      list.add(
          new Block(
              b.get("text").asText(),
              b.has("style") ? b.get("style").asText() : null,
              b.path("headingLevel").asInt(0),
              b.path("bold").asBoolean(false),
              b.path("listItem").asBoolean(false),
              Block.Region.BODY));
    }
    return new ParsedDocument(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        list,
        Map.of(),
        true);
  }

  /** A one-row manifest written to a temporary JSON file and read back as users' would be. */
  private static Manifest manifestOf(JsonNode spec, Path file) {
    if (!spec.has("manifest")) {
      return Manifest.none();
    }
    try {
      Path temp = Files.createTempFile("manifest", ".json");
      try {
        Files.writeString(
            temp,
            JSON.writeValueAsString(Map.of(file.getFileName().toString(), spec.get("manifest"))));
        return Manifest.load(temp);
      } finally {
        Files.delete(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
