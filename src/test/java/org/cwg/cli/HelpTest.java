package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpTest {

  @Test
  void theTopLevelHelpShowsTheExitCodeTable() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(
        run.out()
            .contains(
                "Exit codes:\n"
                    + "   0     ok: everything worked, nothing failed\n"
                    + "   1     findings or failures"),
        run.out());
    assertTrue(run.out().contains("\n   2     usage error: "), run.out());
    assertTrue(run.out().contains("\n   3     internal error: "), run.out());
    assertTrue(run.out().contains("\n   130   interrupted: "), run.out());
  }

  @Test
  void everyCommandPointsToTheTableInsteadOfRepeatingIt() {
    for (String command :
        Main.newCommandLine(
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()))
            .getSubcommands()
            .keySet()) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertFalse(run.out().contains("Exit codes:\n"), command + ":\n" + run.out());
      assertTrue(
          run.out().endsWith("\nExit codes: see 'cwg --help'.\n"), command + ":\n" + run.out());
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
