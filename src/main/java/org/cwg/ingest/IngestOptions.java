package org.cwg.ingest;

import org.cwg.parse.ParserLimits;
import org.cwg.structure.Manifest;

/**
 * How to ingest.
 *
 * @param threads files parsed at once
 * @param prune remove documents whose files no longer exist
 * @param limits per-file size, text and time limits
 * @param manifest analyst-supplied metadata, or {@link Manifest#none()}
 * @param commitEvery commit after this many newly indexed files, so a crash loses little
 * @param filter which files to take: document types, widened or narrowed by globs
 */
public record IngestOptions(
    int threads,
    boolean prune,
    ParserLimits limits,
    Manifest manifest,
    int commitEvery,
    DocumentFilter filter) {

  public static IngestOptions defaults() {
    return new IngestOptions(
        Runtime.getRuntime().availableProcessors(),
        false,
        ParserLimits.defaults(),
        Manifest.none(),
        1000,
        DocumentFilter.documents());
  }

  public IngestOptions withThreads(int count) {
    return new IngestOptions(count, prune, limits, manifest, commitEvery, filter);
  }

  public IngestOptions withPrune(boolean value) {
    return new IngestOptions(threads, value, limits, manifest, commitEvery, filter);
  }

  public IngestOptions withLimits(ParserLimits value) {
    return new IngestOptions(threads, prune, value, manifest, commitEvery, filter);
  }

  public IngestOptions withManifest(Manifest value) {
    return new IngestOptions(threads, prune, limits, value, commitEvery, filter);
  }

  public IngestOptions withFilter(DocumentFilter value) {
    return new IngestOptions(threads, prune, limits, manifest, commitEvery, value);
  }

  public IngestOptions withCommitEvery(int files) {
    if (files < 1) {
      throw new IllegalArgumentException("--commit-every must be at least 1");
    }
    return new IngestOptions(threads, prune, limits, manifest, files, filter);
  }
}
