package org.cwg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cwg.model.DocumentSummary;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {

  @Test
  void plainPathsStayBare() {
    assertEquals("samples/txt/000_390a.txt", ShellQuote.quote("samples/txt/000_390a.txt"));
    assertEquals(
        "CWG-Internet-20-meeting-report-E.docx",
        ShellQuote.fileName("/a/CWG-Internet-20-meeting-report-E.docx"));
  }

  @Test
  void shellSpecialCharactersAreSingleQuotedAsLsDoes() {
    assertEquals(
        "'S24-CWGINT20-C-0004!!MSW-E.docx'", ShellQuote.quote("S24-CWGINT20-C-0004!!MSW-E.docx"));
    assertEquals("'my docs/a b.txt'", ShellQuote.quote("my docs/a b.txt"));
    assertEquals("'it'\\''s.txt'", ShellQuote.quote("it's.txt"));
    assertEquals("'$HOME;rm'", ShellQuote.quote("$HOME;rm"));
  }

  @Test
  void bashReadsTheQuotedPathBackUnchanged() throws IOException, InterruptedException {
    for (String path :
        List.of("S24-CWGINT20-C-0004!!MSW-E.docx", "a b/it's \"here\".txt", "x$(date)`y`*?.txt")) {
      // An interactive-like bash with history expansion on, as when a user pastes the path.
      Process bash =
          new ProcessBuilder("bash", "-c", "set -H; printf %s " + ShellQuote.quote(path))
              .redirectErrorStream(true)
              .start();
      String echoed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, bash.waitFor());
      assertEquals(path, echoed);
    }
  }

  @Test
  void aTablesPathColumnIsQuotedAndCutInTheMiddleOnANarrowTerminal() {
    String path = "/srv/itu/S24-CWGINT20-C-0004!!MSW-E.docx";
    DocumentList list =
        new DocumentList(
            List.of(
                new DocumentList.Entry(
                    new DocumentSummary(
                        "815aa5a6e622",
                        path,
                        null,
                        20,
                        null,
                        "contribution",
                        List.of(),
                        "A title",
                        "en"),
                    "text/plain",
                    10,
                    2)));
    java.io.StringWriter wide = new java.io.StringWriter();
    TextTableRenderer.render(list.byDocument(), new java.io.PrintWriter(wide));
    assertEquals(true, wide.toString().contains("  '" + path + "'"), wide.toString());
    // 66 columns: the table keeps the LANG column, the path is cut to fit the rest.
    java.io.StringWriter narrow = new java.io.StringWriter();
    TextTableRenderer.render(
        list.byDocument(), new FittedOutput(new java.io.PrintWriter(narrow), 66));
    String row = narrow.toString().lines().skip(1).findFirst().orElseThrow();
    assertEquals(true, row.length() <= 66 && row.endsWith("!!MSW-E.docx'"), row);
  }
}
