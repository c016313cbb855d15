package org.cwg.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers behind the text fields. Each text field is analysed once and serves both kinds of
 * search: it holds every word as written (lower-cased, accents folded), for {@code --exact}, and
 * beside each word whose English stem differs, the stem marked with {@link #STEM_MARK}, for stemmed
 * search. Indexing the text twice, once stemmed and once as written, cost twice the tokenizing and
 * twice the postings for the many words stemming leaves alone.
 *
 * <p>Stop words are kept: phrases such as "use and misuse of the Internet" must match as written.
 */
public final class CwgAnalyzers {

  /**
   * Starts a stem in the index. A control character, so that no word typed or indexed begins with
   * it, and prefix queries on words never reach the stems.
   */
  public static final char STEM_MARK = '\u0001';

  private CwgAnalyzers() {}

  /** The analyzer of every text field at indexing: words and marked stems. */
  public static Analyzer forIndexing() {
    return new OnWords(WordAndStemFilter::new);
  }

  /** Query words for stemmed search: each word's stem, as the index holds it. */
  public static Analyzer stemmedQuery() {
    return new OnWords(
        words -> {
          TokenStream stream = new PorterStemFilter(new EnglishPossessiveFilter(words));
          return new StemQueryFilter(new PorterStemFilter(new KeywordRepeatFilter(stream)));
        });
  }

  /** Query words for exact search: lower-cased and accents folded, otherwise as written. */
  public static Analyzer exactQuery() {
    return new OnWords(UnaryOperator.identity());
  }

  private static TokenStream words(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /**
   * Standard tokens made {@link #words}, then {@code after} them. Wildcards, fuzzy terms and ranges
   * are normalized to words alone, as every text field holds them.
   */
  private static final class OnWords extends Analyzer {
    private final UnaryOperator<TokenStream> after;

    OnWords(UnaryOperator<TokenStream> after) {
      this.after = after;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, after.apply(words(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return words(in);
    }
  }
}
