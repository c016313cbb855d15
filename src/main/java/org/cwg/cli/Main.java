package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

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
    CommandLine commandLine = new CommandLine(new CwgCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    commandLine.setParameterExceptionHandler(new ErrorReporter());
    commandLine.setExitCodeExceptionMapper(ErrorReporter::exitCodeOf);
    applyExitCodeTable(commandLine);
    return commandLine;
  }

  /** The same exit-code table under every command's --help. */
  private static void applyExitCodeTable(CommandLine commandLine) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String code : List.of("0", "1", "2")) {
      table.put(" " + code, ExitCodes.HELP.get(code));
    }
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(table);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      applyExitCodeTable(sub);
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
