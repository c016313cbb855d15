package org.cwg.cli;

/** What cwg knows about the terminal it writes to. */
final class Terminal {

  /** Set by the launcher script, which can ask the shell whether fd 2 is a terminal. */
  static final String STDERR_TTY_PROPERTY = "cwg.stderr.tty";

  private Terminal() {}

  /**
   * Whether stderr is a terminal. Java 17 cannot ask about stderr alone: the launcher tells us, and
   * without it we fall back to whether the JVM has a console at all.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty(STDERR_TTY_PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return System.console() != null && System.getenv("CI") == null;
  }

  /** Whether stdout is a terminal, for colours and bold. */
  static boolean stdoutIsTerminal() {
    String told = System.getProperty("cwg.stdout.tty");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }
}
