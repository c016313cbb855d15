package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word's "single file web page" saved under a .doc name reads as the page it holds. */
class WebArchiveTest {

  private static final String ARCHIVE =
      String.join(
          "\r\n",
          "MIME-Version: 1.0",
          "Content-Type: multipart/related; boundary=\"----=_NextPart_01\"",
          "",
          "------=_NextPart_01",
          "Content-Location: file:///C:/report.htm",
          "Content-Transfer-Encoding: quoted-printable",
          "Content-Type: text/html; charset=\"utf-8\"",
          "",
          "<html><head><title>Report</title></head><body>",
          "<h1>1 Opening of the meeting</h1>",
          "<p>The meeting was opened by the Chair, Mr Fran=C3=A7ois Dupont, who welcomed the =",
          "participants.</p>",
          "</body></html>",
          "",
          "------=_NextPart_01",
          "Content-Location: file:///C:/report_files/image001.png",
          "Content-Transfer-Encoding: base64",
          "Content-Type: image/png",
          "",
          "iVBORw0KGgo=",
          "",
          "------=_NextPart_01--",
          "");

  @Test
  void theHtmlPartIsTheDocument(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("1-TD2 Report.doc");
    Files.writeString(doc, ARCHIVE, StandardCharsets.US_ASCII);
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      ParsedDocument parsed = parser.parse(doc);
      List<Block> blocks =
          parsed.blocks().stream().filter(block -> !block.text().isBlank()).toList();
      assertEquals("1 Opening of the meeting", blocks.get(0).text().strip());
      assertEquals(1, blocks.get(0).headingLevel());
      assertTrue(
          blocks.get(1).text().contains("Mr François Dupont, who welcomed the participants"),
          blocks.get(1).text());
    }
  }
}
