package org.cwg.render;

import java.io.PrintWriter;
import java.util.List;
import org.cwg.model.DocumentSummary;
import org.cwg.outcome.ContributionOutcomes;
import org.cwg.outcome.Outcome;

/** {@code cwg outcome DOC} as text or Markdown: the contribution, then each report section. */
public final class OutcomeRenderer {

  private OutcomeRenderer() {}

  /**
   * Fitted to the terminal's width ({@link FittedOutput}): the headline lines (document, report,
   * section) give way at their end, a path on its own line loses its middle, and the passages fold.
   */
  public static void text(ContributionOutcomes result, PrintWriter out) {
    int width = FittedOutput.widthOf(out);
    DocumentSummary doc = result.document();
    out.println(
        TextWidth.cutEnd(nameOf(doc) + (doc.title() == null ? "" : "  " + doc.title()), width));
    if (doc.number() == null) {
      out.println(pathLine(doc, "", width));
    }
    String about = about(doc);
    if (!about.isEmpty()) {
      out.println(about);
    }
    out.println(countLine(result));
    for (Outcome o : result.outcomes()) {
      out.println();
      out.println(TextWidth.cutEnd(reportLine(o.report()), width));
      if (o.report().number() == null) {
        out.println(pathLine(o.report(), "  ", width));
      }
      out.println(TextWidth.cutEnd("  §" + plain(sectionOf(o)), width));
      out.println("  " + linkLine(o));
      block(out, "Summary", o.summary());
      block(out, "Discussion", o.discussion());
      if (!o.actions().isEmpty()) {
        out.println("  Decisions and actions:");
        o.actions().forEach(a -> out.println("    - " + plain(a)));
      }
    }
    out.flush();
  }

  public static void markdown(ContributionOutcomes result, PrintWriter out) {
    DocumentSummary doc = result.document();
    out.println(
        "# Outcomes of "
            + Markdown.inline(
                doc.number() != null ? doc.number() : doc.id() + "  " + ShellQuote.path(doc.path()))
            + (doc.title() == null ? "" : ": " + Markdown.inline(doc.title())));
    out.println();
    String about = about(doc);
    if (!about.isEmpty()) {
      out.println(Markdown.inline(about));
      out.println();
    }
    out.println(Markdown.inline(countLine(result)));
    for (Outcome o : result.outcomes()) {
      out.println();
      out.println("## " + Markdown.inline(reportLine(o.report())));
      out.println();
      out.println("**§" + Markdown.inline(sectionOf(o)) + "**");
      out.println();
      out.println("*" + Markdown.inline(linkLine(o)) + "*");
      markdownBlock(out, "Summary", o.summary());
      markdownBlock(out, "Discussion", o.discussion());
      if (!o.actions().isEmpty()) {
        out.println();
        out.println("### Decisions and actions");
        out.println();
        o.actions().forEach(a -> out.println("- " + Markdown.inline(a)));
      }
    }
    out.flush();
  }

  /** The number, else the id: either names the document to cwg; the path follows on its line. */
  static String nameOf(DocumentSummary doc) {
    return doc.number() != null ? doc.number() : doc.id();
  }

  /**
   * The document's path on a line of its own, quoted for the shell and relative to the current
   * folder; on a narrow terminal its middle gives way so that the file name stays.
   */
  static String pathLine(DocumentSummary doc, String indent, int width) {
    String path = ShellQuote.path(doc.path());
    return indent
        + (width == Integer.MAX_VALUE ? path : TextWidth.cutMiddle(path, width - indent.length()));
  }

  /** Tabs (after list letters such as "a)") take one column, as the width counts them. */
  static String plain(String text) {
    return text.replace('\t', ' ');
  }

  private static String about(DocumentSummary doc) {
    StringBuilder about = new StringBuilder(String.join(", ", doc.sources()));
    if (doc.meeting() != null) {
      about.append(about.length() == 0 ? "" : " · ").append("meeting ").append(doc.meeting());
    }
    return about.toString();
  }

  private static String countLine(ContributionOutcomes result) {
    int n = result.outcomes().size();
    long reports = result.outcomes().stream().map(o -> o.report().id()).distinct().count();
    if (n == 0) {
      return "No report section deals with it (" + reportsRead(result.reports()) + " read).";
    }
    return n
        + (n == 1 ? " section" : " sections")
        + " in "
        + reports
        + (reports == 1 ? " report" : " reports")
        + " ("
        + reportsRead(result.reports())
        + " read).";
  }

  private static String reportsRead(int reports) {
    return reports + (reports == 1 ? " report" : " reports");
  }

  private static String reportLine(DocumentSummary report) {
    String name = report.number() != null ? report.number() : report.id();
    StringBuilder line = new StringBuilder(name);
    if (report.title() != null) {
      line.append("  ").append(report.title());
    }
    if (report.meeting() != null) {
      line.append(" · meeting ").append(report.meeting());
    }
    if (report.date() != null) {
      line.append(" · ").append(report.date());
    }
    return line.toString();
  }

  private static String sectionOf(Outcome o) {
    return (o.section().number() == null ? "" : o.section().number() + " ") + o.section().heading();
  }

  private static String linkLine(Outcome o) {
    StringBuilder line =
        new StringBuilder("link: ")
            .append(o.link())
            .append(" (")
            .append(String.join(", ", o.via()))
            .append("), score ")
            .append(o.score());
    if (o.named() != null && !o.named().isEmpty()) {
      line.append("; named as ").append(String.join(", ", quoted(o.mentions())));
    }
    if (o.copied() != null) {
      line.append("; the summary holds ")
          .append(Math.round(o.copied() * 100))
          .append(" % of the Purpose");
    }
    return line.toString();
  }

  private static List<String> quoted(List<String> mentions) {
    return mentions.stream().map(m -> '"' + m + '"').toList();
  }

  private static void block(PrintWriter out, String label, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    out.println("  " + label + ":");
    text.lines().filter(l -> !l.isBlank()).forEach(l -> out.println("    " + plain(l.strip())));
  }

  private static void markdownBlock(PrintWriter out, String label, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    out.println();
    out.println("### " + label);
    out.println();
    out.println(Markdown.block(text));
  }
}
