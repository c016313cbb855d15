package org.cwg.generate;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of ITU's Word template that cwg's documents use. Style names matter: Tika
 * turns a paragraph whose style is named "heading N" into an {@code <hN>} element and reports other
 * style names as the paragraph's class.
 */
final class ItuStyles {

  static final String NORMAL = "Normal";
  static final String TITLE = "Title";
  static final String HEADINGB = "Headingb";
  static final String LIST_PARAGRAPH = "ListParagraph";
  static final String FOOTNOTE_TEXT = "FootnoteText";

  /** The character style POI gives footnote marks. */
  static final String FOOTNOTE_REFERENCE = "FootnoteReference";

  private ItuStyles() {}

  /** The style id of Word's "heading N". */
  static String heading(int level) {
    return "Heading" + level;
  }

  static void addTo(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.addStyle(style(NORMAL, "Normal", null, 24, false, null));
    styles.addStyle(style(TITLE, "Title", NORMAL, 28, true, null));
    for (int level = 1; level <= 3; level++) {
      styles.addStyle(
          style(heading(level), "heading " + level, NORMAL, level == 1 ? 28 : 24, true, level - 1));
    }
    styles.addStyle(style(HEADINGB, "Headingb", NORMAL, 24, true, null));
    styles.addStyle(style(LIST_PARAGRAPH, "List Paragraph", NORMAL, 24, false, null));
    styles.addStyle(style(FOOTNOTE_TEXT, "footnote text", NORMAL, 20, false, null));
    styles.addStyle(footnoteReference());
  }

  private static XWPFStyle footnoteReference() {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setType(STStyleType.CHARACTER);
    style.setStyleId(FOOTNOTE_REFERENCE);
    style.addNewName().setVal("footnote reference");
    style.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
    return new XWPFStyle(style);
  }

  private static XWPFStyle style(
      String id, String name, String basedOn, int halfPoints, boolean bold, Integer outlineLevel) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
    }
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(120));
    if (outlineLevel != null) {
      paragraph.addNewKeepNext();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr run = style.addNewRPr();
    run.addNewRFonts().setAscii("Times New Roman");
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
    }
    return new XWPFStyle(style);
  }
}
