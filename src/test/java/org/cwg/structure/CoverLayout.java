package org.cwg.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;

/**
 * A cover as an ITU secretariat lays it out, a table of rows of cells (a cell's paragraphs
 * separated by line breaks) followed by body paragraphs, written out the three ways cwg meets it:
 * as Tika gives a Word table, as Word's plain-text export, and as PDF text in columns.
 */
record CoverLayout(List<List<String>> rows, List<String> body) {

  static CoverLayout of(List<List<String>> rows, String... body) {
    return new CoverLayout(rows, List.of(body));
  }

  enum Encoding {
    WORD,
    TEXT,
    PDF
  }

  ParsedDocument as(Encoding encoding) {
    return switch (encoding) {
      case WORD -> word();
      case TEXT -> ParsedDocument.ofPlainText(plainText("\t"));
      case PDF -> ParsedDocument.ofPlainText(pdfColumns());
    };
  }

  /** The metadata cwg reads from the cover written out one way, as a file named "document.docx". */
  Metadata metadataAs(Encoding encoding) {
    return new StructureExtractor(Manifest.none())
        .extract(as(encoding), Path.of("document.docx"))
        .metadata();
  }

  /** One block per paragraph of each cell, empty cells included, as Tika reports a table. */
  private ParsedDocument word() {
    List<Block> blocks = new ArrayList<>();
    for (List<String> row : rows) {
      for (String cell : row) {
        for (String paragraph : cell.split("\n", -1)) {
          blocks.add(new Block(paragraph, null, 0, false, false, Block.Region.TABLE));
        }
      }
    }
    for (String line : body) {
      int tab = line.indexOf('\t');
      boolean heading =
          tab > 0 && line.substring(0, tab).matches("\\d+(\\.\\d+)*")
              || line.equals("Purpose")
              || line.equals("Action required")
              || line.equals("Summary");
      blocks.add(
          new Block(line, heading ? "h1" : null, heading ? 1 : 0, false, false, Block.Region.BODY));
    }
    return new ParsedDocument(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        blocks,
        Map.of(),
        true);
  }

  /** Word's export: a row's cells joined by tabs, a cell's paragraphs on lines of their own. */
  private String plainText(String separator) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      text.append(String.join(separator, row)).append("\r\n");
    }
    for (String line : body) {
      text.append(line).append("\r\n");
    }
    return text.toString();
  }

  /** PDF text: the cells of a row side by side, line by line, columns apart by spaces. */
  private String pdfColumns() {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      List<String[]> cells = row.stream().map(c -> c.split("\n")).toList();
      int height = cells.stream().mapToInt(c -> c.length).max().orElse(0);
      for (int line = 0; line < height; line++) {
        StringBuilder out = new StringBuilder();
        for (String[] cell : cells) {
          String part = line < cell.length ? cell[line] : "";
          out.append(String.format("%-40s", part)).append("    ");
        }
        text.append(out.toString().stripTrailing()).append('\n');
      }
    }
    for (String line : body) {
      text.append(line.replace('\t', ' ')).append('\n');
    }
    return text.toString();
  }
}
