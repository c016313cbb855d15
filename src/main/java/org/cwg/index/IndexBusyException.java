package org.cwg.index;

import java.nio.file.Path;

/** Another process is writing to the same index. */
public final class IndexBusyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IndexBusyException(Path dir) {
    super("another cwg ingest is writing to the index at " + dir + "; wait for it to finish");
  }
}
