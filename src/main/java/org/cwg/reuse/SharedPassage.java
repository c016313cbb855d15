package org.cwg.reuse;

/**
 * A passage two documents share.
 *
 * @param a where it lies in the earlier document (in corpus order)
 * @param b where it lies in the other
 * @param words its length in words (the shorter side's)
 * @param similarity the share of its words found in both, 1.0 for an exact copy
 * @param text the passage as written in {@code a}
 */
public record SharedPassage(
    PassageRef a, PassageRef b, int words, double similarity, String text) {}
