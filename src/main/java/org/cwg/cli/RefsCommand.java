package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.cite.DocumentLinks;
import org.cwg.cite.ReferenceGraph;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.render.CsvRenderer;
import org.cwg.render.DocumentLinksRenderer;
import org.cwg.render.DocumentLinksTable;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg refs DOC}: the documents DOC refers to, and those referring to DOC. */
@Command(
    name = "refs",
    mixinStandardHelpOptions = true,
    description = "The documents DOC refers to and the documents that refer to DOC.")
final class RefsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "DOC",
      description =
          "Document number (CWG-Internet-20/4, any written form), id (or its first 4+ "
              + "characters), path or file name.")
  String document;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.CSV);
    DocumentLinks links;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      DocumentRecord wanted = DocumentResolver.indexed(reader, document);
      List<DocumentRecord> corpus = reader.documents();
      links = new ReferenceGraph(corpus).linksOf(wanted);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(links, out);
      case CSV -> CsvRenderer.render(new DocumentLinksTable(links), out);
      default -> DocumentLinksRenderer.render(links, out);
    }
    return ExitCodes.OK;
  }
}
