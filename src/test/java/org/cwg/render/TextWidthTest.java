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
  void chineseAndFullwidthCharactersTakeTwoColumns() {
    String title = "关于互联网治理的文稿";
    assertEquals(20, TextWidth.of(title));
    assertEquals(4, TextWidth.of("（）"));
    String cut = TextWidth.cutEnd(title, 9);
    assertEquals("关于互联…", cut);
    assertEquals(9, TextWidth.of(cut));
    assertEquals("关于…理的文稿", TextWidth.cutMiddle(title, 14));
    assertEquals("…的文稿", TextWidth.cutStart(title, 8));
  }

  @Test
  void aLineOfChineseFoldsWithinTheWidth() {
    java.io.StringWriter text = new java.io.StringWriter();
    FittedOutput out = new FittedOutput(new java.io.PrintWriter(text), 20);
    out.println("关于互联网治理的文稿关于互联网治理的文稿");
    out.flush();
    for (String line : text.toString().split("\n")) {
      assertEquals(true, TextWidth.of(line) <= 20, line);
    }
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
