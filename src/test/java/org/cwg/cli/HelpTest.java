package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpTest {

  @Test
  void everyCommandShowsTheExitCodeTable() {
    for (String command :
        Main.newCommandLine(
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()))
            .getSubcommands()
            .keySet()) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(
          run.out()
              .contains(
                  "Exit codes:\n"
                      + "   0   ok: everything worked, nothing failed\n"
                      + "   1   findings or failures"),
          command + ":\n" + run.out());
    }
  }

  @Test
  void versionNamesTheProgram() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("cwg "), run.out());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("cwg: Unmatched argument at index 0: 'frobnicate'"), run.err());
  }
}
