package org.cwg.accuracy;

/**
 * True positives, false positives and false negatives of one field, and the precision, recall and
 * F1 they give. With nothing predicted precision is 1 (no wrong answer was given); with nothing
 * expected recall is 1 (nothing was missed).
 */
record Tally(int truePositives, int falsePositives, int falseNegatives) {

  static final Tally ZERO = new Tally(0, 0, 0);

  Tally plus(Tally other) {
    return new Tally(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Whether anything was expected or predicted at all. */
  boolean isEmpty() {
    return truePositives + falsePositives + falseNegatives == 0;
  }
}
