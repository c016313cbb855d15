package org.cwg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cwg.generate.CorpusGenerator;
import org.cwg.generate.CorpusSummary;
import org.cwg.render.Format;
import org.cwg.render.GenerateSummaryRenderer;
import org.cwg.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg generate corpus}: a synthetic corpus with its ground truth. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    header = "Write a synthetic corpus of .docx documents and its ground truth.",
    description =
        "Write N synthetic contributions and meeting reports over M meetings to "
            + "OUT_DIR, the same files for the same seed, and a ground-truth manifest (JSON Lines, "
            + "one line a document) next to it.")
final class GenerateCorpusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUT_DIR", description = "New or empty folder for the documents.")
  Path out;

  @Option(
      names = "--docs",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Documents to write, reports included (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--meetings",
      paramLabel = "M",
      defaultValue = "20",
      description = "Meetings to spread them over, one report each (default: ${DEFAULT-VALUE}).")
  int meetings;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed; the same seed writes the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "Where to write the manifest (default: OUT_DIR-truth.jsonl beside OUT_DIR).")
  Path truth;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents written at once (default: number of cores).")
  Integer threads;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Summary format: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show stack traces on stderr.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON);
    CorpusGenerator generator =
        new CorpusGenerator(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    CorpusSummary summary =
        generator.generate(
            docs, meetings, seed, out, truth == null ? CorpusGenerator.defaultTruth(out) : truth);
    if (format == Format.JSON) {
      JsonRenderer.render(summary, spec.commandLine().getOut());
    } else {
      spec.commandLine().getOut().println(GenerateSummaryRenderer.line(summary));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
