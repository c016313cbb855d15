package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.cwg.index.IndexFields;

/**
 * Where a query matches inside one Lucene document, as character offsets into its stored text.
 * Lucene's matches API replays the query on the postings (which carry offsets), so a phrase is one
 * span, a wildcard every word it expands to, and nothing is re-analysed.
 */
public final class MatchSpans {

  /** The body and the heading share the offsets of the stored text. */
  private static final List<String> FIELDS = List.of(IndexFields.TEXT, IndexFields.HEADING);

  private final List<LeafReaderContext> leaves;
  private final Weight weight;

  private MatchSpans(List<LeafReaderContext> leaves, Weight weight) {
    this.leaves = leaves;
    this.weight = weight;
  }

  /** Prepares {@code query} once for the spans of many documents. */
  public static MatchSpans of(IndexSearcher searcher, Query query) throws IOException {
    Query rewritten = searcher.rewrite(query);
    return new MatchSpans(
        searcher.getIndexReader().leaves(),
        searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f));
  }

  /**
   * The spans of the matches in a document (by its index-wide id), in text order. Overlapping
   * matches (a phrase and one of its words, both asked for) become one span, so that nothing is
   * counted twice.
   */
  public List<Span> in(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (String field : FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          spans.add(new Span(it.startOffset(), it.endOffset()));
        }
      }
    }
    return merge(spans);
  }

  private static List<Span> merge(List<Span> spans) {
    spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    for (Span span : spans) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() < last.end()) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /**
   * One match.
   *
   * @param start offset of its first character
   * @param end offset just past it
   */
  public record Span(int start, int end) {}
}
