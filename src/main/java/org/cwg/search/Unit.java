package org.cwg.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A ranked Lucene document (a section or a front matter) with what sorting and facets need. The
 * meeting and position come from doc values at once; the strings (number, date, path, sources,
 * section kind) are kept as ordinals and looked up the first time they are asked for, since a
 * look-up decompresses a block of the doc values' terms and most hits are passed over on their
 * score alone.
 */
final class Unit {

  private final int doc;
  private final float score;
  private final Integer meeting;
  private final int sectionIndex;
  private final HitKeys.Strings strings;
  private final long numberOrd;
  private final int dateOrd;
  private final int pathOrd;
  private final long sectionOrd;
  private final long[] sourceOrds;
  private String number;
  private String date;
  private String path;
  private String sectionKind;
  private List<String> sources;

  Unit(
      int doc,
      float score,
      Integer meeting,
      int sectionIndex,
      HitKeys.Strings strings,
      long numberOrd,
      int dateOrd,
      int pathOrd,
      long sectionOrd,
      long[] sourceOrds) {
    this.doc = doc;
    this.score = score;
    this.meeting = meeting;
    this.sectionIndex = sectionIndex;
    this.strings = strings;
    this.numberOrd = numberOrd;
    this.dateOrd = dateOrd;
    this.pathOrd = pathOrd;
    this.sectionOrd = sectionOrd;
    this.sourceOrds = sourceOrds;
  }

  /** Index-wide Lucene id. */
  int doc() {
    return doc;
  }

  /** BM25 score. */
  float score() {
    return score;
  }

  /** The document's meeting, or null. */
  Integer meeting() {
    return meeting;
  }

  /** The section's position in its document, -1 for the front matter. */
  int sectionIndex() {
    return sectionIndex;
  }

  /** The document's number, or null. */
  String number() {
    if (number == null && numberOrd >= 0) {
      number = strings.number(numberOrd);
    }
    return number;
  }

  /** The document's date, or null. */
  String date() {
    if (date == null && dateOrd >= 0) {
      date = strings.date(dateOrd);
    }
    return date;
  }

  /** The document's file, which identifies it. */
  String path() {
    if (path == null && pathOrd >= 0) {
      path = strings.path(pathOrd);
    }
    return path;
  }

  /** The section's kind, or null for the front matter. */
  String sectionKind() {
    if (sectionKind == null && sectionOrd >= 0) {
      sectionKind = strings.section(sectionOrd);
    }
    return sectionKind;
  }

  /** The document's source countries and organisations. */
  List<String> sources() {
    if (sources == null) {
      List<String> all = new ArrayList<>(sourceOrds.length);
      for (long ord : sourceOrds) {
        all.add(strings.source(ord));
      }
      sources = List.copyOf(all);
    }
    return sources;
  }
}
