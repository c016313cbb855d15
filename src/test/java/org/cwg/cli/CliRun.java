package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.cwg.json.Json;

/** Runs a cwg command in-process and captures what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The JSON it printed, once it is known to have succeeded. */
  JsonNode json() throws IOException {
    assertEquals(0, exitCode, err);
    return Json.mapper().readTree(out);
  }
}
