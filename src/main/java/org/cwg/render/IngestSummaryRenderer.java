package org.cwg.render;

import java.util.Locale;
import org.cwg.ingest.IngestSummary;

/** The one-line text summary that ends an ingest. */
public final class IngestSummaryRenderer {

  private IngestSummaryRenderer() {}

  public static String line(IngestSummary summary) {
    return String.format(
        Locale.ROOT,
        "%d added, %d updated, %d unchanged, %d removed, %d failed (%.1f s)",
        summary.added(),
        summary.updated(),
        summary.unchanged(),
        summary.removed(),
        summary.failed().size(),
        summary.millis() / 1000.0);
  }
}
