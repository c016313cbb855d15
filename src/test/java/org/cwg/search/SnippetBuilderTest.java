package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.search.MatchSpans.Span;
import org.junit.jupiter.api.Test;

class SnippetBuilderTest {

  private static final String TEXT =
      "alpha beta gamma delta epsilon zeta eta theta iota kappa "
          + "lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega";

  private static Span span(String word) {
    int at = (" " + TEXT + " ").indexOf(" " + word + " ");
    return new Span(at, at + word.length());
  }

  private static List<String> build(int width, int passages, List<Span> spans) {
    return new SnippetBuilder(width, passages)
        .build(TEXT, spans).stream().map(Snippet::marked).toList();
  }

  @Test
  void cutsAtWordsAroundTheMatchWithEllipses() {
    assertEquals(List.of("…kappa [[lambda]] mu nu xi…"), build(24, 3, List.of(span("lambda"))));
  }

  @Test
  void nearbyMatchesShareAPassage() {
    assertEquals(
        List.of("…kappa [[lambda]] mu [[nu]] xi…"),
        build(24, 3, List.of(span("lambda"), span("nu"))));
  }

  @Test
  void keepsThePassagesWithMostMatchesInTextOrder() {
    List<Span> spans =
        List.of(span("alpha"), span("kappa"), span("lambda"), span("omega"), span("psi"));
    assertEquals(
        List.of("…[[kappa]] [[lambda]] mu…", "…phi chi [[psi]] [[omega]]"), build(20, 2, spans));
  }

  @Test
  void withoutMatchesShowsTheBeginning() {
    assertEquals(List.of("alpha beta gamma…"), build(18, 3, List.of()));
  }

  @Test
  void collapsesWhitespace() {
    String text = "one\n\ttwo   three";
    Span three = new Span(text.indexOf("three"), text.length());
    assertEquals(
        "one two [[three]]",
        new SnippetBuilder(100, 1).build(text, List.of(three)).get(0).marked());
  }
}
