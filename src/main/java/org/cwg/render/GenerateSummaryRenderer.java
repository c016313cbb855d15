package org.cwg.render;

import java.util.Locale;
import org.cwg.generate.CorpusSummary;

/** The one-line text summary that ends {@code cwg generate corpus}. */
public final class GenerateSummaryRenderer {

  private GenerateSummaryRenderer() {}

  public static String line(CorpusSummary summary) {
    return String.format(
        Locale.ROOT,
        "%d documents (%d contributions, %d reports) over %d meetings, %.1f MB in %s; "
            + "truth in %s (%.1f s)",
        summary.documents(),
        summary.contributions(),
        summary.reports(),
        summary.meetings(),
        summary.bytes() / 1e6,
        summary.out(),
        summary.truth(),
        summary.millis() / 1000.0);
  }
}
