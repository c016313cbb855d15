package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit code 1 is a finding, 2 the user's mistake, 3 a failure of cwg itself. */
class ExitCodeTest {

  @TempDir Path dir;

  @Test
  void aDamagedIndexIsAnInternalErrorOnOneLine() throws Exception {
    Path index = Files.createDirectories(dir.resolve("index"));
    Files.write(index.resolve("segments_1"), "not a Lucene commit".getBytes());
    CliRun run = CliRun.of("list", "--index", index.toString());
    assertEquals(ExitCodes.INTERNAL, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("cwg: internal error: "), run.err());
    assertTrue(run.err().endsWith("(run again with --verbose for the stack trace)\n"), run.err());
  }

  @Test
  void withVerboseTheStackTraceFollowsTheMessage() throws Exception {
    Path index = Files.createDirectories(dir.resolve("index"));
    Files.write(index.resolve("segments_1"), "not a Lucene commit".getBytes());
    CliRun run = CliRun.of("list", "--verbose", "--index", index.toString());
    assertEquals(ExitCodes.INTERNAL, run.exitCode(), run.err());
    assertTrue(run.err().lines().count() > 3, run.err());
    assertTrue(run.err().lines().anyMatch(line -> line.startsWith("\tat org.cwg.")), run.err());
  }

  @Test
  void aBugInACommandIsAnInternalError() {
    CliRun run = runWith(new Crashing(new NullPointerException("no record")), "crash");
    assertEquals(ExitCodes.INTERNAL, run.exitCode());
    assertEquals(
        "cwg: internal error: NullPointerException: no record"
            + " (run again with --verbose for the stack trace)\n",
        run.err());
  }

  @Test
  void anErrorOfTheJvmIsAnInternalErrorToo() {
    CliRun run = runWith(new Crashing(new StackOverflowError()), "crash");
    assertEquals(ExitCodes.INTERNAL, run.exitCode());
    assertTrue(run.err().startsWith("cwg: internal error: StackOverflowError"), run.err());
  }

  @Test
  void aMissingFileIsTheUsersMistake() {
    CliRun run =
        CliRun.of(
            "show",
            "--index",
            dir.resolve("no-index").toString(),
            dir.resolve("nowhere.docx").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("cwg: "), run.err());
  }

  @Test
  void anUnknownOptionIsTheUsersMistake() {
    CliRun run = CliRun.of("search", "--no-such-option", "x");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
  }

  @Test
  void aFileThatCannotBeReadIsAFailureNotACrash() throws Exception {
    Path noise = Files.write(dir.resolve("noise.docx"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    CliRun run = CliRun.of("show", "--index", dir.resolve("no-index").toString(), noise.toString());
    assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void findingsAtTheThresholdExitOne() throws Exception {
    Files.writeString(
        dir.resolve(".cwg-rules.json"),
        "{\"rules\": {\"type-unknown\": {\"enabled\": false},"
            + " \"number-missing\": {\"enabled\": false},"
            + " \"meeting-missing\": {\"enabled\": false}}}");
    Path draft =
        Files.writeString(dir.resolve("draft.txt"), "Purpose\n[bookmark: _Hlk1]To discuss.\n");
    CliRun run = CliRun.of("validate", "--fail-on", "warning", draft.toString());
    assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
  }

  /** The real command line with one more command, which fails the way a bug would. */
  private static CliRun runWith(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new CwgCommand()).addSubcommand("crash", command);
    Main.configure(commandLine, new PrintWriter(out, true), new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Command(name = "crash")
  static final class Crashing implements Callable<Integer> {
    private final Throwable failure;

    Crashing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure;
    }
  }
}
