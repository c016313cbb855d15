package org.cwg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.engine.OpenSearchBulk;
import org.cwg.engine.SolrUpdates;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.render.ExportedDocument;
import org.cwg.render.Format;
import org.cwg.render.JsonLinesRenderer;
import org.cwg.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg export}: every document as JSON, for other tools and search engines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Every document as JSON Lines, for jq, pandas, R or search engines.",
      "One object per line with metadata, sections, proposals, citations, "
          + "references and text (--format json: one array).",
      "--format solr writes Solr JSON update requests, --batch documents a line, each with its "
          + "sections as child documents (configset: src/main/solr/cwg); --format opensearch "
          + "writes OpenSearch bulk lines, a document, its sections and front matter each on "
          + "its own. Ids are stable: a re-export overwrites."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl, json for one array, solr or opensearch (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + SolrUpdates.DEFAULT_BATCH,
      description =
          "With solr: documents per line, one update request each "
              + "(default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      defaultValue = OpenSearchBulk.DEFAULT_INDEX,
      description = "With opensearch: the index the action lines name (default: ${DEFAULT-VALUE}).")
  String target;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.JSONL, Format.JSON, Format.SOLR, Format.OPENSEARCH);
    List<DocumentRecord> records;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      records = reader.documents();
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case SOLR -> SolrUpdates.write(records, out, batch);
      case OPENSEARCH -> OpenSearchBulk.write(records, out, target);
      case JSON -> JsonRenderer.render(exported(records), out);
      default -> JsonLinesRenderer.render(exported(records), out);
    }
    return ExitCodes.OK;
  }

  private static List<ExportedDocument> exported(List<DocumentRecord> records) {
    return records.stream().map(ExportedDocument::of).toList();
  }
}
