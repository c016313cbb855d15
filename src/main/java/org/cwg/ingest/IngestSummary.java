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
 */
public record IngestSummary(
    int added, int updated, int unchanged, int removed, List<FailedFile> failed, long millis) {

  public IngestSummary {
    failed = List.copyOf(failed);
  }
}
