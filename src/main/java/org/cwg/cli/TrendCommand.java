package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.TrendRenderer;
import org.cwg.search.SearchFilters;
import org.cwg.search.Trend;
import org.cwg.search.TrendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg trend}: occurrences per meeting. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Occurrences per meeting, absolute and per 10,000 words, as a chart.",
      "Without QUERY, counts the citations of --cites (cwg trend --cites 1305); "
          + "with QUERY, --cites keeps the documents that cite it."
    })
final class TrendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin FilterOptions filters;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "What to count; several words are one query, as in 'cwg search'.")
  List<String> words;

  @Option(names = "--exact", description = "Match words as written (no stemming).")
  boolean exact;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.CSV);
    SearchFilters chosen = filters.toFilters();
    String query = words == null || words.isEmpty() ? null : String.join(" ", words);
    TrendReport report;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      report = new Trend(reader).of(query, exact, chosen);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(report, out);
      case CSV -> CsvRenderer.render(TrendRenderer.table(report, 0), out);
      default -> TrendRenderer.render(report, out);
    }
    return ExitCodes.OK;
  }
}
