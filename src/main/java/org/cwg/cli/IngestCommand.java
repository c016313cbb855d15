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
import org.cwg.structure.Manifest;
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
      "Index documents (.docx, .doc, .odt, .rtf, .pdf, .html, .txt) found under PATH.",
      "Unchanged files are skipped; each file that cannot be read gets one line on stderr."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to index.")
  List<Path> paths;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files parsed at once (default: number of cores).")
  Integer threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "Commit after every N files read, so a crash loses at most N (default: 1000).")
  Integer commitEvery;

  @Option(names = "--prune", description = "Remove documents whose files no longer exist.")
  boolean prune;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "CSV or JSON metadata by file, trusted over what the documents say.")
  Path manifest;

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
    IngestOptions options = IngestOptions.defaults().withPrune(prune);
    if (manifest != null) {
      options = options.withManifest(Manifest.load(manifest));
    }
    if (threads != null) {
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1");
      }
      options = options.withThreads(threads);
    }
    if (commitEvery != null) {
      options = options.withCommitEvery(commitEvery);
    }
    ConsoleProgress progress =
        new ConsoleProgress(spec.commandLine().getErr(), !quiet && Terminal.stderrIsTerminal());
    IngestSummary summary = new Ingester(common.indexDir(), options, progress).ingest(paths);
    if (format == Format.JSON) {
      JsonRenderer.render(summary, spec.commandLine().getOut());
    } else {
      spec.commandLine().getOut().println(IngestSummaryRenderer.line(summary));
    }
    return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
