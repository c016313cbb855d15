package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's lines stay lines: a heading set close above its first sentence is a block of its own. */
class PdfLinesTest {

  @Test
  void linesOfOneParagraphAreBlocksOfTheirOwn(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("lines.pdf");
    PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float y = 700;
        for (String line :
            List.of(
                "1   Opening of the meeting",
                "The meeting was held in Geneva from 10 to 18 February 2026.",
                "It was chaired by the Vice-Chair.")) {
          text.beginText();
          text.setFont(line.startsWith("1") ? bold : regular, 11);
          text.newLineAtOffset(72, y);
          text.showText(line);
          text.endText();
          y -= 13;
        }
      }
      document.save(pdf.toFile());
    }
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      List<String> lines =
          parser.parse(pdf).blocks().stream()
              .map(Block::text)
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .toList();
      assertEquals(
          List.of(
              "1 Opening of the meeting",
              "The meeting was held in Geneva from 10 to 18 February 2026.",
              "It was chaired by the Vice-Chair."),
          lines.stream().map(line -> line.replaceAll("\\s+", " ")).toList());
    }
  }
}
