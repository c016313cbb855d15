package org.cwg.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Indexing side of the one text field: passes every word as it comes (lower-cased, folded), and
 * when its stem in the document's language differs, the stem too, marked with {@link
 * LanguageStems#mark()}, at the same position and offsets. Exact search asks for the words, stemmed
 * search for the stems. A stem equal to its word is left out, the word stands for it: that keeps
 * about half the stems out of the index.
 */
final class WordAndStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final WordStems stems;
  private char[] pendingStem;

  WordAndStemFilter(TokenStream input, LanguageStems language) {
    super(input);
    this.stems = new WordStems(language);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingStem != null) {
      // Every other attribute, offsets included, still holds the word's values.
      term.copyBuffer(pendingStem, 0, pendingStem.length);
      increment.setPositionIncrement(0);
      pendingStem = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pendingStem = stems.markedStemOf(term.buffer(), term.length());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingStem = null;
  }
}
