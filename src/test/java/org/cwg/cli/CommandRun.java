package org.cwg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.cwg.Golden;

/**
 * One in-process run of the command line, with what it wrote and its exit code.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CommandRun(int exit, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new CommandRun(exit, out.toString(), err.toString());
  }

  /** Asserts that stdout is the golden file {@code name} of the command-line tests. */
  void assertGolden(String name) throws IOException {
    Golden.assertMatches("org/cwg/cli/golden/" + name, out);
  }
}
