package org.cwg.search;

/** How concordance lines are ordered. */
public enum KwicSort {
  /** By meeting, document number and position in the text. */
  MEETING,
  /** By the words just before the match, read leftwards, so that phrases ending alike group. */
  LEFT,
  /** By the words just after the match. */
  RIGHT
}
