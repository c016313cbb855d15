package org.cwg.structure;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cwg.model.Metadata;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;

/** Extracts metadata and sections from a parsed document. Thread-safe. */
public final class StructureExtractor {

  private final Manifest manifest;

  public StructureExtractor(Manifest manifest) {
    this.manifest = manifest;
  }

  public DocumentStructure extract(ParsedDocument parsed, Path file) {
    String text = parsed.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    return new DocumentStructure(Metadata.empty(), text, List.of(), List.of(), List.of());
  }

  Manifest manifest() {
    return manifest;
  }
}
