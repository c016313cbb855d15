package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.model.Section;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;

/** Documents made of blocks as the parser gives them, and their outline written one line each. */
final class Outlines {

  private Outlines() {}

  /** Each expected line is "kind|level|number|heading", the number empty when there is none. */
  static void assertOutline(ParsedDocument parsed, String... expected) {
    DocumentStructure structure =
        new StructureExtractor(Manifest.none()).extract(parsed, Path.of("test.docx"));
    List<String> actual = new ArrayList<>();
    for (Section s : structure.sections()) {
      actual.add(
          s.kind().id()
              + "|"
              + s.level()
              + "|"
              + (s.number() == null ? "" : s.number())
              + "|"
              + s.heading());
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }

  static ParsedDocument plain(String text) {
    return ParsedDocument.ofPlainText(text);
  }

  static ParsedDocument word(List<Block> blocks) {
    return new ParsedDocument(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        blocks,
        Map.of(),
        true);
  }

  static ParsedDocument pdf(List<Block> blocks) {
    return new ParsedDocument("application/pdf", blocks, Map.of(), true);
  }

  static Block body(String text) {
    return new Block(text, null, 0, false, false, Block.Region.BODY);
  }

  static Block boldBody(String text) {
    return new Block(text, null, 0, true, false, Block.Region.BODY);
  }

  static Block cell(String text) {
    return new Block(text, null, 0, false, false, Block.Region.TABLE);
  }

  static Block boldTable(String text) {
    return new Block(text, null, 0, true, false, Block.Region.TABLE);
  }

  static Block styled(String text, String style) {
    return new Block(text, style, 0, false, false, Block.Region.BODY);
  }

  static Block heading(String text, int level) {
    return new Block(text, "h" + level, level, false, false, Block.Region.BODY);
  }
}
