package org.cwg.accuracy;

import java.util.List;

/**
 * One development-corpus document as its markup source describes it: the blocks in reading order
 * and how each encoding should render them (see devcorpus/README.md).
 *
 * @param name the source's path under devcorpus, without extension ("council/c25-finance")
 * @param fileName the base name the rendered files get
 * @param charset the plain-text export's encoding: utf-8, utf-8-bom or cp1252
 * @param styledHeadings whether the .docx uses Heading 1/2/3 styles (else bold numbered paragraphs
 *     in the Normal style)
 * @param dottedToc whether the plain-text export shows typed dot leaders in its contents
 * @param blocks the document, in reading order
 */
record DevDraft(
    String name,
    String fileName,
    String charset,
    boolean styledHeadings,
    boolean dottedToc,
    List<Block> blocks) {

  /** A paragraph-level piece of the document. */
  sealed interface Block {}

  /** A table; a row whose only cell spans every column is a merged row. */
  record Table(List<Row> rows) implements Block {

    int columns() {
      return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(1);
    }
  }

  /** A table row; each cell holds one or more lines (paragraphs). */
  record Row(List<List<String>> cells, boolean merged) {}

  /** A heading; {@code number} is null when the heading has none. */
  record Heading(int level, String number, String text) implements Block {}

  /** A table-of-contents line. */
  record TocLine(int level, String number, String text, String page) implements Block {}

  /** A paragraph, optionally opening with a bold run-in heading or drawn as a bullet. */
  record Paragraph(String runIn, String text, boolean bullet) implements Block {

    String plain() {
      return runIn == null ? text : runIn + " " + text;
    }
  }

  /** A page break. */
  record PageBreak() implements Block {}
}
