package org.cwg.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Where each file's Lucene documents start, segment by segment. {@link DocumentMapper} writes a
 * file as one block, its {@code document} first (or a lone {@code failure}), and Lucene keeps a
 * block together in one segment and in order; so the file a section belongs to is the block it
 * falls in, and hits taken in index order move to another file exactly when they pass the next
 * start. Counting files that way costs a comparison per hit instead of a doc-values read.
 *
 * <p>Each segment's starts are found once and kept for the reader's life, as Lucene's join
 * module keeps its parent filters. Thread-safe.
 */
final class RecordBlocks {

  private final List<LeafReaderContext> leaves;
  private final BitSet[] starts;

  RecordBlocks(IndexReader reader) {
    this.leaves = reader.leaves();
    this.starts = new BitSet[leaves.size()];
  }

  /** The first Lucene document of every file in {@code leaf}, a segment of this reader. */
  synchronized BitSet startsIn(LeafReaderContext leaf) throws IOException {
    if (leaves.get(leaf.ord) != leaf) {
      throw new IllegalArgumentException("a segment of another reader");
    }
    BitSet found = starts[leaf.ord];
    if (found == null) {
      LeafReader reader = leaf.reader();
      FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
      for (String kind : List.of(IndexFields.KIND_DOCUMENT, IndexFields.KIND_FAILURE)) {
        PostingsEnum docs = reader.postings(new Term(IndexFields.KIND, kind), PostingsEnum.NONE);
        if (docs != null) {
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            bits.set(doc);
          }
        }
      }
      found = bits;
      starts[leaf.ord] = found;
    }
    return found;
  }
}
