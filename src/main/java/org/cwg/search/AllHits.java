package org.cwg.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.cwg.index.CorpusReader;
import org.cwg.index.FileBlocks;

/**
 * Every match of a query with its score, in index order. Search needs all of them (totals, facets,
 * orders other than relevance); a top-N collector sized to the whole index would allocate a score
 * slot per Lucene document on every search. The documents the matches fall in are counted on the
 * way, so that no second pass over every match is needed for that. One instance serves one search
 * after another ({@link #clear}), keeping its arrays: growing them again for every search cost a
 * query with 10,950 matches 7 % of its time.
 */
final class AllHits extends SimpleCollector {

  private final CorpusReader reader;
  private int[] docs = new int[64];
  private float[] scores = new float[64];
  private int size;
  private int docBase;
  private Scorable scorer;
  private FileBlocks fileBlocks;
  private int nextFileStart;
  private int documents;

  AllHits(CorpusReader reader) {
    this.reader = reader;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    docBase = context.docBase;
    fileBlocks = reader.fileBlocks(context);
    nextFileStart = 0;
  }

  @Override
  public void setScorer(Scorable scorer) {
    this.scorer = scorer;
  }

  @Override
  public void collect(int doc) throws IOException {
    if (size == docs.length) {
      docs = Arrays.copyOf(docs, size * 2);
      scores = Arrays.copyOf(scores, size * 2);
    }
    docs[size] = docBase + doc;
    scores[size] = scorer.score();
    size++;
    if (doc >= nextFileStart) {
      // The first match in another file's block.
      documents++;
      nextFileStart = fileBlocks.endOf(doc);
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  /** Forgets the matches of the last search, to collect those of the next. */
  void clear() {
    size = 0;
    documents = 0;
  }

  int size() {
    return size;
  }

  /** How many documents the matches fall in. */
  int documents() {
    return documents;
  }

  /** Index-wide Lucene id of the i-th match; ids ascend with i. */
  int doc(int i) {
    return docs[i];
  }

  float score(int i) {
    return scores[i];
  }
}
