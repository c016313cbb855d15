package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cwg.model.DocumentSummary;
import org.cwg.outcome.MeetingOverview;
import org.cwg.outcome.MeetingOverview.MeetingContribution;
import org.cwg.outcome.MeetingOverview.OutcomeAt;

/**
 * {@code cwg meeting N} as text or Markdown: reports, contributions with where each was discussed,
 * the other documents, what the reports name that is not indexed, and references between them.
 */
public final class MeetingRenderer {

  private MeetingRenderer() {}

  /**
   * Fitted to the terminal's width ({@link FittedOutput}): a document's line gives way at its end,
   * a path on its own line loses its middle, and the lists of where each was discussed fold.
   */
  public static void text(MeetingOverview m, PrintWriter out) {
    int width = FittedOutput.widthOf(out);
    out.println(headline(m));
    out.println();
    out.println("Reports (" + m.reports().size() + "):");
    m.reports().forEach(r -> documentLines(r, documentLine(r), width, out));
    out.println();
    long discussed = m.contributions().stream().filter(MeetingContribution::discussed).count();
    out.println(
        "Contributions ("
            + m.contributions().size()
            + ", "
            + discussed
            + " discussed in a report):");
    for (MeetingContribution c : m.contributions()) {
      documentLines(c.document(), contributionName(c) + contributionAbout(c), width, out);
      out.println("    " + (c.discussed() ? "discussed: " + where(c.outcomes()) : "not discussed"));
    }
    if (!m.documents().isEmpty()) {
      out.println();
      out.println("Other documents (" + m.documents().size() + "):");
      m.documents().forEach(d -> documentLines(d, documentLine(d), width, out));
    }
    out.println();
    out.println("Named in the reports, not in the index (" + m.missing().size() + "):");
    for (MeetingOverview.MissingDocument d : m.missing()) {
      out.println(
          "  " + d.number() + "  in " + d.report() + " §" + String.join(", §", d.sections()));
    }
    out.println();
    out.println("References between the meeting's documents (" + m.references().size() + "):");
    for (MeetingOverview.MeetingReference r : m.references()) {
      out.println("  " + r.from() + " -> " + r.to() + "  " + r.count() + "x");
    }
    out.flush();
  }

  /** A document's line, cut to the width, then its path when it has no number to be named by. */
  private static void documentLines(DocumentSummary d, String line, int width, PrintWriter out) {
    out.println(TextWidth.cutEnd("  " + line, width));
    if (d.number() == null) {
      out.println(OutcomeRenderer.pathLine(d, "    ", width));
    }
  }

  public static void markdown(MeetingOverview m, PrintWriter out) {
    out.println("# " + Markdown.inline(headline(m)));
    out.println();
    out.println("## Reports");
    out.println();
    m.reports().forEach(r -> out.println("- " + Markdown.inline(documentLineWithPath(r))));
    out.println();
    out.println("## Contributions");
    out.println();
    out.println("| number | sources | title | discussed | where |");
    out.println("| --- | --- | --- | --- | --- |");
    for (MeetingContribution c : m.contributions()) {
      out.println(
          "| "
              + Markdown.cell(nameAndPath(c))
              + " | "
              + Markdown.cell(String.join(", ", c.document().sources()))
              + " | "
              + Markdown.cell(c.document().title() == null ? "" : c.document().title())
              + " | "
              + (c.discussed() ? "yes" : "no")
              + " | "
              + Markdown.cell(where(c.outcomes()))
              + " |");
    }
    if (!m.documents().isEmpty()) {
      out.println();
      out.println("## Other documents");
      out.println();
      m.documents().forEach(d -> out.println("- " + Markdown.inline(documentLineWithPath(d))));
    }
    out.println();
    out.println("## Named in the reports, not in the index");
    out.println();
    for (MeetingOverview.MissingDocument d : m.missing()) {
      out.println(
          "- "
              + Markdown.inline(
                  d.number() + " in " + d.report() + " §" + String.join(", §", d.sections())));
    }
    out.println();
    out.println("## References between the meeting's documents");
    out.println();
    for (MeetingOverview.MeetingReference r : m.references()) {
      out.println("- " + Markdown.inline(r.from() + " -> " + r.to() + " (" + r.count() + "x)"));
    }
    out.flush();
  }

  private static String headline(MeetingOverview m) {
    List<String> parts = new ArrayList<>();
    parts.add((m.group() == null ? "" : m.group() + " ") + "meeting " + m.meeting());
    if (m.date() != null) {
      parts.add(m.date());
    }
    if (m.place() != null) {
      parts.add(m.place());
    }
    return String.join(" · ", parts);
  }

  private static String documentLine(DocumentSummary d) {
    StringBuilder line = new StringBuilder(d.number() != null ? d.number() : d.id());
    if (d.title() != null) {
      line.append("  ").append(d.title());
    }
    if (d.date() != null) {
      line.append("  ").append(d.date());
    }
    return line.toString();
  }

  /** The document's line with its path when it has no number, for Markdown. */
  private static String documentLineWithPath(DocumentSummary d) {
    return documentLine(d) + (d.number() == null ? "  " + ShellQuote.path(d.path()) : "");
  }

  private static String contributionName(MeetingContribution c) {
    return OutcomeRenderer.nameOf(c.document()) + languages(c);
  }

  private static String nameAndPath(MeetingContribution c) {
    DocumentSummary d = c.document();
    return (d.number() != null ? d.number() : d.id() + "  " + ShellQuote.path(d.path()))
        + languages(c);
  }

  /** The languages of a contribution published in several, such as " (en, fr, ru, es)". */
  static String languages(MeetingContribution c) {
    return c.languages().size() < 2 ? "" : " (" + String.join(", ", c.languages()) + ")";
  }

  private static String contributionAbout(MeetingContribution c) {
    String sources = String.join(", ", c.document().sources());
    String title = c.document().title() == null ? "" : c.document().title();
    String about = sources.isEmpty() ? title : title.isEmpty() ? sources : sources + ": " + title;
    return about.isEmpty() ? "" : "  " + about;
  }

  static String where(List<OutcomeAt> outcomes) {
    List<String> places = new ArrayList<>();
    for (OutcomeAt at : outcomes) {
      places.add(at.report() + " §" + at.section() + " (" + at.link() + ", " + at.score() + ")");
    }
    return String.join("; ", places);
  }
}
