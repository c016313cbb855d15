package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cwg.cite.CitingDocuments;
import org.cwg.model.DocumentSummary;

/**
 * {@code cwg cites RESOLUTION} as text: a heading, the citing documents per meeting and per year
 * (since when the resolution is cited), then each document with its date, title and sources, and
 * its mentions.
 */
public final class CitingDocumentsRenderer {

  private static final String NONE = "none";

  private CitingDocumentsRenderer() {}

  public static void render(CitingDocuments citing, PrintWriter out) {
    CitingDocuments.Resolution r = citing.resolution();
    out.println(
        r.body() + " Resolution " + r.number() + (r.title() == null ? "" : ": " + r.title()));
    int mentions = citing.documents().stream().mapToInt(d -> d.mentions().size()).sum();
    out.println(count(citing.documents().size(), "document") + ", " + count(mentions, "mention"));
    if (!citing.documents().isEmpty()) {
      out.println(
          "by meeting: "
              + citing.meetings().stream()
                  .map(m -> label(m.meeting()) + " (" + m.documents() + ")")
                  .collect(Collectors.joining(", ")));
      out.println(
          "by year: "
              + citing.years().stream()
                  .map(y -> label(y.year()) + " (" + y.documents() + ")")
                  .collect(Collectors.joining(", ")));
    }
    int width = FittedOutput.widthOf(out);
    for (CitingDocuments.Document d : citing.documents()) {
      DocumentSummary doc = d.document();
      out.println();
      out.println(
          nameOf(d)
              + (doc.meeting() == null ? "" : "  meeting " + doc.meeting())
              + (doc.date() == null ? "" : "  " + doc.date())
              + "  "
              + count(d.mentions().size(), "mention"));
      String about = about(doc);
      if (!about.isEmpty()) {
        // One line: the title gives way on a narrow terminal, the mentions below carry the detail.
        out.println("  " + TextWidth.cutEnd(about, width == Integer.MAX_VALUE ? width : width - 2));
      }
      for (CitingDocuments.Mention m : d.mentions()) {
        out.println("  " + (m.section() == null ? "-" : m.section().id()) + ": " + m.context());
      }
    }
    out.flush();
  }

  /** The title, then the sources in brackets; empty when the document has neither. */
  private static String about(DocumentSummary doc) {
    List<String> parts = new ArrayList<>();
    if (doc.title() != null) {
      parts.add(doc.title());
    }
    if (!doc.sources().isEmpty()) {
      parts.add("(" + String.join("; ", doc.sources()) + ")");
    }
    return String.join(" ", parts);
  }

  private static String label(Integer value) {
    return value == null ? NONE : value.toString();
  }

  static String nameOf(CitingDocuments.Document d) {
    DocumentSummary doc = d.document();
    return doc.number() != null ? doc.number() : ShellQuote.fileName(doc.path());
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
