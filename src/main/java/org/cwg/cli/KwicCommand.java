package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.ConcordanceRenderer;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Emphasis;
import org.cwg.render.Format;
import org.cwg.render.JsonLinesRenderer;
import org.cwg.render.JsonRenderer;
import org.cwg.search.Concordance;
import org.cwg.search.ConcordanceResult;
import org.cwg.search.KwicSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg kwic}: a concordance, one line per occurrence. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "A concordance: each occurrence of a term or phrase in its context.",
      "One line per occurrence, the matches in one column, with document and "
          + "meeting. Same query syntax and filters as 'cwg search'."
    })
final class KwicCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin FilterOptions filters;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "What to look for; several words are one query, as in 'cwg search'.")
  List<String> words;

  @Option(names = "--exact", description = "Match words as written (no stemming).")
  boolean exact;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "40",
      description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "meeting",
      description = "meeting, left or right context (default: ${DEFAULT-VALUE}).")
  KwicSort sort;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Show at most N lines (default: all).")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.JSONL, Format.CSV);
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
    ConcordanceResult result;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      result =
          new Concordance(reader)
              .lines(String.join(" ", words), exact, filters.toFilters(), width, sort, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(result, out);
      case JSONL -> JsonLinesRenderer.render(result.lines(), out);
      case CSV -> CsvRenderer.render(ConcordanceRenderer.table(result), out);
      default ->
          ConcordanceRenderer.render(result, Emphasis.forTerminal(Terminal.useColour()), out);
    }
    return ExitCodes.OK;
  }
}
