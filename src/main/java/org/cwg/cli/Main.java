package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point: builds the command line, runs it and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    configureLogging(
        Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v"));
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = newCommandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * A fully configured command line writing to the given streams; tests run commands through this
   * in-process.
   */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    return configure(new CommandLine(new CwgCommand()), out, err);
  }

  /** Streams, error handling and help sections for a command line and all its subcommands. */
  static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionStrategy(Main::runReportingErrors);
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    commandLine.setParameterExceptionHandler(new ErrorReporter());
    commandLine.setExitCodeExceptionMapper(ErrorReporter::exitCodeOf);
    applyExitCodeTable(commandLine);
    return commandLine;
  }

  /**
   * Runs the command; picocli hands exceptions to the {@link ErrorReporter} but lets errors (a
   * stack overflow, an assertion) escape, so they are handed over the same way.
   */
  private static int runReportingErrors(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (Error e) {
      ParseResult last = parsed;
      while (last.subcommand() != null) {
        last = last.subcommand();
      }
      throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.toString(), e);
    }
  }

  /** The exit-code table under {@code cwg --help}; every command's help points there. */
  private static void applyExitCodeTable(CommandLine commandLine) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String code : List.of("0", "1", "2", "3", "130")) {
      table.put(" " + code, ExitCodes.HELP.get(code));
    }
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(table);
    pointToTheExitCodeTable(commandLine.getSubcommands().values());
  }

  private static void pointToTheExitCodeTable(Iterable<CommandLine> commands) {
    for (CommandLine command : commands) {
      command
          .getCommandSpec()
          .usageMessage()
          .footerHeading("%n")
          .footer("Exit codes: see 'cwg --help'.");
      pointToTheExitCodeTable(command.getSubcommands().values());
    }
  }

  /** Kept so that the level set on it survives: java.util.logging holds loggers weakly. */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  /**
   * Tika, POI and PDFBox log through slf4j-simple, Lucene through java.util.logging (on newer JDKs
   * it announces the vector API it could use): all silent unless --verbose.
   */
  static void configureLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "warn" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    LUCENE_LOG.setLevel(verbose ? java.util.logging.Level.WARNING : java.util.logging.Level.OFF);
  }
}
