package org.cwg.render;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.cwg.json.Json;

/** Writes any result record as indented JSON followed by a newline. */
public final class JsonRenderer {

  /** Made once: a writer per call cost a request of the server a few microseconds for nothing. */
  private static final ObjectWriter WRITER =
      Json.pretty().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonRenderer() {}

  public static void render(Object result, PrintWriter out) {
    try {
      WRITER.writeValue(out, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
