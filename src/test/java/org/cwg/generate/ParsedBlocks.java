package org.cwg.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cwg.parse.Block;
import org.cwg.parse.DocumentParser;
import org.cwg.parse.ParsedDocument;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;

/** Reads generated files back through cwg's real parser, one shared instance for all tests. */
final class ParsedBlocks {

  private static final DocumentParser PARSER = new DocumentParser(ParserLimits.defaults());

  private ParsedBlocks() {}

  static ParsedDocument parse(Path file) throws UnreadableFileException {
    return PARSER.parse(file);
  }

  /** One line a block: heading level, style, bold, region and text, for exact comparisons. */
  static List<String> describe(List<Block> blocks) {
    return blocks.stream()
        .map(
            b ->
                b.headingLevel()
                    + " "
                    + b.style()
                    + " "
                    + (b.bold() ? "bold" : "-")
                    + " "
                    + b.region()
                    + " | "
                    + b.text())
        .collect(Collectors.toList());
  }
}
