package org.cwg.cli;

import java.util.Map;

/**
 * The exit codes of every cwg command, the one table shown in {@code cwg --help} and the README.
 */
public final class ExitCodes {

  /** Everything worked and nothing was found wrong. */
  public static final int OK = 0;

  /** The command ran but found problems: files that failed, findings at the threshold. */
  public static final int FINDINGS = 1;

  /**
   * The command line was wrong (unknown option, bad query, missing index or file, unreadable
   * rules), or another ingest holds the index.
   */
  public static final int USAGE = 2;

  /** cwg itself failed: a bug, or an index it cannot read; never the user's input. */
  public static final int INTERNAL = 3;

  /** An ingest was interrupted (Ctrl-C) after committing what it had done: 128 + SIGINT. */
  public static final int INTERRUPTED = 130;

  /** The table as {@code cwg --help} prints it under "Exit codes:", in order. */
  static final Map<String, String> HELP =
      Map.of(
          "0", "ok: everything worked, nothing failed",
          "1", "findings or failures: files that could not be read, findings at --fail-on",
          "2",
              "usage error: bad option or query, no such file, no index, index busy, unreadable"
                  + " rules file",
          "3",
              "internal error: a bug in cwg or a damaged index; rerun with --verbose and report it",
          "130",
              "interrupted: Ctrl-C stopped an ingest after committing what it had done; run it"
                  + " again to finish");

  private ExitCodes() {}
}
