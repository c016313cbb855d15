package org.cwg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cwg.index.CorpusReader;
import org.cwg.outcome.MeetingOutcomes;
import org.cwg.outcome.MeetingOverview;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.MeetingRenderer;
import org.cwg.render.MeetingTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg meeting N}: a meeting's reports, contributions and outcomes at a glance. */
@Command(
    name = "meeting",
    mixinStandardHelpOptions = true,
    description = {
      "Meeting N at a glance: its reports, contributions and outcomes.",
      "Its reports and contributions, whether and where a report discussed each contribution, the"
          + " documents the reports discuss that are not ingested, and the meeting's documents"
          + " that refer to each other."
    })
final class MeetingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "N", description = "Meeting number, such as 20.")
  int meeting;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      description =
          "The group whose meeting N is meant (CWG-Internet, CWG-WSIS&SDG, ...), needed when"
              + " several groups have a meeting N.")
  String group;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, markdown or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.MARKDOWN, Format.CSV);
    MeetingOverview result;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      result = new MeetingOutcomes(reader).meeting(meeting, group);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> JsonRenderer.render(result, out);
      case MARKDOWN -> MeetingRenderer.markdown(result, out);
      case CSV -> CsvRenderer.render(new MeetingTable(result), out);
      default -> MeetingRenderer.text(result, out);
    }
    return ExitCodes.OK;
  }
}
