package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.render.FittedOutput;
import org.cwg.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** Entry point: builds the command line, runs it and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    configureLogging(
        Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v"));
    Pager pager = Pager.startFor(args, System.getenv());
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(
                pager == null ? System.out : pager.input(), StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = newCommandLine(out, err).execute(args);
    out.flush();
    err.flush();
    if (pager != null) {
      pager.finish();
    }
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
    FormatCheck.nameOnlyOwnFormats(commandLine);
    return commandLine;
  }

  /**
   * Runs the command; picocli hands exceptions to the {@link ErrorReporter} but lets errors (a
   * stack overflow, an assertion) escape, so they are handed over the same way.
   */
  private static int runReportingErrors(ParseResult parsed) {
    ParseResult last = parsed;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    CommandLine command = last.commandSpec().commandLine();
    Map<String, String> env = System.getenv();
    Terminal.colourThisRun(Terminal.colour(colourMode(last), env));
    PrintWriter out = command.getOut();
    if (writesText(last)) {
      command.setOut(new FittedOutput(out, Terminal.columns(env)));
    }
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (Error e) {
      throw new CommandLine.ExecutionException(command, e.toString(), e);
    } finally {
      command.getOut().flush();
      command.setOut(out);
    }
  }

  private static Terminal.ColorMode colourMode(ParseResult command) {
    OptionSpec option = command.commandSpec().findOption("--color");
    return option == null || option.getValue() == null
        ? Terminal.ColorMode.AUTO
        : option.getValue();
  }

  /**
   * Results to read on a terminal, as text (not JSON, CSV or Markdown for programs): fitted to its
   * width. Validation findings (CI logs), ingest summaries, section texts, reference lists (whole
   * paths) and trend charts (whose bars need the room) are left whole.
   */
  private static boolean writesText(ParseResult command) {
    OptionSpec format = command.commandSpec().findOption("--format");
    return FITTED_COMMANDS.contains(command.commandSpec().name())
        && format != null
        && format.getValue() == Format.TEXT;
  }

  private static final java.util.Set<String> FITTED_COMMANDS =
      java.util.Set.of(
          "list",
          "show",
          "sections",
          "search",
          "kwic",
          "trend",
          "cites",
          "stats",
          "outcome",
          "meeting",
          "reuse",
          "similar");

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
