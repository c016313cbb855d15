package org.cwg.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The {@link FileBlocks} of every segment of a reader, each found once (from the postings of the
 * kinds that start a block) and kept for the reader's life, as Lucene's join module keeps its
 * parent filters. Counting a query's files by block costs a comparison per hit instead of a
 * doc-values read. Thread-safe.
 */
final class RecordBlocks {

  private final List<LeafReaderContext> leaves;
  private final FileBlocks[] blocks;

  RecordBlocks(IndexReader reader) {
    this.leaves = reader.leaves();
    this.blocks = new FileBlocks[leaves.size()];
  }

  /** The file blocks of {@code leaf}, a segment of this reader. */
  synchronized FileBlocks in(LeafReaderContext leaf) throws IOException {
    if (leaves.get(leaf.ord) != leaf) {
      throw new IllegalArgumentException("a segment of another reader");
    }
    FileBlocks found = blocks[leaf.ord];
    if (found == null) {
      LeafReader reader = leaf.reader();
      FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
      for (String kind : List.of(IndexFields.KIND_DOCUMENT, IndexFields.KIND_FAILURE)) {
        PostingsEnum docs = reader.postings(new Term(IndexFields.KIND, kind), PostingsEnum.NONE);
        if (docs != null) {
          for (int doc = docs.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            bits.set(doc);
          }
        }
      }
      found = new FileBlocks(bits, reader.maxDoc());
      blocks[leaf.ord] = found;
    }
    return found;
  }
}
