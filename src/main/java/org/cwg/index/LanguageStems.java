package org.cwg.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.cwg.model.Language;

/**
 * The stemmer of each language, as Lucene's analyzer for that language stems (after its tokenizer,
 * lower-casing and stop words), and the letter that follows {@link CwgAnalyzers#STEM_MARK} in the
 * stems it gives: a French stem is {@code "\u0001f" + stem}, so that a French stem matches French
 * documents only, whatever an English word of the same letters stems to.
 */
enum LanguageStems {
  ARABIC('a', words -> new ArabicStemFilter(new ArabicNormalizationFilter(words))),
  ENGLISH('e', words -> new PorterStemFilter(new EnglishPossessiveFilter(words))),
  FRENCH(
      'f',
      words ->
          new FrenchLightStemFilter(new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES))),
  // Lucene's Russian analyzer stems with Snowball's Russian stemmer, named here as Lucene allows.
  RUSSIAN('r', words -> new SnowballFilter(words, "Russian")),
  SPANISH('s', SpanishLightStemFilter::new);

  private final char letter;
  private final UnaryOperator<TokenStream> stemmer;

  LanguageStems(char letter, UnaryOperator<TokenStream> stemmer) {
    this.letter = letter;
    this.stemmer = stemmer;
  }

  /** What a stem of this language starts with in the index. */
  String mark() {
    return "" + CwgAnalyzers.STEM_MARK + letter;
  }

  TokenStream stem(TokenStream words) {
    return stemmer.apply(words);
  }

  /**
   * The stems a document in {@code language} is indexed with; English when the language is not
   * known. Chinese words have no inflection: the Latin words of a Chinese text are stemmed as
   * English, as Lucene's smartcn analyzer does.
   */
  static LanguageStems of(Language language) {
    if (language == null) {
      return ENGLISH;
    }
    return switch (language) {
      case ARABIC -> ARABIC;
      case FRENCH -> FRENCH;
      case RUSSIAN -> RUSSIAN;
      case SPANISH -> SPANISH;
      case ENGLISH, CHINESE -> ENGLISH;
    };
  }
}
