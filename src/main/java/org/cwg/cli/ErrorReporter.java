package org.cwg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.cwg.index.IndexBusyException;
import org.cwg.parse.UnreadableFileException;
import org.cwg.query.AmbiguousDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code. Bad input from the user (including
 * {@link IllegalArgumentException} thrown by the core, and a path that does not exist or cannot be
 * opened) is a usage error; a document that cannot be read is a failure; anything else is an
 * internal error. {@code --verbose} adds the stack trace.
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
    Throwable cause = unwrapped(e);
    int code = exitCodeOf(cause);
    boolean verbose = isVerbose(parsed);
    if (code == ExitCodes.INTERNAL) {
      String message =
          cause.getMessage() == null || cause.getMessage().isBlank()
              ? ""
              : ": " + firstLineOf(cause.getMessage());
      err.println(
          "cwg: internal error: "
              + cause.getClass().getSimpleName()
              + message
              + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    } else {
      err.println("cwg: " + messageOf(cause));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static int exitCodeOf(Throwable thrown) {
    Throwable e = unwrapped(thrown);
    // A busy index is not a failure of this run: the user must wait and run it again.
    if (e instanceof IllegalArgumentException
        || e instanceof ParameterException
        || e instanceof IndexBusyException
        || e instanceof FileSystemException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof UnreadableFileException) {
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.INTERNAL;
  }

  /** The exception that says what went wrong, without the wrappers that only carried it. */
  private static Throwable unwrapped(Throwable e) {
    Throwable shown = e;
    while ((shown instanceof UncheckedIOException || shown instanceof ExecutionException)
        && shown.getCause() != null) {
      shown = shown.getCause();
    }
    return shown;
  }

  private static String messageOf(Throwable shown) {
    String message = shown.getMessage();
    if (message == null || message.isBlank()) {
      return shown.getClass().getSimpleName();
    }
    if (shown instanceof NoSuchFileException) {
      return "no such file: " + message;
    }
    if (shown instanceof AccessDeniedException) {
      return "permission denied: " + message;
    }
    if (shown instanceof NotDirectoryException) {
      return "not a folder: " + message;
    }
    if (shown instanceof AmbiguousDocumentException) {
      return message;
    }
    return firstLineOf(message);
  }

  private static String firstLineOf(String message) {
    return message.strip().lines().findFirst().orElse(message);
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
