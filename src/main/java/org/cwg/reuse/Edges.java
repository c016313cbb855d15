package org.cwg.reuse;

/**
 * Carries a passage's end (or start) word by word past the seeds: first the words that still match,
 * then one last edit (a word substituted, inserted or deleted) when at least {@value #CONFIRM}
 * matching words follow it. Only what seeds cannot see is added: fewer than a seed's words on
 * either side of the edit, so a refrain the aligner left out (a sentence a report repeats for every
 * contribution) is not taken back in word by word. Each result is {@code [a position, b position,
 * words matched on both sides together]}.
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
    int[] best = {aTo + run, bTo + run, 2 * run};
    for (int[] edit : EDITS) {
      int i = aTo + run + edit[0];
      int j = bTo + run + edit[1];
      int after = run(a, i, b, j, 1);
      if (after >= CONFIRM && 2 * (run + after) > best[2]) {
        best = new int[] {i + after, j + after, 2 * (run + after)};
      }
    }
    return best;
  }

  /** From {@code aFrom} and {@code bFrom} (inclusive starts) backwards. */
  static int[] backward(Words a, int aFrom, Words b, int bFrom) {
    int run = run(a, aFrom - 1, b, bFrom - 1, -1);
    int[] best = {aFrom - run, bFrom - run, 2 * run};
    for (int[] edit : EDITS) {
      int i = aFrom - run - edit[0];
      int j = bFrom - run - edit[1];
      int after = run(a, i - 1, b, j - 1, -1);
      if (after >= CONFIRM && 2 * (run + after) > best[2]) {
        best = new int[] {i - after, j - after, 2 * (run + after)};
      }
    }
    return best;
  }

  /** How many words match from {@code i} and {@code j} on, stepping by {@code step}. */
  private static int run(Words a, int i, Words b, int j, int step) {
    int run = 0;
    while (run < Aligner.SEED - 1
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
