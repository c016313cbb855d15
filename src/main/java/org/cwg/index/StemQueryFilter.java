package org.cwg.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Query side of stemmed search: for a query word's stem, the terms that hold it in the index (see
 * {@link WordAndStemFilter}): the marked stem, which words with another form carry, and the stem as
 * a plain word, which words already in that form carry.
 *
 * <p>The plain word is asked for only when stemming leaves it unchanged: Porter's stemmer is not
 * idempotent ("consideration" gives "consider", but "consider" gives "consid"), and a plain
 * "consider" in a text has the stem "consid": it is not a form of "consideration". Expects each
 * stem twice, the way {@code KeywordRepeatFilter} gives it: first as a keyword, then stemmed once
 * more.
 */
final class StemQueryFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private String stem = "";

  StemQueryFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (keyword.isKeyword()) {
        keyword.setKeyword(false);
        stem = term.toString();
        term.setEmpty().append(CwgAnalyzers.STEM_MARK).append(stem);
        return true;
      }
      if (stem.contentEquals(term)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stem = "";
  }
}
