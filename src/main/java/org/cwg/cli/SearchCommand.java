package org.cwg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.Emphasis;
import org.cwg.render.Format;
import org.cwg.render.SearchRenderer;
import org.cwg.search.CorpusSearch;
import org.cwg.search.MatchingDocument;
import org.cwg.search.SearchRequest;
import org.cwg.search.SearchResult;
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
      "All the words form the query and must all match; write OR between "
          + "words that may stand for each other. Also \"phrases\", NOT, +/-, "
          + "wild*cards, fuzzy~, /regular expressions/ and fields: title:, "
          + "heading:, and every filter: cites:1305, meeting:18-22, section:, "
          + "source:, type:, number:, lang:. A document number (C24/12, "
          + "CWG-Internet-20/4) finds that document and those that mention it."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin FilterOptions filters;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "What to look for; several words are one query.")
  List<String> query;

  @Option(
      names = {"-l", "--documents"},
      description = "Print each matching document once, best first, instead of the hits.")
  boolean documents;

  @Mixin SearchRequestOptions request;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    if (documents) {
      return listDocuments();
    }
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.JSONL, Format.CSV);
    SearchRequest hits = request.forHits(String.join(" ", query), filters.toFilters());
    SearchResult result;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      result = new CorpusSearch(reader).search(hits);
    }
    SearchRenderer.renderHits(
        result, format, Emphasis.forTerminal(Terminal.useColour()), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** {@code -l}: every matching document, one line each, unless --limit is given. */
  private int listDocuments() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.JSONL);
    boolean limited = spec.commandLine().getParseResult().hasMatchedOption("--limit");
    SearchRequest matching =
        request.forDocuments(String.join(" ", query), filters.toFilters(), limited);
    List<MatchingDocument> found;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      found = new CorpusSearch(reader).documents(matching);
    }
    SearchRenderer.renderDocuments(found, format, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
