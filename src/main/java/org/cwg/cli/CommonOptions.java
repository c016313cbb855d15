package org.cwg.cli;

import java.nio.file.Path;
import org.cwg.index.IndexLocation;
import picocli.CommandLine.Option;

/**
 * Options every command accepts: where the index is, and how much to say on stderr, and when to
 * colour.
 */
final class CommonOptions {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: $CWG_INDEX, else .cwg/ in the current folder).")
  Path index;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show library logging and stack traces on stderr.")
  boolean verbose;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "auto, always or never: bold matches (auto: on a terminal, unless NO_COLOR).")
  Terminal.ColorMode color;

  /** The index folder this command works on, after --index and $CWG_INDEX. */
  Path indexDir() {
    return IndexLocation.resolve(index, System.getenv());
  }
}
