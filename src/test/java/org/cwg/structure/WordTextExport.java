package org.cwg.structure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cwg.parse.DocumentParser;
import org.cwg.parse.ParserLimits;

/** A document saved as Word's plain-text export (CRLF lines) and read whole, parser included. */
final class WordTextExport {

  private WordTextExport() {}

  static DocumentStructure read(Path dir, String name, String... lines) throws Exception {
    Path file = dir.resolve(name + ".txt");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      return new StructureExtractor(Manifest.none()).extract(parser.parse(file), file);
    }
  }
}
