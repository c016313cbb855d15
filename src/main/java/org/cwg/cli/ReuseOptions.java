package org.cwg.cli;

import org.cwg.render.Format;
import org.cwg.search.CorpusReuse;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options {@code reuse} and {@code similar} share, checked before any text is read. */
final class ReuseOptions {

  @Option(
      names = "--min-words",
      paramLabel = "N",
      defaultValue = "25",
      description = "The shortest shared passage, in words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  void check(CommandSpec spec) {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.CSV);
    CorpusReuse.checkMinWords(minWords);
  }
}
