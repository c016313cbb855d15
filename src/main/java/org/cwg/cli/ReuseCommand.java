package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.ReuseJson;
import org.cwg.render.ReuseRenderer;
import org.cwg.render.ReuseTable;
import org.cwg.reuse.ReuseReport;
import org.cwg.search.CorpusReuse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg reuse}: the passages documents share, across the corpus or between two. */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    description = {
      "Passages documents share, across the corpus or between two.",
      "Near-duplicate passages of at least --min-words words, tolerant to small edits, aligned to"
          + " exact offsets; a passage that travels through three documents or more is also"
          + " listed as a cluster."
    })
final class ReuseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--between",
      arity = "2",
      paramLabel = "DOC",
      description = "Only the passages these two documents share (number, id, path or file name).")
  List<String> between;

  @Mixin ReuseOptions options;

  @Override
  public Integer call() throws Exception {
    options.check(spec);
    ReuseReport report;
    Map<String, DocumentSummary> summaries = Map.of();
    try (CorpusReader reader = CorpusReader.openForScan(common.indexDir())) {
      CorpusReuse reuse = new CorpusReuse(reader, options.minWords);
      if (between != null) {
        DocumentRecord a = DocumentResolver.indexed(reader, between.get(0));
        DocumentRecord b = DocumentResolver.indexed(reader, between.get(1));
        if (a.id().equals(b.id())) {
          throw new IllegalArgumentException(
              "--between needs two different documents; both name " + between.get(0));
        }
        report = reuse.between(a, b);
      } else {
        report = reuse.all();
      }
      if (options.format == Format.JSON) {
        summaries = reader.summaries(ReuseJson.ids(report));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (options.format) {
      case JSON -> JsonRenderer.render(ReuseJson.of(report, summaries), out);
      case CSV -> CsvRenderer.render(new ReuseTable(report.pairs()), out);
      default -> ReuseRenderer.render(report, out);
    }
    return ExitCodes.OK;
  }
}
