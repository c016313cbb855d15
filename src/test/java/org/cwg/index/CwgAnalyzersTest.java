package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
            "~union@1[4,11)",
            "governing@2[12,21)",
            "~govern@2[12,21)",
            "bodies@3[22,28)",
            "~bodi@3[22,28)",
            "internet@4[29,37)",
            "resume@5[38,44)",
            "~resum@5[38,44)"),
        tokens(CwgAnalyzers.forIndexing(), "The Union’s governing bodies Internet résumé"));
  }

  @Test
  void stemmedSearchAsksForTheMarkedStemAndThePlainWordWhenStemmingKeepsIt() throws IOException {
    assertEquals(
        List.of("~govern@0[0,9)", "govern@0[0,9)"),
        tokens(CwgAnalyzers.stemmedQuery(), "Governing"));
    assertEquals(
        List.of("~union@0[0,7)", "union@0[0,7)"), tokens(CwgAnalyzers.stemmedQuery(), "Union's"));
    // "consider" has the stem "consid": a plain "consider" is no form of "consideration".
    assertEquals(
        List.of("~consider@0[0,13)"), tokens(CwgAnalyzers.stemmedQuery(), "consideration"));
  }

  @Test
  void exactSearchAsksForWordsAsWritten() throws IOException {
    assertEquals(
        List.of("governing@0[0,9)", "union's@1[10,17)"),
        tokens(CwgAnalyzers.exactQuery(), "Governing Union's"));
  }
}
