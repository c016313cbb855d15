package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentSummary;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.ReuseJson;
import org.cwg.render.ReuseRenderer;
import org.cwg.render.ReuseTable;
import org.cwg.reuse.SharedPassage;
import org.cwg.reuse.SimilarDocument;
import org.cwg.reuse.SimilarReport;
import org.cwg.search.CorpusReuse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg similar DOC}: the documents and sections that share most text with DOC. */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "The documents most like DOC, with the passages they share.",
      "Most shared words first: each document with the sections the passages lie in, and each"
          + " passage with its sections on both sides and its similarity."
    })
final class SimilarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "DOC",
      description =
          "Document number (CWG-Internet-20/4, any written form), id (or its first 4+ "
              + "characters), path or file name.")
  String document;

  @Mixin ReuseOptions options;

  @Override
  public Integer call() throws Exception {
    options.check(spec);
    SimilarReport report;
    Map<String, DocumentSummary> summaries = Map.of();
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      report =
          new CorpusReuse(reader, options.minWords)
              .similar(DocumentResolver.indexed(reader, document));
      if (options.format == Format.JSON) {
        summaries = reader.summaries(ReuseJson.ids(report));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (options.format) {
      case JSON -> JsonRenderer.render(ReuseJson.of(report, summaries), out);
      case CSV -> {
        List<SharedPassage> passages =
            report.similar().stream().map(SimilarDocument::passages).flatMap(List::stream).toList();
        CsvRenderer.render(new ReuseTable(passages), out);
      }
      default -> ReuseRenderer.render(report, out);
    }
    return ExitCodes.OK;
  }
}
