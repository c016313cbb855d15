package org.cwg.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.cwg.json.Json;

/** Writes any result record as indented JSON followed by a newline. */
public final class JsonRenderer {

  private JsonRenderer() {}

  public static void render(Object result, PrintWriter out) {
    try {
      Json.pretty()
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
