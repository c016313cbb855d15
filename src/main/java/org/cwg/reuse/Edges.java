package org.cwg.reuse;

/**
 * Carries a passage's end (or start) word by word past the seeds: first the words that still match,
 * then one last edit (a word substituted, inserted or deleted) when at least {@value #CONFIRM}
 * matching words follow it. Only what seeds cannot see is added: a run of a seed's length or more
 * on either side of the edit is one the aligner left out (a sentence a report repeats for every
 * contribution), and the passage stops where it stopped. Each result is {@code [a position, b
 * position, words matched on both sides together]}.
 */
final class Edges {

  /** Matching words an edit must be followed by for the passage to run through it. */
  static final int CONFIRM = 2;

  /** The edits tried, as the words each side skips: a substitution, an insertion, a deletion. */
  private static final int[][] EDITS = {{1, 1}, {0, 1}, {1, 0}};

  private Edges() {}

  /** From {@code aTo} and {@code bTo} (exclusive ends) onwards. */
  static int[] forward(Words a, int aTo, Words b, int bTo) {
    int run = run(a, aTo, b, bTo, 1);
    if (run >= Aligner.SEED) {
      return new int[] {aTo, bTo, 0};
    }
    int[] best = {aTo + run, bTo + run, 2 * run};
    for (int[] edit : EDITS) {
      int i = aTo + run + edit[0];
      int j = bTo + run + edit[1];
      int after = run(a, i, b, j, 1);
      if (after >= CONFIRM && after < Aligner.SEED && 2 * (run + after) > best[2]) {
        best = new int[] {i + after, j + after, 2 * (run + after)};
      }
    }
    return best;
  }

  /** From {@code aFrom} and {@code bFrom} (inclusive starts) backwards. */
  static int[] backward(Words a, int aFrom, Words b, int bFrom) {
    int run = run(a, aFrom - 1, b, bFrom - 1, -1);
    if (run >= Aligner.SEED) {
      return new int[] {aFrom, bFrom, 0};
    }
    int[] best = {aFrom - run, bFrom - run, 2 * run};
    for (int[] edit : EDITS) {
      int i = aFrom - run - edit[0];
      int j = bFrom - run - edit[1];
      int after = run(a, i - 1, b, j - 1, -1);
      if (after >= CONFIRM && after < Aligner.SEED && 2 * (run + after) > best[2]) {
        best = new int[] {i - after, j - after, 2 * (run + after)};
      }
    }
    return best;
  }

  /**
   * How many words match from {@code i} and {@code j} on, stepping by {@code step}, counted up to a
   * seed's length: a run that long is one the aligner saw and left out (a refrain).
   */
  private static int run(Words a, int i, Words b, int j, int step) {
    int run = 0;
    while (run < Aligner.SEED
        && i >= 0
        && j >= 0
        && i < a.size()
        && j < b.size()
        && a.hash(i) == b.hash(j)) {
      run++;
      i += step;
      j += step;
    }
    return run;
  }
}
