package org.cwg.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English stem of a word, as Lucene's {@link EnglishPossessiveFilter} and {@link
 * PorterStemFilter} give it at query time, marked as the index holds it and remembered per word. A
 * profile of indexing put a fifth of its time in the stemmer, yet a corpus repeats a few thousand
 * words: each is stemmed once per analyzer thread and then looked up without allocating. Not
 * thread-safe: one per token stream.
 */
final class WordStems {

  /** Enough for the vocabulary of a large corpus; forgotten all at once beyond it. */
  private static final int MAX_WORDS = 200_000;

  /** Remembers a word that is its own stem. */
  private static final char[] SAME = new char[0];

  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
  private final OneWord word = new OneWord();
  private final TokenStream stemmer = new PorterStemFilter(new EnglishPossessiveFilter(word));
  private final CharTermAttribute stemmed = stemmer.getAttribute(CharTermAttribute.class);

  /**
   * The marked stem of {@code length} chars of {@code text}, or null when the stem is the word
   * itself.
   */
  char[] markedStemOf(char[] text, int length) {
    char[] stem = stems.get(text, 0, length);
    if (stem == null) {
      String word = new String(text, 0, length);
      stem = stem(word);
      if (stems.size() >= MAX_WORDS) {
        stems.clear();
      }
      stems.put(word, stem);
    }
    return stem == SAME ? null : stem;
  }

  private char[] stem(String text) {
    try {
      word.set(text);
      stemmer.reset();
      stemmer.incrementToken();
      String stem = stemmed.toString();
      stemmer.end();
      stemmer.close();
      return stem.equals(text) ? SAME : (CwgAnalyzers.STEM_MARK + stem).toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("a stream of one word in memory cannot fail", e);
    }
  }

  /** A stream of one word, to run Lucene's filters on it alone. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String next;

    void set(String text) {
      next = text;
    }

    @Override
    public boolean incrementToken() {
      if (next == null) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(next);
      next = null;
      return true;
    }
  }
}
