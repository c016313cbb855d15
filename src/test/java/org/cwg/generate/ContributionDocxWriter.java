package org.cwg.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.cwg.generate.DocxParagraph.FootnoteCall;
import org.cwg.generate.DocxParagraph.Heading;
import org.cwg.generate.DocxParagraph.ListItem;
import org.cwg.generate.DocxParagraph.RunInHeading;
import org.cwg.generate.DocxParagraph.Text;
import org.cwg.generate.DocxParagraph.WordList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes one ITU-like .docx: cover table, title, headings in Word's heading styles, run-in headings
 * in "Headingb", real Word numbered lists and real footnotes, and the core properties ITU sets.
 * Stateless and thread-safe; each call builds its own document.
 */
public final class ContributionDocxWriter {

  private static final String BULLET = "\u2022";

  /** Writes {@code spec} as a .docx to {@code out}, which stays open. */
  public void write(DocxSpec spec, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      ItuStyles.addTo(doc);
      setProperties(doc, spec);
      writeCover(doc, spec.cover());
      if (spec.title() != null) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(ItuStyles.TITLE);
        title.createRun().setText(spec.title());
      }
      Map<Integer, BigInteger> numIds = new HashMap<>();
      for (DocxParagraph paragraph : spec.paragraphs()) {
        write(doc, paragraph, numIds);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
      doc.write(bytes);
      StableZip.copy(bytes.toByteArray(), out);
    }
  }

  private static void setProperties(XWPFDocument doc, DocxSpec spec) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setCreator("ITU");
    if (spec.title() != null) {
      core.setTitle(spec.title());
    }
    if (spec.language() != null) {
      core.getUnderlyingProperties().setLanguageProperty(spec.language());
    }
    core.setCreated(
        Optional.ofNullable(spec.created())
            .map(
                date -> Date.from(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant())));
  }

  /**
   * ITU's cover: group and meeting on the left, document number and date on the right, the
   * submitters on a row of their own.
   */
  private static void writeCover(XWPFDocument doc, CoverSpec cover) {
    XWPFTable table = doc.createTable(3, 2);
    fill(table.getRow(0).getCell(0), cover.group(), true);
    fill(table.getRow(0).getCell(1), cover.document(), true);
    fill(table.getRow(1).getCell(0), cover.meeting(), false);
    fill(table.getRow(1).getCell(1), cover.date(), false);
    fill(table.getRow(2).getCell(0), cover.source(), true);
  }

  private static void fill(XWPFTableCell cell, String text, boolean bold) {
    if (text == null) {
      return;
    }
    XWPFRun run = cell.getParagraphs().get(0).createRun();
    if (bold) {
      // Only ever set, never cleared: Tika reads an explicit w:b="false" as bold.
      run.setBold(true);
    }
    run.setText(text);
  }

  private static void write(
      XWPFDocument doc, DocxParagraph paragraph, Map<Integer, BigInteger> numIds) {
    XWPFParagraph p = doc.createParagraph();
    if (paragraph instanceof Heading heading) {
      p.setStyle(ItuStyles.heading(heading.level()));
      p.createRun().setText(heading.text());
    } else if (paragraph instanceof RunInHeading runIn) {
      // Bold comes from the style alone, as in ITU's template; readers get no run formatting.
      p.setStyle(ItuStyles.HEADINGB);
      p.createRun().setText(runIn.text());
    } else if (paragraph instanceof ListItem item) {
      p.setStyle(ItuStyles.LIST_PARAGRAPH);
      p.setNumID(numIds.computeIfAbsent(item.list().id(), id -> addList(doc, item.list())));
      p.setNumILvl(BigInteger.valueOf(item.level()));
      p.createRun().setText(item.text());
    } else {
      writeText(doc, p, (Text) paragraph);
    }
  }

  private static void writeText(XWPFDocument doc, XWPFParagraph p, Text text) {
    int from = 0;
    for (FootnoteCall call : text.footnotes()) {
      if (call.offset() > from) {
        p.createRun().setText(text.text().substring(from, call.offset()));
      }
      XWPFFootnote footnote = doc.createFootnote();
      XWPFParagraph body = footnote.createParagraph();
      body.setStyle(ItuStyles.FOOTNOTE_TEXT);
      body.createRun().setText(call.text());
      p.addFootnoteReference(footnote);
      from = call.offset();
    }
    if (from < text.text().length()) {
      p.createRun().setText(text.text().substring(from));
    }
  }

  /** One abstract list per list, so that each list is numbered from 1. */
  private static BigInteger addList(XWPFDocument doc, WordList list) {
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = BigInteger.valueOf(list.id());
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(abstractId);
    addLevel(abstractNum, 0, STNumberFormat.DECIMAL, list.numberText(), 567);
    addLevel(abstractNum, 1, STNumberFormat.BULLET, BULLET, 1134);
    numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    return numbering.addNum(abstractId);
  }

  private static void addLevel(
      CTAbstractNum abstractNum,
      int level,
      STNumberFormat.Enum format,
      String text,
      int indentTwips) {
    CTLvl lvl = abstractNum.addNewLvl();
    lvl.setIlvl(BigInteger.valueOf(level));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
    CTInd ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(indentTwips));
    ind.setHanging(BigInteger.valueOf(567));
  }
}
