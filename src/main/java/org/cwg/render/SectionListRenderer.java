package org.cwg.render;

import java.io.PrintWriter;
import org.cwg.render.SectionList.Entry;

/** {@code cwg sections} as text or Markdown; the document is named whenever it changes. */
public final class SectionListRenderer {

  private SectionListRenderer() {}

  /** Plain text: a heading line per section, its text, a blank line. */
  public static void text(SectionList list, boolean nameDocuments, PrintWriter out) {
    String current = null;
    for (Entry entry : list.entries()) {
      if (nameDocuments && !entry.document().id().equals(current)) {
        current = entry.document().id();
        out.println("== " + documentName(entry) + " ==");
        out.println();
      }
      out.println(headingOf(entry) + "  [" + entry.kind() + "]");
      if (!entry.text().isEmpty()) {
        out.println(entry.text());
      }
      out.println();
    }
    out.flush();
  }

  /** Markdown: document names as top headings, sections one level below their own level. */
  public static void markdown(SectionList list, boolean nameDocuments, PrintWriter out) {
    String current = null;
    int shift = nameDocuments ? 1 : 0;
    for (Entry entry : list.entries()) {
      if (nameDocuments && !entry.document().id().equals(current)) {
        current = entry.document().id();
        out.println("# " + Markdown.inline(documentName(entry)));
        out.println();
      }
      out.println(
          "#".repeat(Math.min(6, entry.level() + shift)) + " " + Markdown.inline(headingOf(entry)));
      out.println();
      if (!entry.text().isEmpty()) {
        out.println(Markdown.block(entry.text()));
        out.println();
      }
    }
    out.flush();
  }

  private static String headingOf(Entry entry) {
    return (entry.number() == null ? "" : entry.number() + " ") + entry.heading();
  }

  private static String documentName(Entry entry) {
    return entry.document().number() != null ? entry.document().number() : entry.document().path();
  }
}
