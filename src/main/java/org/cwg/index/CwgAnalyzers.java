package org.cwg.index;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.cwg.model.Language;

/**
 * The analyzers behind the text fields. Each text field is analysed once, in its document's
 * language, and serves both kinds of search: it holds every word as written (lower-cased, accents
 * folded), for {@code --exact}, and beside each word whose stem in that language differs, the stem
 * marked with {@link #STEM_MARK} and the language's letter ({@link LanguageStems}), for stemmed
 * search. Indexing the text twice, once stemmed and once as written, cost twice the tokenizing and
 * twice the postings for the many words stemming leaves alone.
 *
 * <p>Words are Unicode's (Lucene's standard tokenizer), except in Chinese, which writes no spaces:
 * Chinese documents are cut into words by Lucene's smartcn segmenter. A stemmed query asks for the
 * stems of its words in every language, so it finds each document's forms in that document's
 * language; a query with Chinese characters is also cut as Chinese ({@link #segmentsAsChinese}).
 *
 * <p>Stop words are kept: phrases such as "use and misuse of the Internet" must match as written.
 */
public final class CwgAnalyzers {

  /**
   * Starts a stem in the index. A control character, so that no word typed or indexed begins with
   * it, and prefix queries on words never reach the stems.
   */
  public static final char STEM_MARK = '\u0001';

  private static final Map<Language, Analyzer> INDEXING = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      INDEXING.put(
          language,
          new OnWords(
              tokenizerFor(language),
              words -> new WordAndStemFilter(words, LanguageStems.of(language))));
    }
  }

  private CwgAnalyzers() {}

  /** The analyzer of every text field at indexing, for a document in English. */
  public static Analyzer forIndexing() {
    return forIndexing(Language.ENGLISH);
  }

  /**
   * The analyzer of the text fields of a document in {@code language} (English when it is not
   * known): its words, and their stems in that language. Shared: analyzers are thread-safe.
   */
  public static Analyzer forIndexing(Language language) {
    return INDEXING.get(language == null ? Language.ENGLISH : language);
  }

  /** Query words for stemmed search: each word's stem in every language, as the index holds it. */
  public static Analyzer stemmedQuery() {
    return stemmedQuery(EnumSet.allOf(Language.class));
  }

  /**
   * Query words for stemmed search in an index of documents in {@code languages} (and documents of
   * no known language, stemmed as English): each word's stems in those languages only, since every
   * stem asked for costs the query a term to look up.
   */
  public static Analyzer stemmedQuery(Collection<Language> languages) {
    Set<LanguageStems> stems = EnumSet.of(LanguageStems.ENGLISH);
    languages.forEach(language -> stems.add(LanguageStems.of(language)));
    List<LanguageStems> ordered = List.copyOf(stems);
    return new OnWords(StandardTokenizer::new, words -> new StemQueryFilter(words, ordered));
  }

  /** Query words for exact search: lower-cased and accents folded, otherwise as written. */
  public static Analyzer exactQuery() {
    return new OnWords(StandardTokenizer::new, UnaryOperator.identity());
  }

  /** Query words cut as Chinese text is indexed, stemmed as its Latin words are. */
  public static Analyzer chineseStemmedQuery() {
    return new OnWords(
        HMMChineseTokenizer::new,
        words -> new StemQueryFilter(words, List.of(LanguageStems.of(Language.CHINESE))));
  }

  /** Query words cut as Chinese text is indexed, as written. */
  public static Analyzer chineseExactQuery() {
    return new OnWords(HMMChineseTokenizer::new, UnaryOperator.identity());
  }

  /**
   * Whether a query text holds Chinese characters, which Chinese documents index as segmented words
   * and the others character by character: such a text is looked up both ways.
   */
  public static boolean segmentsAsChinese(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static Supplier<Tokenizer> tokenizerFor(Language language) {
    return language == Language.CHINESE ? HMMChineseTokenizer::new : StandardTokenizer::new;
  }

  private static TokenStream words(TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /**
   * Tokens made {@link #words}, then {@code after} them. Wildcards, fuzzy terms and ranges are
   * normalized to words alone, as every text field holds them.
   */
  private static final class OnWords extends Analyzer {
    private final Supplier<Tokenizer> tokenizer;
    private final UnaryOperator<TokenStream> after;

    OnWords(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> after) {
      this.tokenizer = tokenizer;
      this.after = after;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.get();
      return new TokenStreamComponents(source, after.apply(words(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return words(in);
    }
  }
}
