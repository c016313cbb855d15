package org.cwg.render;

/** Escaping for text placed in Markdown. */
final class Markdown {

  private Markdown() {}

  /** Text on one line, with the characters that would start Markdown syntax escaped. */
  static String inline(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replaceAll("([\\\\`*_\\[\\]#|<>])", "\\\\$1");
  }

  /** Text in a table cell. */
  static String cell(String text) {
    return inline(text);
  }

  /** A paragraph of body text: line breaks kept as paragraph breaks, syntax escaped. */
  static String block(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(inline(line.strip()));
      }
    }
    return out.toString();
  }
}
