package org.cwg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cwg.ingest.IngestSummary;
import org.cwg.ingest.Ingester;

/**
 * Runs an ingest under a shutdown hook: Ctrl-C (or a plain kill) asks it to stop, and the JVM waits
 * until what is done is committed and {@link #reported() reported} before it exits (with 130 after
 * Ctrl-C), so an interrupted run loses nothing it has read.
 */
final class StopOnCtrlC {

  /** Counted down once the run is reported, which the hook waits for. */
  private final CountDownLatch reported = new CountDownLatch(1);

  IngestSummary ingest(Ingester ingester, List<Path> paths) throws IOException {
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

  /** Lets a waiting hook end the JVM: call it once the outcome is printed, whatever it is. */
  void reported() {
    reported.countDown();
  }
}
