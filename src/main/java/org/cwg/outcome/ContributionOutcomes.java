package org.cwg.outcome;

import java.util.List;
import org.cwg.model.DocumentSummary;

/**
 * What {@code cwg outcome DOC} shows: every report section that deals with the contribution. The
 * JSON field names are a scripting interface: add, never rename.
 *
 * @param document the contribution
 * @param reports how many reports were read for it
 * @param outcomes the sections, by meeting, then report, then order in the report
 */
public record ContributionOutcomes(DocumentSummary document, int reports, List<Outcome> outcomes) {

  public ContributionOutcomes {
    outcomes = List.copyOf(outcomes);
  }
}
