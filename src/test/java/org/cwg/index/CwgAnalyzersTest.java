package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.cwg.model.Language;
import org.junit.jupiter.api.Test;

class CwgAnalyzersTest {

  /** Tokens as {@code term@position[start,end)}, the stem mark shown as '~'. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            term.toString().replace(CwgAnalyzers.STEM_MARK, '~')
                + "@"
                + position
                + "["
                + offsets.startOffset()
                + ","
                + offsets.endOffset()
                + ")");
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void indexesEachWordAndBesideItItsStemWhenThatDiffers() throws IOException {
    assertEquals(
        List.of(
            "the@0[0,3)",
            "union's@1[4,11)",
            "~eunion@1[4,11)",
            "governing@2[12,21)",
            "~egovern@2[12,21)",
            "bodies@3[22,28)",
            "~ebodi@3[22,28)",
            "internet@4[29,37)",
            "resume@5[38,44)",
            "~eresum@5[38,44)"),
        tokens(CwgAnalyzers.forIndexing(), "The Union’s governing bodies Internet résumé"));
  }

  @Test
  void stemmedSearchAsksForTheMarkedStemAndThePlainWordWhenStemmingKeepsIt() throws IOException {
    assertEquals(
        List.of("~egovern@0[0,9)", "govern@0[0,9)"),
        english(tokens(CwgAnalyzers.stemmedQuery(), "Governing")));
    assertEquals(
        List.of("~eunion@0[0,7)", "union@0[0,7)"),
        english(tokens(CwgAnalyzers.stemmedQuery(), "Union's")));
    // "consider" has the stem "consid": a plain "consider" is no form of "consideration".
    assertEquals(
        List.of("~econsider@0[0,13)"),
        english(tokens(CwgAnalyzers.stemmedQuery(), "consideration")));
  }

  /** The English stem of a query word and the plain stem the English stemmer keeps. */
  private static List<String> english(List<String> tokens) {
    List<String> english = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).startsWith("~e")) {
        english.add(tokens.get(i));
        String plain = tokens.get(i).substring(2);
        if (i + 1 < tokens.size() && tokens.get(i + 1).equals(plain)) {
          english.add(plain);
        }
      }
    }
    return english;
  }

  @Test
  void eachLanguageIndexesTheStemsOfItsOwnStemmer() throws IOException {
    assertEquals(
        List.of(
            "gouvernements@0[0,13)",
            "~fgouvern@0[0,13)",
            "l'internet@1[14,24)",
            "~finternet@1[14,24)"),
        tokens(CwgAnalyzers.forIndexing(Language.FRENCH), "gouvernements l’Internet"));
    assertEquals(
        List.of("propuestas@0[0,10)", "~spropuest@0[0,10)"),
        tokens(CwgAnalyzers.forIndexing(Language.SPANISH), "Propuestas"));
    assertEquals(
        List.of("управления@0[0,10)", "~rуправлен@0[0,10)"),
        tokens(CwgAnalyzers.forIndexing(Language.RUSSIAN), "управления"));
    assertEquals(
        List.of("والاتصالات@0[0,10)", "~aاتصال@0[0,10)"),
        tokens(CwgAnalyzers.forIndexing(Language.ARABIC), "والاتصالات"));
    // An unknown language is indexed as English, the language of most ITU documents.
    assertEquals(
        tokens(CwgAnalyzers.forIndexing(Language.ENGLISH), "governing bodies"),
        tokens(CwgAnalyzers.forIndexing(null), "governing bodies"));
  }

  @Test
  void chineseIsCutIntoWordsNotCharacters() throws IOException {
    assertEquals(
        List.of("互联网@0[0,3)", "治理@1[3,5)"),
        tokens(CwgAnalyzers.forIndexing(Language.CHINESE), "互联网治理"));
    assertEquals(
        List.of("互联网@0[0,3)", "治理@1[3,5)"), tokens(CwgAnalyzers.chineseExactQuery(), "互联网治理"));
    assertTrue(CwgAnalyzers.segmentsAsChinese("关于 Internet"));
    assertFalse(CwgAnalyzers.segmentsAsChinese("Интернет"));
  }

  @Test
  void aStemmedQueryAsksForTheStemInEveryLanguage() throws IOException {
    List<String> terms = tokens(CwgAnalyzers.stemmedQuery(), "gouvernement");
    assertTrue(terms.contains("~fgouvern@0[0,12)"), terms.toString());
    assertTrue(terms.stream().anyMatch(t -> t.startsWith("~e")), terms.toString());
    assertTrue(terms.stream().allMatch(t -> t.endsWith("@0[0,12)")), terms.toString());
    assertEquals(terms.size(), terms.stream().distinct().count(), "each term once");
  }

  @Test
  void exactSearchAsksForWordsAsWritten() throws IOException {
    assertEquals(
        List.of("governing@0[0,9)", "union's@1[10,17)"),
        tokens(CwgAnalyzers.exactQuery(), "Governing Union's"));
  }
}
