package org.cwg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cwg.ingest.DocumentFilter;
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
      names = "--include",
      paramLabel = "GLOB",
      description = "Also index files matching GLOB (a name or path below PATH), e.g. '*.md'.")
  List<String> include = List.of();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Skip files matching GLOB (a name or path below PATH), e.g. 'drafts/**'.")
  List<String> exclude = List.of();

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

  /** Counted down once the run is reported, which the Ctrl-C hook waits for. */
  private final CountDownLatch reported = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON);
    IngestOptions options =
        IngestOptions.defaults().withPrune(prune).withFilter(DocumentFilter.of(include, exclude));
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
    Ingester ingester = new Ingester(common.indexDir(), options, progress);
    try {
      IngestSummary summary = ingestStoppingOnCtrlC(ingester);
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
      reported.countDown();
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

  /**
   * Runs the ingest with a shutdown hook: Ctrl-C (or a plain kill) asks it to stop, and the JVM
   * waits until what is done is committed and reported before it exits (with 130 after Ctrl-C).
   */
  private IngestSummary ingestStoppingOnCtrlC(Ingester ingester) throws Exception {
    Thread hook =
        new Thread(
            () -> {
              ingester.stop();
              try {
                reported.await(90, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "cwg-ingest-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return ingester.ingest(paths);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook waits for the report, then the JVM exits.
      }
    }
  }
}
