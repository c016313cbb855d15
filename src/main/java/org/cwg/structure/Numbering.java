package org.cwg.structure;

import java.util.TreeMap;
import org.cwg.structure.HeadingNumber.Scheme;

/**
 * The numbered headings seen so far, to tell a heading from a numbered paragraph: a heading
 * continues the outline (the next sibling, or the first child of the open heading), while "1.1"
 * under "1" that was a paragraph, or "7.3.1" right under "7", does not.
 *
 * <p>The first top-level heading fixes the top scheme. Under roman or lettered tops, decimal
 * numbers sit one level down; under decimal tops, roman numbers and letters are never headings.
 */
final class Numbering {

  private record Open(Scheme scheme, HeadingNumber number) {}

  private final TreeMap<Integer, Open> open = new TreeMap<>();
  private final boolean inAnnex;
  private Scheme top;

  /** The outline of a document's body. */
  Numbering() {
    this(false);
  }

  private Numbering(boolean inAnnex) {
    this.inAnnex = inAnnex;
  }

  /**
   * The outline inside an annex, appendix or attachment: its numbering restarts, and only there are
   * clauses numbered after the annex ("A.1", "I.2"), whose letter counts as a level.
   */
  static Numbering inAnnex() {
    return new Numbering(true);
  }

  /** The outline level this number would have, or 0 when it cannot be a heading here. */
  int levelOf(HeadingNumber number) {
    Scheme scheme = number.scheme();
    if (scheme == Scheme.ANNEX) {
      // The annex's letter counts as the first level: "A.1" is at level 2.
      return inAnnex ? number.path().size() + 1 : 0;
    }
    if (scheme == Scheme.DECIMAL) {
      int shift = top == Scheme.ROMAN || top == Scheme.LETTER ? 1 : 0;
      return number.path().size() + shift;
    }
    if (top == null || top == scheme) {
      return 1;
    }
    return top == Scheme.ROMAN && scheme == Scheme.LETTER ? 2 : 0;
  }

  /** Whether the number continues the outline at its level. */
  boolean continues(HeadingNumber number, int level) {
    if (level < 1) {
      return false;
    }
    if (level > 1 && !parentMatches(number, level)) {
      return false;
    }
    Open sibling = open.get(level);
    int expected =
        sibling != null && sibling.scheme() == number.scheme() ? sibling.number().last() + 1 : 1;
    return number.last() == expected || number.inserted() && number.last() == expected - 1;
  }

  private boolean parentMatches(HeadingNumber number, int level) {
    if (number.scheme() == Scheme.ANNEX && number.path().size() == 1) {
      return true;
    }
    Open parent = open.get(level - 1);
    if (parent == null) {
      return false;
    }
    if (!isDecimal(number.scheme()) || number.path().size() == 1) {
      return true;
    }
    return isDecimal(parent.scheme())
        && parent.number().path().equals(number.path().subList(0, number.path().size() - 1));
  }

  private static boolean isDecimal(Scheme scheme) {
    return scheme == Scheme.DECIMAL || scheme == Scheme.ANNEX;
  }

  /** Records a heading at a level, closing everything deeper. */
  void accept(HeadingNumber number, int level) {
    if (level == 1 && top == null) {
      top = number.scheme();
    }
    open.tailMap(level, true).clear();
    open.put(level, new Open(number.scheme(), number));
  }

  /** Records an unnumbered heading at a level: deeper numbers no longer continue. */
  void acceptUnnumbered(int level) {
    open.tailMap(level + 1, true).clear();
  }
}
