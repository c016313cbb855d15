package org.cwg.cite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The titles of the resolutions that matter to CWG-Internet, kept in {@code resolutions.tsv}
 * beside this class so that adding one is a one-line change. Citations of resolutions missing
 * here work all the same; they just show no title unless a document quotes one.
 */
public final class ResolutionCatalogue {

  private static final ResolutionCatalogue BUILT_IN = load("resolutions.tsv");

  private final Map<ResolutionId, String> titles;

  private ResolutionCatalogue(Map<ResolutionId, String> titles) {
    this.titles = Map.copyOf(titles);
  }

  public static ResolutionCatalogue builtIn() {
    return BUILT_IN;
  }

  /** The catalogue's title of a resolution. */
  public Optional<String> title(ResolutionId id) {
    return Optional.ofNullable(titles.get(id));
  }

  /** Every resolution the catalogue knows. */
  public Map<ResolutionId, String> all() {
    return titles;
  }

  private static ResolutionCatalogue load(String resource) {
    Map<ResolutionId, String> titles = new LinkedHashMap<>();
    try (InputStream in = ResolutionCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 3);
        titles.put(new ResolutionId(cells[0], cells[1]), cells[2].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ResolutionCatalogue(titles);
  }
}
