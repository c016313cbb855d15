package org.cwg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The files under {@code /assets/}: a fixed list packed in the jar, read once at start. An address
 * is looked up by its exact name in that list, so no path (with {@code ..}, escapes or a leading
 * slash) can reach anything else.
 */
final class Assets {

  private static final String FOLDER = "/org/cwg/serve/assets/";

  /** The assets and their media types; nothing else is ever served from the class path. */
  private static final Map<String, String> NAMES = Map.of("cwg.css", "text/css; charset=utf-8");

  private final Map<String, Response> packed;

  private Assets(Map<String, Response> packed) {
    this.packed = packed;
  }

  static Assets packed() {
    Map<String, Response> packed = new java.util.HashMap<>();
    NAMES.forEach((name, type) -> packed.put(name, new Response(200, type, read(name), true)));
    return new Assets(Map.copyOf(packed));
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("asset missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The asset at this raw (undecoded) name, if it is one of the packed ones. */
  Optional<Response> get(String rawName) {
    return Optional.ofNullable(packed.get(rawName));
  }
}
