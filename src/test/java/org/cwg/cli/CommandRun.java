package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One in-process run of the command line, with what it wrote and its exit code.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CommandRun(int exit, String out, String err) {

  /** Where golden files live, and the property that rewrites them after a deliberate change. */
  private static final Path GOLDEN = Path.of("src/test/resources/org/cwg/cli/golden");

  private static final String UPDATE = "cwg.updateGolden";

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new CommandRun(exit, out.toString(), err.toString());
  }

  /** Asserts that stdout is the golden file {@code name}, which must exist. */
  void assertGolden(String name) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(file, out, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        out,
        "stdout differs from "
            + file
            + " (rerun with -D"
            + UPDATE
            + "=true after a deliberate"
            + " change, and review the diff)");
  }
}
