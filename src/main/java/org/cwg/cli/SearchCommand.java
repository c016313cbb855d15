package org.cwg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Emphasis;
import org.cwg.render.Format;
import org.cwg.render.JsonLinesRenderer;
import org.cwg.render.JsonRenderer;
import org.cwg.render.SearchResultRenderer;
import org.cwg.search.CorpusSearch;
import org.cwg.search.SearchRequest;
import org.cwg.search.SearchResult;
import org.cwg.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg search}: ranked, section-level search across meetings. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the indexed documents section by section, best first (BM25).",
      "QUERY is in Lucene's syntax: words, \"phrases\", AND/OR/NOT, +/-, "
          + "wild*cards, fuzzy~ and fields such as title:, heading:, source:, "
          + "section:, cites:\"Council 1305\" or meeting:[18 TO 22]."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin FilterOptions filters;

  @Parameters(paramLabel = "QUERY", description = "What to look for.")
  String query;

  @Option(names = "--exact", description = "Match words as written (no stemming).")
  boolean exact;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, date (oldest first) or meeting (default: ${DEFAULT-VALUE}).")
  SortOrder sort;

  @Option(names = "--facets", description = "Count hits per meeting, source and section kind.")
  boolean facets;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.JSONL, Format.CSV);
    SearchRequest request =
        new SearchRequest(query, exact, filters.toFilters(), limit, sort, facets);
    SearchResult result;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      result = new CorpusSearch(reader).search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(result, out);
      case JSONL -> JsonLinesRenderer.render(result.hits(), out);
      case CSV -> CsvRenderer.render(SearchResultRenderer.table(result), out);
      default ->
          SearchResultRenderer.render(result, Emphasis.forTerminal(Terminal.useColour()), out);
    }
    return ExitCodes.OK;
  }
}
