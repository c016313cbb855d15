package org.cwg.ingest;

/** Hears about an ingest's progress; the command line draws a progress bar from it. */
public interface IngestListener {

  /** The index held an older layout and is being rebuilt from the files ingested now. */
  default void rebuilding(String why) {}

  /** The walk found {@code total} files to look at. */
  default void started(int total) {}

  /** One more file was dealt with: indexed, skipped as unchanged, or failed. */
  default void progressed(int done, int total) {}

  /** A file could not be indexed. Called from worker threads. */
  default void failed(FailedFile failure) {}

  /** Something the user should know that is not a failed file, such as a manifest row unused. */
  default void warned(String warning) {}

  /** A path the walk could not enter, such as a symlink loop or an unreadable folder. */
  default void skipped(FailedFile skipped) {}

  /**
   * Every file is dealt with and committed; the run wrote most of the index, which is now merged
   * into one segment so that searches run faster.
   */
  default void merging() {}

  /** The run is over. */
  default void finished() {}

  /** A listener that ignores everything. */
  IngestListener SILENT = new IngestListener() {};
}
