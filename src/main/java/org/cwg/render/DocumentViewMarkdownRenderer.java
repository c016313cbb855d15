package org.cwg.render;

import java.io.PrintWriter;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Provenance;
import org.cwg.model.Section;

/** {@code cwg show --format markdown}: a metadata table, the outline as a list, the proposals. */
public final class DocumentViewMarkdownRenderer {

  private DocumentViewMarkdownRenderer() {}

  public static void render(DocumentView view, PrintWriter out) {
    out.println(
        "# "
            + Markdown.inline(
                view.title() != null
                    ? view.title()
                    : view.number() != null ? view.number() : view.path()));
    out.println();
    out.println("| field | value | from | rule |");
    out.println("| --- | --- | --- | --- |");
    for (String field : Metadata.FIELDS) {
      Object value = view.valueOf(field);
      if (value != null) {
        Provenance from = view.provenance().get(field);
        String rule = view.rules().get(field);
        out.println(
            "| "
                + field
                + " | "
                + Markdown.cell(value.toString())
                + " | "
                + (from == null ? "" : from)
                + " | "
                + (rule == null ? "" : Markdown.cell(rule))
                + " |");
      }
    }
    out.println("| path | " + Markdown.cell(view.path()) + " | | |");
    out.println();
    out.println("## Outline");
    out.println();
    for (Section section : view.sections()) {
      String number = section.number() == null ? "" : section.number() + " ";
      out.println(
          "  ".repeat(section.level() - 1)
              + "- "
              + Markdown.inline(number + section.heading())
              + " *("
              + section.kind()
              + ")*");
    }
    if (!view.proposals().isEmpty()) {
      out.println();
      out.println("## Proposals");
      out.println();
      int n = 1;
      for (ProposalItem item : view.proposals()) {
        out.println((n++) + ". " + Markdown.inline(item.text().replace('\n', ' ')));
      }
    }
    out.flush();
  }
}
