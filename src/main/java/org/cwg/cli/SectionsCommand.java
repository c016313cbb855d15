package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SectionKind;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.SectionList;
import org.cwg.render.SectionListRenderer;
import org.cwg.structure.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg sections DOC}: the text of a document's sections, optionally of some kinds only. */
@Command(
    name = "sections",
    mixinStandardHelpOptions = true,
    description = {
      "Print the text of a document's sections, or with --all of every indexed " + "document's.",
      "DOC is a document number, an index id or its first 4 or more characters, a path, or a "
          + "file name when one document has it."
    })
final class SectionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "DOC",
      arity = "0..1",
      description = "Document number, id (or its first 4+ characters), path or file name.")
  String doc;

  @Option(names = "--all", description = "Every indexed document instead of DOC.")
  boolean all;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      description =
          "Only these kinds: purpose, action-required, references, summary, "
              + "abstract, introduction, scope, definitions, abbreviations, rationale, proposal, "
              + "topic, outcome, discussion, actions, conclusion, annex, appendix, attachment, "
              + "other.")
  List<String> kinds;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "CSV or JSON metadata by file; applies when DOC is a file.")
  Path manifest;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.MARKDOWN);
    if (all == (doc != null)) {
      throw new ParameterException(spec.commandLine(), "give either DOC or --all");
    }
    Set<SectionKind> wanted = EnumSet.noneOf(SectionKind.class);
    if (kinds != null) {
      kinds.forEach(kind -> wanted.add(SectionKind.fromId(kind)));
    }
    List<DocumentRecord> records;
    if (all) {
      try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
        records = reader.documents();
      }
    } else {
      Manifest table = manifest == null ? Manifest.none() : Manifest.load(manifest);
      records = List.of(DocumentResolver.resolve(common.indexDir(), doc, table));
    }
    SectionList list = SectionList.of(records, wanted);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(list, out);
      case MARKDOWN -> SectionListRenderer.markdown(list, all, out);
      default -> SectionListRenderer.text(list, all, out);
    }
    return ExitCodes.OK;
  }
}
