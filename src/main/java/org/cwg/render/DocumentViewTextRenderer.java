package org.cwg.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.cwg.model.DocumentVersion;
import org.cwg.model.Metadata;
import org.cwg.model.Section;

/** {@code cwg show} for a terminal: metadata with where each value came from, then the outline. */
public final class DocumentViewTextRenderer {

  private DocumentViewTextRenderer() {}

  public static void render(DocumentView view, PrintWriter out) {
    int room = FittedOutput.widthOf(out);
    String path = ShellQuote.path(view.path());
    out.println(view.number() != null ? view.number() : TextWidth.cutMiddle(path, room));
    for (String field : Metadata.FIELDS) {
      Object value = view.valueOf(field);
      if (value != null) {
        String from = view.originOf(field);
        out.printf(
            Locale.ROOT, "  %-12s %s%s%n", field, value, from == null ? "" : "  (" + from + ")");
      }
    }
    out.printf(Locale.ROOT, "  %-12s %s%n", "id", view.id());
    out.printf(Locale.ROOT, "  %-12s %s%n", "path", TextWidth.cutMiddle(path, room - 15));
    if (view.versions().size() > 1) {
      out.println();
      out.println("Versions");
      for (DocumentVersion version : view.versions()) {
        String language = version.language() == null ? "??" : version.language();
        String marker = version.id().equals(view.id()) ? "* " : "  ";
        String lead = "  " + marker + language + "  " + version.id() + "  ";
        out.println(
            lead + TextWidth.cutMiddle(ShellQuote.path(version.path()), room - lead.length()));
      }
    }
    out.println();
    out.println("Outline");
    for (Section section : view.sections()) {
      String number = section.number() == null ? "" : section.number() + " ";
      out.printf(
          Locale.ROOT,
          "  %s%s%s  [%s]%n",
          "  ".repeat(section.level() - 1),
          number,
          section.heading(),
          section.kind());
    }
    if (view.sections().isEmpty()) {
      out.println("  (no headings found)");
    }
    out.println();
    DocumentView.Counts c = view.counts();
    out.printf(
        Locale.ROOT,
        "%d sections, %d proposals, %d footnotes, %d resolution mentions, %d references,"
            + " %d words%n",
        c.sections(),
        c.proposals(),
        c.footnotes(),
        c.resolutions(),
        c.references(),
        c.words());
    out.flush();
  }
}
