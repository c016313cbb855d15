package org.cwg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

/**
 * Long output through a pager, as git does: only when stdout is a terminal, only for the commands
 * that print results to read, and never when the pager is set to empty or {@code cat}. The pager is
 * {@code $CWG_PAGER}, else {@code $PAGER}, else {@code less}, with {@code LESS=FRX} unless set, so
 * that output shorter than the screen prints as usual and colours pass.
 */
final class Pager {

  private static final Set<String> READING_COMMANDS =
      Set.of(
          "list",
          "show",
          "sections",
          "search",
          "kwic",
          "trend",
          "cites",
          "refs",
          "outcome",
          "meeting",
          "reuse",
          "similar",
          "stats",
          "help");

  private final Process process;

  private Pager(Process process) {
    this.process = process;
  }

  /** The pager for this run, or null when the output goes straight to stdout. */
  static Pager startFor(String[] args, Map<String, String> env) {
    String command = pagerCommand(env);
    if (command == null || !Terminal.stdoutIsTerminal() || !READING_COMMANDS.contains(of(args))) {
      return null;
    }
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putIfAbsent("LESS", "FRX");
    builder.environment().putIfAbsent("LV", "-c");
    try {
      return new Pager(builder.start());
    } catch (IOException e) {
      return null; // no shell or no pager: print as usual
    }
  }

  /** The pager's command line, or null when paging is turned off. */
  static String pagerCommand(Map<String, String> env) {
    String chosen = env.containsKey("CWG_PAGER") ? env.get("CWG_PAGER") : env.get("PAGER");
    if (chosen == null) {
      return "less";
    }
    String command = chosen.strip();
    return command.isEmpty() || command.equals("cat") ? null : command;
  }

  /** The subcommand: the first argument that is not an option. */
  static String of(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  OutputStream input() {
    return process.getOutputStream();
  }

  /** Ends the output and waits until the reader quits the pager. */
  void finish() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // the reader quit the pager before the end: nothing left to show
    }
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
