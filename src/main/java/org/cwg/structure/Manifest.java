package org.cwg.structure;

import java.nio.file.Path;
import java.util.Map;

/** An analyst's table of known metadata, by file. */
public final class Manifest {

  private static final Manifest NONE = new Manifest(Map.of());

  private final Map<String, Map<String, String>> byFile;

  private Manifest(Map<String, Map<String, String>> byFile) {
    this.byFile = byFile;
  }

  public static Manifest none() {
    return NONE;
  }

  /** Fields the manifest gives for a file, by metadata field name; empty when none. */
  public Map<String, String> fieldsFor(Path file) {
    return byFile.getOrDefault(file.getFileName().toString(), Map.of());
  }
}
