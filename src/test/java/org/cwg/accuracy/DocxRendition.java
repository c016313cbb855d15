package org.cwg.accuracy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cwg.accuracy.DevDraft.Block;
import org.cwg.accuracy.DevDraft.Heading;
import org.cwg.accuracy.DevDraft.PageBreak;
import org.cwg.accuracy.DevDraft.Paragraph;
import org.cwg.accuracy.DevDraft.Row;
import org.cwg.accuracy.DevDraft.Table;
import org.cwg.accuracy.DevDraft.TocLine;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * A Word rendering: the cover as a real table (a merged row spans every column), headings in
 * Heading 1-4 styles or as bold numbered Normal paragraphs, contents lines in TOC 1-3 styles with a
 * right tab stop whose leader is dots.
 */
final class DocxRendition {

  private static final int RIGHT_MARGIN_TWIPS = 9638;

  private DocxRendition() {}

  static byte[] render(DevDraft draft) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      addStyles(doc);
      List<Block> blocks = draft.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        Block block = blocks.get(i);
        if (block instanceof TocLine toc) {
          // Word keeps the contents inside one TOC field: begin before the first line, end
          // after the last.
          boolean first = i == 0 || !(blocks.get(i - 1) instanceof TocLine);
          boolean last = i + 1 == blocks.size() || !(blocks.get(i + 1) instanceof TocLine);
          addTocLine(doc, toc, first, last);
        } else if (block instanceof Table table) {
          addTable(doc, table);
        } else if (block instanceof Heading heading) {
          addHeading(doc, heading, draft.styledHeadings());
        } else if (block instanceof Paragraph paragraph) {
          addParagraph(doc, paragraph);
        } else if (block instanceof PageBreak) {
          doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(style("Normal", "Normal", null, false, null));
    for (int level = 1; level <= 4; level++) {
      styles.addStyle(style("Heading" + level, "heading " + level, "Normal", true, level - 1));
    }
    for (int level = 1; level <= 3; level++) {
      styles.addStyle(style("TOC" + level, "toc " + level, "Normal", false, null));
    }
  }

  private static XWPFStyle style(
      String id, String name, String basedOn, boolean bold, Integer outlineLevel) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
    }
    CTPPrGeneral paragraph = style.addNewPPr();
    if (outlineLevel != null) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    if (bold) {
      style.addNewRPr().addNewB();
    }
    return new XWPFStyle(style);
  }

  private static void addTable(XWPFDocument doc, Table table) {
    int columns = table.columns();
    XWPFTable word = doc.createTable(table.rows().size(), columns);
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      XWPFTableRow wordRow = word.getRow(r);
      if (row.merged()) {
        while (wordRow.getTableCells().size() > 1) {
          wordRow.removeCell(wordRow.getTableCells().size() - 1);
        }
        XWPFTableCell cell = wordRow.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        fill(cell, row.cells().get(0));
        continue;
      }
      for (int c = 0; c < columns; c++) {
        fill(wordRow.getCell(c), c < row.cells().size() ? row.cells().get(c) : List.of());
      }
    }
  }

  private static void fill(XWPFTableCell cell, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      paragraph.createRun().setText(lines.get(i));
    }
  }

  private static void addHeading(XWPFDocument doc, Heading heading, boolean styled) {
    XWPFParagraph paragraph = doc.createParagraph();
    XWPFRun run = paragraph.createRun();
    if (styled) {
      paragraph.setStyle("Heading" + heading.level());
    } else {
      run.setBold(true);
    }
    if (heading.number() != null) {
      run.setText(heading.number());
      run.addTab();
    }
    run.setText(heading.text(), heading.number() == null ? 0 : 1);
  }

  private static void addTocLine(XWPFDocument doc, TocLine toc, boolean first, boolean last) {
    XWPFParagraph paragraph = doc.createParagraph();
    if (first) {
      paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
      paragraph.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z ");
      paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }
    paragraph.setStyle("TOC" + Math.min(3, toc.level()));
    CTPPr properties =
        paragraph.getCTP().isSetPPr()
            ? paragraph.getCTP().getPPr()
            : paragraph.getCTP().addNewPPr();
    CTTabStop stop = properties.addNewTabs().addNewTab();
    stop.setVal(STTabJc.RIGHT);
    stop.setLeader(STTabTlc.DOT);
    stop.setPos(BigInteger.valueOf(RIGHT_MARGIN_TWIPS));
    XWPFRun run = paragraph.createRun();
    if (toc.number() != null) {
      run.setText(toc.number());
      run.addTab();
    }
    XWPFRun text = paragraph.createRun();
    text.setText(toc.text());
    text.addTab();
    paragraph.createRun().setText(toc.page());
    if (last) {
      paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
  }

  private static void addParagraph(XWPFDocument doc, Paragraph paragraph) {
    XWPFParagraph word = doc.createParagraph();
    if (paragraph.runIn() != null) {
      XWPFRun bold = word.createRun();
      bold.setBold(true);
      bold.setText(paragraph.runIn());
      word.createRun().setText(" " + paragraph.text());
    } else {
      word.createRun().setText((paragraph.bullet() ? "\u2022\t" : "") + paragraph.text());
    }
  }
}
