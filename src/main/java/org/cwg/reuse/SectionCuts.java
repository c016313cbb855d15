package org.cwg.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;

/**
 * Cuts an alignment where a section of either document starts, so that each piece lies in one
 * section on both sides. A boundary of one side is carried to the other in proportion to the
 * pieces' lengths, which is exact for a copy and off by a word or two for an edited one.
 */
final class SectionCuts {

  private SectionCuts() {}

  static List<Alignment> cut(
      Alignment whole, DocumentRecord a, Words aWords, DocumentRecord b, Words bWords) {
    int aLength = whole.aTo() - whole.aFrom();
    int bLength = whole.bTo() - whole.bFrom();
    TreeSet<Integer> cuts = new TreeSet<>(); // in words from the passage's start on side a
    for (int i = whole.aFrom() + 1; i < whole.aTo(); i++) {
      if (startsSection(a, aWords, i)) {
        cuts.add(i - whole.aFrom());
      }
    }
    for (int j = whole.bFrom() + 1; j < whole.bTo(); j++) {
      if (startsSection(b, bWords, j)) {
        cuts.add((int) Math.round((double) (j - whole.bFrom()) * aLength / bLength));
      }
    }
    if (cuts.isEmpty()) {
      return List.of(whole);
    }
    cuts.add(aLength);
    List<Alignment> pieces = new ArrayList<>();
    double coverage = whole.similarity();
    int previous = 0;
    for (int cut : cuts) {
      if (cut <= previous || cut > aLength) {
        continue;
      }
      int bFrom = whole.bFrom() + (int) Math.round((double) previous * bLength / aLength);
      int bTo = whole.bFrom() + (int) Math.round((double) cut * bLength / aLength);
      int aFrom = whole.aFrom() + previous;
      int aTo = whole.aFrom() + cut;
      int matched = (int) Math.round(coverage * ((aTo - aFrom) + (bTo - bFrom)));
      pieces.add(new Alignment(aFrom, aTo, bFrom, bTo, matched));
      previous = cut;
    }
    return pieces;
  }

  /** Whether word {@code index} is the first word of a section (its heading's first word). */
  private static boolean startsSection(DocumentRecord record, Words words, int index) {
    int before = words.end(index - 1);
    int at = words.start(index);
    for (Section section : record.sections()) {
      if (section.start() >= before && section.start() <= at) {
        return true;
      }
    }
    return false;
  }
}
