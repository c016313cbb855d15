package org.cwg.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cwg.accuracy.DevDraft.Heading;
import org.cwg.accuracy.DevDraft.Paragraph;
import org.cwg.accuracy.DevDraft.Table;
import org.cwg.accuracy.DevDraft.TocLine;
import org.junit.jupiter.api.Test;

/** The markup reads as its README says, and each rendering has the layout it claims. */
class DevMarkupTest {

  private static final String SOURCE =
      """
      % a comment
      @charset cp1252
      @filename C25-45-E
      | Council 2025 // Geneva | Document C25/45-E // 12 May 2025
      |* Report by the Secretary-General
      toc 1 | 1 | Introduction | 2
      # 1 | Introduction
      ## Background
      **Run-in.** Text – with a dash.
      - a bullet
      """;

  @Test
  void blocksAndDirectivesAreRead() {
    DevDraft draft = DevMarkup.parse("council/x", SOURCE);
    assertEquals("C25-45-E", draft.fileName());
    assertEquals("cp1252", draft.charset());
    Table cover = (Table) draft.blocks().get(0);
    assertEquals(2, cover.columns());
    assertEquals(List.of("Document C25/45-E", "12 May 2025"), cover.rows().get(0).cells().get(1));
    assertTrue(cover.rows().get(1).merged());
    assertEquals(new TocLine(1, "1", "Introduction", "2"), draft.blocks().get(1));
    assertEquals(new Heading(1, "1", "Introduction"), draft.blocks().get(2));
    assertEquals(new Heading(2, null, "Background"), draft.blocks().get(3));
    assertEquals(new Paragraph("Run-in.", "Text – with a dash.", false), draft.blocks().get(4));
    assertEquals(new Paragraph(null, "a bullet", true), draft.blocks().get(5));
  }

  @Test
  void plainTextPutsCellsOnOneLineSeparatedByTabs() {
    byte[] bytes = TextRendition.render(DevMarkup.parse("council/x", SOURCE));
    String text = new String(bytes, Charset.forName("windows-1252"));
    assertTrue(
        text.startsWith("Council 2025\r\nGeneva\tDocument C25/45-E\r\n12 May 2025\r\n"), text);
    assertTrue(text.contains("1\tIntroduction\t2\r\n1\tIntroduction\r\n"), text);
    assertEquals((byte) 0x96, bytes[text.indexOf('\u2013')]);
    byte[] bom = TextRendition.render(DevMarkup.parse("x", "@charset utf-8-bom\nHello"));
    assertEquals("\uFEFFHello\r\n", new String(bom, StandardCharsets.UTF_8));
  }

  @Test
  void wordHasARealCoverTableAMergedRowAndAContentsField() throws Exception {
    byte[] docx = DocxRendition.render(DevMarkup.parse("council/x", SOURCE));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable cover = doc.getTables().get(0);
      assertEquals(
          List.of("Document C25/45-E", "12 May 2025"),
          cover.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertEquals(
          2, cover.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
      XWPFParagraph toc =
          doc.getParagraphs().stream()
              .filter(p -> "TOC1".equals(p.getStyle()))
              .findFirst()
              .orElseThrow();
      assertTrue(toc.getCTP().xmlText().contains("TOC \\o"), toc.getCTP().xmlText());
      assertTrue(
          doc.getParagraphs().stream()
              .anyMatch(p -> "Heading2".equals(p.getStyle()) && p.getText().equals("Background")));
    }
  }

  @Test
  void pdfLaysTheCoverCellsSideBySide() throws Exception {
    byte[] pdf = PdfRendition.render(DevMarkup.parse("council/x", SOURCE));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      assertTrue(text.contains("Council 2025 Document C25/45-E"), text);
      assertTrue(text.matches("(?s).*Introduction \\.{4,}.*2.*"), text);
    }
  }
}
