package org.cwg.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cwg.cite.CitationMatrix;

/**
 * The citation graph in Graphviz DOT: a box per document, an ellipse per resolution, and an edge
 * from each document to each resolution it cites, labelled with the number of mentions.
 */
public final class CitationGraphDot {

  private CitationGraphDot() {}

  public static void render(CitationMatrix matrix, PrintWriter out) {
    out.println("digraph citations {");
    out.println("  rankdir=LR;");
    out.println("  node [shape=box, fontname=\"Helvetica\"];");
    for (String key : matrix.resolutions()) {
      out.println("  " + quote("res:" + key) + " [label=" + quote(key) + ", shape=ellipse];");
    }
    for (CitationMatrix.Row row : matrix.documents()) {
      String label =
          row.document().number() != null
              ? row.document().number()
              : String.valueOf(Path.of(row.document().path()).getFileName());
      out.println("  " + quote("doc:" + row.document().id()) + " [label=" + quote(label) + "];");
    }
    for (CitationMatrix.Row row : matrix.documents()) {
      row.mentions()
          .forEach(
              (key, count) ->
                  out.println(
                      "  "
                          + quote("doc:" + row.document().id())
                          + " -> "
                          + quote("res:" + key)
                          + " [label=\""
                          + count
                          + "\", weight="
                          + count
                          + "];"));
    }
    out.println("}");
    out.flush();
  }

  /** A DOT quoted identifier: backslashes and quotes escaped, line breaks flattened. */
  static String quote(String id) {
    return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + '"';
  }
}
