package org.cwg.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every match of a query with its score, in index order. Search needs all of them (totals,
 * facets, orders other than relevance); a top-N collector sized to the whole index would allocate
 * a score slot per Lucene document on every search.
 */
final class AllHits extends SimpleCollector {

  private int[] docs = new int[64];
  private float[] scores = new float[64];
  private int size;
  private int docBase;
  private Scorable scorer;

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    docBase = context.docBase;
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
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  int size() {
    return size;
  }

  /** Index-wide Lucene id of the i-th match; ids ascend with i. */
  int doc(int i) {
    return docs[i];
  }

  float score(int i) {
    return scores[i];
  }
}
