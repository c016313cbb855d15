package org.cwg.cli;

import java.nio.file.Path;
import java.util.List;
import org.cwg.ingest.DocumentFilter;
import org.cwg.ingest.IngestOptions;
import org.cwg.structure.Manifest;
import picocli.CommandLine.Option;

/**
 * The options of {@code ingest} that say how to ingest (which files, how many at once, how often to
 * commit, what to trust), turned into the core's {@link IngestOptions}.
 */
final class IngestRunOptions {

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

  /**
   * The core's defaults with what was given on the command line; loads the manifest, so a bad one
   * fails before any file is read.
   */
  IngestOptions toIngestOptions() {
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
    return options;
  }
}
