package org.cwg.accuracy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cwg.accuracy.DevDraft.Block;
import org.cwg.accuracy.DevDraft.Heading;
import org.cwg.accuracy.DevDraft.PageBreak;
import org.cwg.accuracy.DevDraft.Paragraph;
import org.cwg.accuracy.DevDraft.Row;
import org.cwg.accuracy.DevDraft.Table;
import org.cwg.accuracy.DevDraft.TocLine;

/**
 * A PDF rendering as Word's "Save as PDF" lays a document out: the cover's cells side by side in
 * columns (written cell by cell, as Word does), wrapped paragraphs, headings in bold, and contents
 * lines with dot leaders up to a right-aligned page number.
 */
final class PdfRendition {

  private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private static final float SIZE = 11;
  private static final float LEADING = 14;
  private static final float LEFT = 56;
  private static final float RIGHT = 540;
  private static final float TOP = 790;
  private static final float BOTTOM = 56;

  private final PDDocument pdf = new PDDocument();
  private PDPageContentStream page;
  private float y;

  private PdfRendition() {}

  static byte[] render(DevDraft draft) {
    PdfRendition rendition = new PdfRendition();
    try (PDDocument pdf = rendition.pdf;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      rendition.newPage();
      for (Block block : draft.blocks()) {
        rendition.draw(block);
      }
      rendition.page.close();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void draw(Block block) throws IOException {
    if (block instanceof Table table) {
      float[] widths = columnWidths(table);
      for (Row row : table.rows()) {
        drawRow(row, widths);
      }
      y -= LEADING / 2;
    } else if (block instanceof Heading heading) {
      y -= 12;
      String number = heading.number() == null ? "" : heading.number() + "   ";
      wrapped(BOLD, number + heading.text(), LEFT);
    } else if (block instanceof TocLine toc) {
      drawTocLine(toc);
    } else if (block instanceof Paragraph paragraph) {
      if (paragraph.runIn() != null) {
        wrapped(REGULAR, paragraph.plain(), LEFT);
      } else if (paragraph.bullet()) {
        line(REGULAR, "\u2022", LEFT + 10);
        y += LEADING;
        wrapped(REGULAR, paragraph.text(), LEFT + 28);
      } else {
        wrapped(REGULAR, paragraph.text(), LEFT);
      }
      y -= 6;
    } else if (block instanceof PageBreak) {
      page.close();
      newPage();
    }
  }

  /** Columns as wide as their longest line asks, as Word's autofit makes them. */
  private static float[] columnWidths(Table table) {
    int columns = table.columns();
    float[] weights = new float[columns];
    for (Row row : table.rows()) {
      for (int c = 0; !row.merged() && c < row.cells().size(); c++) {
        for (String line : row.cells().get(c)) {
          weights[c] = Math.max(weights[c], Math.min(60, line.length()));
        }
      }
    }
    float total = 0;
    for (int c = 0; c < columns; c++) {
      weights[c] = Math.max(10, weights[c]);
      total += weights[c];
    }
    for (int c = 0; c < columns; c++) {
      weights[c] = weights[c] / total * (RIGHT - LEFT);
    }
    return weights;
  }

  private void drawRow(Row row, float[] widths) throws IOException {
    float top = y;
    float lowest = y;
    float x = LEFT;
    for (int c = 0; c < row.cells().size(); c++) {
      y = top;
      float width = row.merged() ? RIGHT - LEFT : widths[c];
      for (String text : row.cells().get(c)) {
        for (String piece : wrap(REGULAR, text, width - 8)) {
          line(REGULAR, piece, x);
        }
      }
      lowest = Math.min(lowest, y);
      x += width;
    }
    y = lowest - LEADING / 3;
  }

  private void drawTocLine(TocLine toc) throws IOException {
    float indent = LEFT + 14 * (toc.level() - 1);
    String entry = (toc.number() == null ? "" : toc.number() + "  ") + toc.text();
    float pageWidth = width(REGULAR, toc.page());
    float dotWidth = width(REGULAR, ".");
    float room = RIGHT - pageWidth - 4 - indent - width(REGULAR, entry) - 6;
    String leader = ".".repeat(Math.max(3, (int) (room / dotWidth)));
    line(REGULAR, entry + " " + leader, indent);
    y += LEADING;
    line(REGULAR, toc.page(), RIGHT - pageWidth);
  }

  private void wrapped(PDFont font, String text, float x) throws IOException {
    for (String piece : wrap(font, text, RIGHT - x)) {
      line(font, piece, x);
    }
  }

  private void line(PDFont font, String text, float x) throws IOException {
    if (y < BOTTOM) {
      page.close();
      newPage();
    }
    page.beginText();
    page.setFont(font, SIZE);
    page.newLineAtOffset(x, y);
    page.showText(encodable(font, text));
    page.endText();
    y -= LEADING;
  }

  private void newPage() throws IOException {
    PDPage next = new PDPage(PDRectangle.A4);
    pdf.addPage(next);
    page = new PDPageContentStream(pdf, next);
    y = TOP;
  }

  private static List<String> wrap(PDFont font, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && width(font, candidate) > width) {
        lines.add(current + " "); // Word keeps the space a line breaks at
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  private static float width(PDFont font, String text) throws IOException {
    return font.getStringWidth(encodable(font, text)) / 1000 * SIZE;
  }

  /** The standard fonts carry WinAnsi only; anything else is drawn as '?'. */
  private static String encodable(PDFont font, String text) {
    StringBuilder out = new StringBuilder();
    text.replace('\t', ' ')
        .codePoints()
        .forEach(
            cp -> {
              String one = new String(Character.toChars(cp));
              try {
                font.encode(one);
                out.append(one);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
