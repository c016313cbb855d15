package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cwg.generate.SampleGenerator;
import org.cwg.generate.SampleSet;
import org.cwg.generate.SampleSummary;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwg generate samples}: the seed texts as .txt and as ITU-like .docx. */
@Command(
    name = "samples",
    mixinStandardHelpOptions = true,
    header = "Make the samples folder: seed texts as .txt and as ITU-like Word files.",
    description =
        "Copy the seed texts to OUT/txt and write each as an ITU-like Word document "
            + "to OUT/docx: cover table, title, heading styles, numbered proposals, footnotes. "
            + "Headings and proposal items are the ones cwg's own analysis finds in the text; a "
            + "document whose analysis does not fit its text gets a warning on stderr and exit "
            + "code 1.")
final class GenerateSamplesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      required = true,
      description = "Folder holding the seed .txt files.")
  Path seeds;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "samples",
      description = "Samples folder to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (one file a line) or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show stack traces on stderr.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON);
    SampleSummary summary = new SampleGenerator(SampleSet.bundled()).generate(seeds, out);
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.JSON) {
      JsonRenderer.render(summary, stdout);
    } else {
      summary.files().forEach(stdout::println);
      stdout.flush();
    }
    PrintWriter stderr = spec.commandLine().getErr();
    summary.warnings().forEach(warning -> stderr.println("cwg: " + warning));
    stderr.flush();
    return summary.warnings().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
