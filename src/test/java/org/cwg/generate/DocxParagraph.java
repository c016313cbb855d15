package org.cwg.generate;

import java.util.List;

/** One paragraph of a document to write, in the form ITU's Word template gives it. */
public sealed interface DocxParagraph {

  /** A section heading in Word's "heading N" style; the printed number is part of the text. */
  record Heading(int level, String text) implements DocxParagraph {
    public Heading {
      if (level < 1 || level > 3) {
        throw new IllegalArgumentException("heading level must be 1..3, was " + level);
      }
    }
  }

  /** A run-in heading ("Summary", "Outcome for Council"): bold, in ITU's "Headingb" style. */
  record RunInHeading(String text) implements DocxParagraph {}

  /**
   * A body paragraph in the Normal style.
   *
   * @param text the paragraph's text
   * @param footnotes footnotes called from the paragraph, in text order
   */
  record Text(String text, List<FootnoteCall> footnotes) implements DocxParagraph {
    public Text {
      footnotes = List.copyOf(footnotes);
    }

    public Text(String text) {
      this(text, List.of());
    }
  }

  /**
   * An item of a real Word list: level 0 is numbered by Word, level 1 is a bullet under it.
   *
   * @param list the list the item belongs to; numbering restarts with each list
   * @param level 0 for a numbered item, 1 for a bullet under it
   * @param text the item's text without its number or bullet
   */
  record ListItem(WordList list, int level, String text) implements DocxParagraph {
    public ListItem {
      if (level < 0 || level > 1) {
        throw new IllegalArgumentException("list level must be 0 or 1, was " + level);
      }
    }
  }

  /**
   * A footnote called at an offset of its paragraph's text.
   *
   * @param offset where in the paragraph the footnote mark goes
   * @param text the footnote's own text
   */
  record FootnoteCall(int offset, String text) {}

  /**
   * One numbered list of a document.
   *
   * @param id distinguishes the lists of one document, each numbered from 1
   * @param numberText Word's level text for the numbers: {@code "%1."}, {@code "%1)"}, {@code "%1"}
   */
  record WordList(int id, String numberText) {
    public WordList {
      if (!numberText.contains("%1")) {
        throw new IllegalArgumentException("number text needs %1: " + numberText);
      }
    }
  }
}
