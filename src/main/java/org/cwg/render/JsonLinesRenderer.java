package org.cwg.render;

import java.io.PrintWriter;
import org.cwg.json.Json;

/** Writes each element as one line of compact JSON (JSON Lines). */
public final class JsonLinesRenderer {

  private JsonLinesRenderer() {}

  public static void render(Iterable<?> results, PrintWriter out) {
    for (Object result : results) {
      out.println(Json.compact(result));
    }
    out.flush();
  }
}
