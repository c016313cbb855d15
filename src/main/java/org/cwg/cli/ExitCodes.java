package org.cwg.cli;

/** The exit codes of every cwg command, the one table shown in {@code --help} and the README. */
public final class ExitCodes {

  /** Everything worked and nothing was found wrong. */
  public static final int OK = 0;

  /** The command ran but found problems: files that failed, findings at the threshold. */
  public static final int FINDINGS = 1;

  /**
   * The command line was wrong (unknown option, bad query, missing index, unreadable rules), or
   * another ingest holds the index.
   */
  public static final int USAGE = 2;

  /** The table as {@code --help} of every command prints it under "Exit codes:". */
  static final java.util.Map<String, String> HELP =
      java.util.Map.of(
          "0", "ok: everything worked, nothing failed",
          "1", "findings or failures: files that could not be read, findings at --fail-on",
          "2", "usage error: bad option or query, no index, index busy, unreadable rules file");

  private ExitCodes() {}
}
