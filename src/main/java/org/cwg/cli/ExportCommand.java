package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.ExportedDocument;
import org.cwg.render.Format;
import org.cwg.render.JsonLinesRenderer;
import org.cwg.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg export}: every document as JSON, for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Every document as JSON Lines, for jq, pandas, R or search engines.",
      "One object per line with metadata, sections, proposals, citations, "
          + "references and text (--format json: one array)."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl, or json for one array (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.JSONL, Format.JSON);
    List<ExportedDocument> documents;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      documents = reader.documents().stream().map(ExportedDocument::of).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      JsonRenderer.render(documents, out);
    } else {
      JsonLinesRenderer.render(documents, out);
    }
    return ExitCodes.OK;
  }
}
