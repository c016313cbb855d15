package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word's non-breaking and optional hyphens are elements of their own in a .docx, which the
 * streaming extractor drops: they come back as the characters they stand for.
 */
class WordHyphensTest {

  @TempDir Path dir;

  @Test
  void keepsTheNonBreakingHyphenOfItuT() throws Exception {
    Path file =
        DocxFixture.create()
            .raw(
                "<w:p><w:r><w:t xml:space=\"preserve\">Recommendation ITU</w:t></w:r>"
                    + "<w:r><w:noBreakHyphen/><w:t>T A.1</w:t></w:r></w:p>")
            .raw("<w:p><w:r><w:t>Tele</w:t><w:softHyphen/><w:t>communication</w:t></w:r></w:p>")
            .paragraph("An ordinary paragraph")
            .write(dir.resolve("hyphens.docx"));
    List<String> texts = texts(file);
    assertEquals(
        List.of(
            "Recommendation ITU\u2011T A.1", "Tele\u00adcommunication", "An ordinary paragraph"),
        texts);
  }

  @Test
  void leavesAPackageWithoutSuchHyphensAsItIs() throws Exception {
    Path file =
        DocxFixture.create()
            .paragraph("ITU-T typed with a plain hyphen")
            .write(dir.resolve("plain.docx"));
    assertTrue(WordHyphens.restored(file).isEmpty());
    assertEquals(List.of("ITU-T typed with a plain hyphen"), texts(file));
  }

  @Test
  void writesEachHyphenElementAsATextElementWithTheSamePrefix() {
    assertEquals(
        "<w:r><w:t>ITU</w:t><w:t>\u2011</w:t><w:t>T</w:t></w:r>",
        WordHyphens.withHyphensAsText("<w:r><w:t>ITU</w:t><w:noBreakHyphen/><w:t>T</w:t></w:r>"));
    assertEquals("<x:t>\u00ad</x:t>", WordHyphens.withHyphensAsText("<x:softHyphen />"));
  }

  private static List<String> texts(Path file) throws Exception {
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      return parser.parse(file).blocks().stream()
          .map(Block::text)
          .filter(text -> !text.isBlank())
          .toList();
    }
  }
}
