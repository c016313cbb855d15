package org.cwg.render;

import java.io.PrintWriter;
import org.cwg.cite.CitingDocuments;

/** {@code cwg cites RESOLUTION} as text: a heading, then each document and its mentions. */
public final class CitingDocumentsRenderer {

  private CitingDocumentsRenderer() {}

  public static void render(CitingDocuments citing, PrintWriter out) {
    CitingDocuments.Resolution r = citing.resolution();
    out.println(
        r.body() + " Resolution " + r.number() + (r.title() == null ? "" : ": " + r.title()));
    int mentions = citing.documents().stream().mapToInt(d -> d.mentions().size()).sum();
    out.println(count(citing.documents().size(), "document") + ", " + count(mentions, "mention"));
    for (CitingDocuments.Document d : citing.documents()) {
      out.println();
      out.println(
          nameOf(d)
              + (d.meeting() == null ? "" : "  meeting " + d.meeting())
              + "  "
              + count(d.mentions().size(), "mention"));
      for (CitingDocuments.Mention m : d.mentions()) {
        out.println("  " + (m.section() == null ? "-" : m.section().id()) + ": " + m.context());
      }
    }
    out.flush();
  }

  static String nameOf(CitingDocuments.Document d) {
    return d.number() != null ? d.number() : ShellQuote.fileName(d.path());
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
