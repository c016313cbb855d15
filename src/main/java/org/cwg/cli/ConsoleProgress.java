package org.cwg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cwg.ingest.FailedFile;
import org.cwg.ingest.IngestListener;

/**
 * Draws ingest progress on stderr (done/total, rate, ETA) when it is a terminal, and prints one
 * line per failed file in every case.
 */
final class ConsoleProgress implements IngestListener {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean drawBar;
  private long startNanos;
  private long lastDrawNanos;
  private int total;
  private int done;
  private boolean barShown;

  ConsoleProgress(PrintWriter err, boolean drawBar) {
    this.err = err;
    this.drawBar = drawBar;
  }

  @Override
  public synchronized void rebuilding(String why) {
    err.println("cwg: " + why);
    err.flush();
  }

  @Override
  public synchronized void started(int totalFiles) {
    total = totalFiles;
    startNanos = System.nanoTime();
  }

  @Override
  public synchronized void progressed(int doneFiles, int totalFiles) {
    done = Math.max(done, doneFiles);
    long now = System.nanoTime();
    if (drawBar && (now - lastDrawNanos >= REDRAW_NANOS || done == total)) {
      lastDrawNanos = now;
      draw(now);
    }
  }

  @Override
  public synchronized void failed(FailedFile failure) {
    report(failure);
  }

  @Override
  public synchronized void warned(String warning) {
    clearBar();
    err.println("cwg: warning: " + warning);
    err.flush();
  }

  @Override
  public synchronized void skipped(FailedFile skipped) {
    report(skipped);
  }

  @Override
  public synchronized void merging() {
    if (drawBar) {
      clearBar();
      err.print("merging the index into one segment... ");
      err.flush();
      barShown = true;
    }
  }

  @Override
  public synchronized void finished() {
    clearBar();
    err.flush();
  }

  private void report(FailedFile failure) {
    clearBar();
    err.println(failure.path() + ": " + failure.reason());
    err.flush();
    if (drawBar && total > 0) {
      draw(System.nanoTime());
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = done / seconds;
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
    String eta = rate > 0 && done < total ? clock((total - done) / rate) : "0:00";
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d  %.1f files/s  ETA %s ",
            "#".repeat(filled),
            ".".repeat(BAR_WIDTH - filled),
            done,
            total,
            rate,
            eta));
    err.flush();
    barShown = true;
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\033[K");
      barShown = false;
    }
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
