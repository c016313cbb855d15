package org.cwg.validate;

import java.util.List;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.Block;
import org.cwg.parse.EditingTraces;

/**
 * What the checks look at for one readable file.
 *
 * @param path the file as the user named it or as found under a named folder
 * @param record the analysed document
 * @param blocks the paragraphs as parsed, before the structure extractor cleaned them
 * @param plainText true when each block is one line of a text file, so places are lines
 * @param traces tracked changes, comments and highlights the parser's text does not show
 */
public record CheckedDocument(
    String path,
    DocumentRecord record,
    List<Block> blocks,
    boolean plainText,
    EditingTraces traces) {

  public CheckedDocument {
    blocks = List.copyOf(blocks);
  }

  /** The file's name, without folders. */
  public String fileName() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** How a finding names the place of the block at {@code index}: a line or a paragraph. */
  String placeOfBlock(int index) {
    return (plainText ? "line " : "paragraph ") + (index + 1);
  }
}
