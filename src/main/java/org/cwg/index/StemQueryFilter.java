package org.cwg.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Query side of stemmed search: for a query word, in each language a document may be in, the terms
 * that hold its stem in the index (see {@link WordAndStemFilter}), all at the word's position: the
 * marked stem, which words with another form carry, and the stem as a plain word, which words
 * already in that form carry. So one query finds the forms of its words in documents of every
 * language, each stemmed in its own.
 *
 * <p>The plain word is asked for only when stemming leaves it unchanged: Porter's stemmer is not
 * idempotent ("consideration" gives "consider", but "consider" gives "consid"), and a plain
 * "consider" in a text has the stem "consid": it is not a form of "consideration".
 */
final class StemQueryFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final List<WordStems> languages;
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State word;

  StemQueryFilter(TokenStream input, List<LanguageStems> languages) {
    super(input);
    this.languages = languages.stream().map(WordStems::new).toList();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending.isEmpty()) {
      if (!input.incrementToken()) {
        return false;
      }
      Set<String> terms = new LinkedHashSet<>();
      String written = term.toString();
      for (WordStems language : languages) {
        String stem = language.stemOf(written);
        terms.add(language.mark() + stem);
        if (language.stemOf(stem).equals(stem)) {
          terms.add(stem);
        }
      }
      pending.addAll(terms);
      word = captureState();
      term.setEmpty().append(pending.poll());
      return true;
    }
    // Every other attribute, offsets included, holds the word's values.
    restoreState(word);
    term.setEmpty().append(pending.poll());
    increment.setPositionIncrement(0);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
