package org.cwg.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits plain text into one block per line. */
final class PlainTextBlocks {

  private PlainTextBlocks() {}

  static List<Block> split(String text) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        blocks.add(Block.plain(text.substring(lineStart, i)));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    if (lineStart < length) {
      blocks.add(Block.plain(text.substring(lineStart)));
    }
    return blocks;
  }
}
