package org.cwg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles of a handful of timings. */
final class Stats {

  private Stats() {}

  /** The p-th percentile (0..100), nearest rank. */
  static long percentile(List<Long> values, double p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static long median(List<Long> values) {
    return percentile(values, 50);
  }
}
