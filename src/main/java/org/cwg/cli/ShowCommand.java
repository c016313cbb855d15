package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentVersion;
import org.cwg.render.DocumentView;
import org.cwg.render.DocumentViewMarkdownRenderer;
import org.cwg.render.DocumentViewTextRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.structure.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg show DOC}: what a document is, where each value came from, and its outline. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a document's metadata (with where each value came from), outline and " + "counts.",
      "DOC is a document number (any written form), an index id or its first 4 or more "
          + "characters, a path, or a file name when one document has it; a file that is not "
          + "indexed is read on the fly. A DOC that fits several documents lists them.",
      "A number published in several languages shows its English version (or the one --lang"
          + " names) and lists the others."
    })
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "DOC",
      description = "Document number, id (or its first 4+ characters), path or file name.")
  String doc;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "CSV or JSON metadata by file; applies when DOC is a file.")
  Path manifest;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "The version in this language when DOC's number has several: en, fr, es, ru, ar, zh"
              + " (or E, F, S, R, A, C); by default the English one.")
  String language;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.MARKDOWN);
    Manifest table = manifest == null ? Manifest.none() : Manifest.load(manifest);
    DocumentRecord record = DocumentResolver.resolve(common.indexDir(), doc, table);
    List<DocumentVersion> versions = DocumentResolver.versions(common.indexDir(), record);
    if (language != null) {
      record = DocumentResolver.version(common.indexDir(), record, versions, language);
    }
    DocumentView view = DocumentView.of(record, versions);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(view, out);
      case MARKDOWN -> DocumentViewMarkdownRenderer.render(view, out);
      default -> DocumentViewTextRenderer.render(view, out);
    }
    return ExitCodes.OK;
  }
}
