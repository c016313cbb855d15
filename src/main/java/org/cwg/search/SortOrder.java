package org.cwg.search;

/** How search hits are ordered. */
public enum SortOrder {
  /** Best BM25 score first. */
  RELEVANCE,
  /** Oldest document first, undated last; ties by score. */
  DATE,
  /** Lowest meeting first, then by document number and section; no meeting last. */
  MEETING
}
