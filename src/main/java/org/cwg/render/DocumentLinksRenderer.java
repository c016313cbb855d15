package org.cwg.render;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.cite.DocumentLinks;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;

/** {@code cwg refs DOC} as text: what DOC refers to, then what refers to DOC. */
public final class DocumentLinksRenderer {

  private DocumentLinksRenderer() {}

  public static void render(DocumentLinks links, PrintWriter out) {
    out.println(nameOf(links.document()) + "  " + ShellQuote.path(links.document().path()));
    out.println();
    Map<String, List<DocumentReference>> byId = new LinkedHashMap<>();
    links
        .references()
        .forEach(r -> byId.computeIfAbsent(r.id(), k -> new java.util.ArrayList<>()).add(r));
    out.println("Refers to (" + byId.size() + "):");
    int width = byId.keySet().stream().mapToInt(String::length).max().orElse(0);
    byId.forEach(
        (id, refs) ->
            out.println(
                "  "
                    + pad(id, width)
                    + "  "
                    + times(refs.size())
                    + "  "
                    + links
                        .targetOf(refs.get(0))
                        .map(t -> "-> " + nameOf(t) + "  " + ShellQuote.path(t.path()))
                        .orElse("not in the corpus")));
    out.println();
    out.println("Referred to by (" + links.referencedBy().size() + "):");
    for (DocumentLinks.Referrer referrer : links.referencedBy()) {
      out.println(
          "  "
              + nameOf(referrer.document())
              + (referrer.document().meeting() == null
                  ? ""
                  : "  meeting " + referrer.document().meeting())
              + "  "
              + times(referrer.references().size())
              + "  as "
              + String.join(
                  ", ",
                  referrer.references().stream()
                      .map(DocumentReference::text)
                      .map(t -> '"' + t.replace('\n', ' ') + '"')
                      .distinct()
                      .toList()));
    }
    out.flush();
  }

  private static String nameOf(DocumentSummary d) {
    return d.number() != null ? d.number() : ShellQuote.fileName(d.path());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String times(int n) {
    return n + "x";
  }
}
