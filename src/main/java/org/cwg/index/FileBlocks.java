package org.cwg.index;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSet;

/**
 * Where each file's block of Lucene documents starts and ends in one segment. {@link
 * DocumentMapper} writes a file as one block, its {@code document} first (or a lone {@code
 * failure}), and Lucene keeps a block together in one segment and in order; so the file a section
 * belongs to is the block it falls in, and hits taken in index order move to another file exactly
 * when they pass the end of the block they are in.
 */
public final class FileBlocks {

  private final BitSet starts;
  private final int maxDoc;

  FileBlocks(BitSet starts, int maxDoc) {
    this.starts = starts;
    this.maxDoc = maxDoc;
  }

  /** Where the block holding {@code doc} ends: the next file's start, or the segment's end. */
  public int endOf(int doc) {
    int next = doc + 1 < maxDoc ? starts.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
    return next == DocIdSetIterator.NO_MORE_DOCS ? maxDoc : next;
  }
}
