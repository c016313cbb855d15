package org.cwg.cli;

import java.util.Map;

/** What cwg knows about the terminal it writes to. */
final class Terminal {

  /** Set by the launcher script, which can ask the shell whether fd 2 is a terminal. */
  static final String STDERR_TTY_PROPERTY = "cwg.stderr.tty";

  /** Set by the launcher script: whether fd 1 is a terminal. */
  static final String STDOUT_TTY_PROPERTY = "cwg.stdout.tty";

  /** Set by the launcher script on a terminal: its width, which the JVM cannot ask for. */
  static final String COLUMNS_PROPERTY = "cwg.columns";

  /** The width text output fits when nothing says otherwise, as on a pipe. */
  static final int DEFAULT_COLUMNS = 80;

  /** When to colour (bold matches): {@code --color}. */
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

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

  /** Whether stdout is a terminal. */
  static boolean stdoutIsTerminal() {
    String told = System.getProperty(STDOUT_TTY_PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return System.console() != null;
  }

  /**
   * The width text output fits: {@code COLUMNS} when set, else the terminal's width as the launcher
   * measured it, else 80 (a pipe, a file, a CI log).
   */
  static int columns(Map<String, String> env) {
    Integer fromEnv = positive(env.get("COLUMNS"));
    if (fromEnv != null) {
      return fromEnv;
    }
    Integer measured = stdoutIsTerminal() ? positive(System.getProperty(COLUMNS_PROPERTY)) : null;
    return measured != null ? measured : DEFAULT_COLUMNS;
  }

  /**
   * Whether to colour: {@code --color=always} or {@code never} decide; {@code auto} colours a
   * terminal unless {@code NO_COLOR} is set to anything non-empty (no-color.org).
   */
  static boolean colour(ColorMode mode, Map<String, String> env) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> stdoutIsTerminal() && isEmpty(env.get("NO_COLOR"));
    };
  }

  /**
   * The choice of the command running now, set before it runs on the thread that runs it (tests run
   * several command lines side by side in one JVM).
   */
  private static final ThreadLocal<Boolean> COLOUR_NOW = ThreadLocal.withInitial(() -> false);

  static void colourThisRun(boolean colour) {
    COLOUR_NOW.set(colour);
  }

  /** Whether this run colours its output (bold matches in search and kwic). */
  static boolean useColour() {
    return COLOUR_NOW.get();
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }

  private static Integer positive(String value) {
    if (value == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
