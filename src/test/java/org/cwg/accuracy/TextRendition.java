package org.cwg.accuracy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cwg.accuracy.DevDraft.Block;
import org.cwg.accuracy.DevDraft.Heading;
import org.cwg.accuracy.DevDraft.PageBreak;
import org.cwg.accuracy.DevDraft.Paragraph;
import org.cwg.accuracy.DevDraft.Row;
import org.cwg.accuracy.DevDraft.Table;
import org.cwg.accuracy.DevDraft.TocLine;

/**
 * Word's "Plain Text" export: a table row is its cells joined by tabs, a cell's paragraphs on lines
 * of their own (so a cell's last line and the next cell share a line), numbered headings as number,
 * tab, text; contents lines with tabs before the page, or typed dot leaders.
 */
final class TextRendition {

  private TextRendition() {}

  static byte[] render(DevDraft draft) {
    StringBuilder text = new StringBuilder();
    for (Block block : draft.blocks()) {
      if (block instanceof Table table) {
        table.rows().forEach(row -> appendRow(text, row));
      } else if (block instanceof Heading heading) {
        text.append(heading.number() == null ? "" : heading.number() + "\t")
            .append(heading.text())
            .append("\r\n");
      } else if (block instanceof TocLine toc) {
        text.append(tocLine(toc, draft.dottedToc())).append("\r\n");
      } else if (block instanceof Paragraph paragraph) {
        text.append(paragraph.bullet() ? "\u2022\t" : "").append(paragraph.plain()).append("\r\n");
      } else if (block instanceof PageBreak) {
        text.append('\f');
      }
    }
    return encode(text.toString(), draft.charset());
  }

  static String tocLine(TocLine toc, boolean dotted) {
    String entry = (toc.number() == null ? "" : toc.number() + "\t") + toc.text();
    if (!dotted) {
      return entry + "\t" + toc.page();
    }
    int dots = Math.max(4, 78 - entry.length() - toc.page().length());
    return entry.replace('\t', ' ') + " " + ".".repeat(dots) + " " + toc.page();
  }

  private static void appendRow(StringBuilder text, Row row) {
    List<List<String>> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append('\t');
      }
      text.append(String.join("\r\n", cells.get(i)));
    }
    text.append("\r\n");
  }

  private static byte[] encode(String text, String charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (charset) {
      case "utf-8" -> out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      case "utf-8-bom" -> {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      }
      case "cp1252" -> out.writeBytes(text.getBytes(Charset.forName("windows-1252")));
      default -> throw new IllegalArgumentException("unknown charset " + charset);
    }
    return out.toByteArray();
  }
}
