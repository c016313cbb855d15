package org.cwg.reuse;

/**
 * A passage two texts share, in word positions of each (ends exclusive).
 *
 * @param aFrom first word in text a
 * @param aTo word just past the passage in text a
 * @param bFrom first word in text b
 * @param bTo word just past the passage in text b
 * @param matched words of both texts that lie in a shingle found in the other, summed
 */
public record Alignment(int aFrom, int aTo, int bFrom, int bTo, int matched) {

  /** The shorter side's length in words. */
  public int words() {
    return Math.min(aTo - aFrom, bTo - bFrom);
  }

  /** The share of both sides' words that match the other side: 1.0 for an exact copy. */
  public double similarity() {
    int length = (aTo - aFrom) + (bTo - bFrom);
    return length == 0 ? 0 : (double) matched / length;
  }
}
