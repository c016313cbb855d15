package org.cwg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.outcome.ContributionOutcomes;
import org.cwg.outcome.MeetingOutcomes;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.OutcomeRenderer;
import org.cwg.render.OutcomeTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg outcome DOC}: the report sections that deal with a contribution. */
@Command(
    name = "outcome",
    mixinStandardHelpOptions = true,
    description = {
      "The report sections that deal with contribution DOC.",
      "For each: the report's number, meeting and date, the section, its Summary and Discussion,"
          + " the decisions and actions, and how the link was made (reference: the report names"
          + " DOC; reuse: its summary copies DOC's Purpose), with a score."
    })
final class OutcomeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "DOC",
      description =
          "Contribution number (CWG-Internet-20/4, any written form), id (or its first 4+ "
              + "characters), path or file name.")
  String document;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.MARKDOWN, Format.CSV);
    ContributionOutcomes result;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      MeetingOutcomes outcomes = new MeetingOutcomes(reader);
      DocumentRecord wanted = DocumentResolver.indexed(reader, document);
      result = outcomes.outcomesOf(wanted);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(result, out);
      case MARKDOWN -> OutcomeRenderer.markdown(result, out);
      case CSV -> CsvRenderer.render(new OutcomeTable(result), out);
      default -> OutcomeRenderer.text(result, out);
    }
    return ExitCodes.OK;
  }
}
