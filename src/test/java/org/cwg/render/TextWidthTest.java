package org.cwg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWidthTest {

  @Test
  void escapeCodesTakeNoColumn() {
    assertEquals(8, TextWidth.of("\033[1mInternet\033[0m"));
    assertEquals(3, TextWidth.of("a…b"));
  }

  @Test
  void pathsLoseTheirMiddleAndKeepTheFileName() {
    String cut = TextWidth.cutMiddle("samples/docx/S24-CWGINT20-C-0004!!MSW-E.docx", 24);
    assertEquals(24, cut.length());
    assertEquals("samples…0004!!MSW-E.docx", cut);
  }

  @Test
  void proseLosesItsEnd() {
    assertEquals("Implemen…", TextWidth.cutEnd("Implementation of the Tunis Agenda", 9));
    assertEquals("short", TextWidth.cutEnd("short", 9));
    assertEquals("…genda", TextWidth.cutStart("Implementation of the Tunis Agenda", 6));
  }

  @Test
  void aLongLineFoldsAtASpaceUnderItsIndent() {
    java.io.StringWriter text = new java.io.StringWriter();
    FittedOutput out = new FittedOutput(new java.io.PrintWriter(text), 30);
    out.println("  rationale: one two three four five six seven eight nine");
    out.flush();
    assertEquals(
        "  rationale: one two three\n    four five six seven eight\n    nine\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }
}
