package org.cwg.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's content as the parser saw it.
 *
 * @param mediaType the media type detected from the content, such as {@code
 *     application/vnd.openxmlformats-officedocument.wordprocessingml.document}
 * @param blocks the paragraphs in reading order
 * @param properties document properties (title, author, dates, language) by Tika metadata name
 * @param formatted true when blocks carry styles (Word, ODF, HTML), false for plain text
 */
public record ParsedDocument(
    String mediaType, List<Block> blocks, Map<String, String> properties, boolean formatted) {

  public ParsedDocument {
    blocks = List.copyOf(blocks);
    // In the parser's order: Map.copyOf would iterate differently in every JVM run.
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A plain-text document: one block per line. */
  public static ParsedDocument ofPlainText(String text) {
    return new ParsedDocument("text/plain", PlainTextBlocks.split(text), Map.of(), false);
  }
}
