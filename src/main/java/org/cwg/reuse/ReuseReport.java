package org.cwg.reuse;

import java.util.List;

/**
 * The passages documents share: every pair, and the passages that travel through three documents or
 * more as clusters.
 */
public record ReuseReport(List<SharedPassage> pairs, List<ReuseCluster> clusters) {

  public ReuseReport {
    pairs = List.copyOf(pairs);
    clusters = List.copyOf(clusters);
  }
}
