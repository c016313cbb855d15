package org.cwg.structure;

import org.cwg.parse.Block;

/**
 * One cleaned, non-empty paragraph of the body and where it sits in the cleaned text.
 *
 * @param text the paragraph without export artifacts and surrounding blanks
 * @param block the parser's paragraph it came from, for its style and heading level
 * @param start offset of the paragraph in the cleaned text
 */
record Line(String text, Block block, int start) {

  /** Offset just past the paragraph (where its line break is). */
  int end() {
    return start + text.length();
  }

  /** Whether a manual page break starts it: a form feed, as Word's text export writes one. */
  boolean startsPage() {
    return block.text().startsWith("\f");
  }
}
