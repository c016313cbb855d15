package org.cwg.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stem of a word in one language, as Lucene's stemmer for it gives it ({@link LanguageStems}),
 * marked as the index holds it and remembered per word. A profile of indexing put a fifth of its
 * time in the stemmer, yet a corpus repeats a few thousand words: each is stemmed once per analyzer
 * thread and then looked up without allocating. Not thread-safe: one per token stream.
 */
final class WordStems {

  /** Enough for the vocabulary of a large corpus; forgotten all at once beyond it. */
  private static final int MAX_WORDS = 200_000;

  /** Remembers a word that is its own stem. */
  private static final char[] SAME = new char[0];

  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
  private final String mark;
  private final OneWord word = new OneWord();
  private final TokenStream stemmer;
  private final CharTermAttribute stemmed;

  WordStems(LanguageStems language) {
    this.mark = language.mark();
    this.stemmer = language.stem(word);
    this.stemmed = stemmer.getAttribute(CharTermAttribute.class);
  }

  /** What this language's stems start with in the index. */
  String mark() {
    return mark;
  }

  /**
   * The marked stem of {@code length} chars of {@code text}, or null when the stem is the word
   * itself.
   */
  char[] markedStemOf(char[] text, int length) {
    char[] stem = stems.get(text, 0, length);
    if (stem == null) {
      String word = new String(text, 0, length);
      String plain = stemOf(word);
      stem = plain.equals(word) ? SAME : (mark + plain).toCharArray();
      if (stems.size() >= MAX_WORDS) {
        stems.clear();
      }
      stems.put(word, stem);
    }
    return stem == SAME ? null : stem;
  }

  /** The stem of a word, unmarked and not remembered. */
  String stemOf(String text) {
    try {
      word.set(text);
      stemmer.reset();
      // A stemmer that drops the word (none of cwg's does) leaves it as it was.
      String stem = stemmer.incrementToken() ? stemmed.toString() : text;
      stemmer.end();
      stemmer.close();
      return stem;
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
