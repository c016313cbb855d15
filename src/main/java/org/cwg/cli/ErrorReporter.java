package org.cwg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.cwg.index.IndexBusyException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code. Bad input from the user (including
 * {@link IllegalArgumentException} thrown by the core) is a usage error; anything else is a
 * failure. {@code --verbose} adds the stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("cwg: " + e.getMessage());
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    err.println("cwg: " + messageOf(e));
    if (isVerbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCodeOf(e);
  }

  static int exitCodeOf(Throwable e) {
    // A busy index is not a failure of this run: the user must wait and run it again.
    if (e instanceof IllegalArgumentException
        || e instanceof ParameterException
        || e instanceof IndexBusyException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.FINDINGS;
  }

  private static String messageOf(Throwable e) {
    Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = shown.getMessage();
    if (message == null || message.isBlank()) {
      return shown.getClass().getSimpleName();
    }
    return shown instanceof java.nio.file.NoSuchFileException
        ? "no such file: " + message
        : message.strip().lines().findFirst().orElse(message);
  }

  private static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
