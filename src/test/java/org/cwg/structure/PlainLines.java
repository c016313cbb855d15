package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import org.cwg.parse.Block;

/** Lines of plain text, one block each, at the offsets they would have in the text. */
final class PlainLines {

  private PlainLines() {}

  static List<Line> of(String... texts) {
    List<Line> lines = new ArrayList<>();
    int offset = 0;
    for (String text : texts) {
      lines.add(new Line(text, Block.plain(text), offset));
      offset += text.length() + 1;
    }
    return lines;
  }
}
