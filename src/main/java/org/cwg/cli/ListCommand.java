package org.cwg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.render.CsvRenderer;
import org.cwg.render.DocumentList;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.TextTableRenderer;
import org.cwg.search.FilterQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg list}: the indexed documents, one line each. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the indexed documents, one line each.",
      "The language versions of one number (the same document in French, Russian, ...) share"
          + " a line, which names their languages; JSON and CSV have one entry per file."
    })
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Only the versions in this language: en, fr, es, ru, ar, zh (or E, F, S, R, A, C).")
  String language;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.CSV);
    DocumentList list;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      list = DocumentList.of(reader.documents());
    }
    if (language != null) {
      list = list.inLanguage(FilterQueries.languageCode(language));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(list, out);
      case CSV -> CsvRenderer.render(list, out);
      default -> TextTableRenderer.render(list.byDocument(), out);
    }
    return ExitCodes.OK;
  }
}
