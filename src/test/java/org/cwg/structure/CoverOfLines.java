package org.cwg.structure;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cwg.model.Metadata;

/** The metadata of a cover given as its lines, as text or PDF text gives them. */
final class CoverOfLines {

  private CoverOfLines() {}

  static Metadata read(String fileName, String... lines) {
    List<CoverLine> cover = Stream.of(lines).map(CoverLine::body).toList();
    return MetadataReader.read(Map.of(), cover, null, fileName, Map.of(), List.of(), "");
  }
}
