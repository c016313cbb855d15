package org.cwg.ingest;

import java.util.List;

/**
 * What one ingest did. Field order and names are the JSON scripting interface.
 *
 * @param added files indexed for the first time
 * @param updated files indexed again because they changed
 * @param unchanged files skipped because size and modification time are as indexed
 * @param removed documents removed because their files are gone ({@code --prune})
 * @param failed files that could not be indexed, with the reason
 * @param millis wall-clock duration of the run
 * @param seen files (and archive members) looked at: added + updated + unchanged + failed
 * @param interrupted the run was stopped (Ctrl-C) and committed what it had done
 */
public record IngestSummary(
    int added,
    int updated,
    int unchanged,
    int removed,
    List<FailedFile> failed,
    long millis,
    int seen,
    boolean interrupted) {

  public IngestSummary {
    failed = List.copyOf(failed);
  }
}
