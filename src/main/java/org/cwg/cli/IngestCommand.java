package org.cwg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.ingest.IngestOptions;
import org.cwg.ingest.IngestSummary;
import org.cwg.ingest.Ingester;
import org.cwg.render.Format;
import org.cwg.render.IngestSummaryRenderer;
import org.cwg.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg ingest}: index files and folders. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Index documents (.docx, .doc, .docm, .odt, .rtf, .pdf, .html, .txt, and those in .zip"
          + " archives) found under PATH.",
      "Unchanged files are skipped; each file that cannot be read gets one line on stderr.",
      "Ctrl-C commits what is done and exits 130; run the same command to finish."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to index.")
  List<Path> paths;

  @Mixin IngestRunOptions run;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Summary format: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON);
    IngestOptions options = run.toIngestOptions();
    ConsoleProgress progress =
        new ConsoleProgress(spec.commandLine().getErr(), !quiet && Terminal.stderrIsTerminal());
    Ingester ingester = new Ingester(common.indexDir(), options, progress);
    StopOnCtrlC ctrlC = new StopOnCtrlC();
    try {
      IngestSummary summary = ctrlC.ingest(ingester, paths);
      if (summary.interrupted()) {
        spec.commandLine()
            .getErr()
            .println(
                "interrupted: "
                    + (summary.added() + summary.updated())
                    + " documents committed; run the same command to finish");
        spec.commandLine().getErr().flush();
        return ExitCodes.INTERRUPTED;
      }
      return report(summary);
    } finally {
      ctrlC.reported();
    }
  }

  private int report(IngestSummary summary) {
    if (format == Format.JSON) {
      JsonRenderer.render(summary, spec.commandLine().getOut());
    } else {
      spec.commandLine().getOut().println(IngestSummaryRenderer.line(summary));
    }
    return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
