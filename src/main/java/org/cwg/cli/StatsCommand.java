package org.cwg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.StatsRenderer;
import org.cwg.search.CorpusStats;
import org.cwg.search.StatsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg stats}: the corpus at a glance. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "The corpus at a glance: documents, words, sizes and failed files.",
      "Documents per meeting, type and source; the most cited resolutions."
    })
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Show the N most cited resolutions, 0 for all (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON);
    StatsReport stats;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      stats = CorpusStats.of(reader, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      JsonRenderer.render(stats, out);
    } else {
      StatsRenderer.render(stats, out);
    }
    return ExitCodes.OK;
  }
}
