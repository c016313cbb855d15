package org.cwg.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cwg.reuse.PassageRef;
import org.cwg.reuse.ReuseCluster;
import org.cwg.reuse.ReuseReport;
import org.cwg.reuse.SharedPassage;
import org.cwg.reuse.SimilarDocument;
import org.cwg.reuse.SimilarReport;

/** {@code cwg reuse} and {@code cwg similar} as text, 80 columns wide. */
public final class ReuseRenderer {

  static final int WIDTH = 80;

  /** Lines of a passage's text shown under it; the whole text is in the JSON and CSV. */
  private static final int QUOTED_LINES = 3;

  private ReuseRenderer() {}

  public static void render(ReuseReport report, PrintWriter out) {
    out.println(
        count(report.pairs().size(), "passage", "passages")
            + " shared, "
            + count(report.clusters().size(), "cluster", "clusters")
            + " of three documents or more");
    for (SharedPassage pair : report.pairs()) {
      out.println();
      out.println(place(pair.a()) + "  =  " + place(pair.b()));
      out.println(
          "  "
              + pair.words()
              + " words, similarity "
              + String.format(Locale.ROOT, "%.2f", pair.similarity()));
      quote(pair.text(), out);
    }
    for (ReuseCluster cluster : report.clusters()) {
      out.println();
      List<String> places = cluster.documents().stream().map(ReuseRenderer::place).toList();
      out.println(
          "Cluster of "
              + cluster.documents().size()
              + " documents, "
              + cluster.words()
              + " words:");
      wrap(String.join(", ", places), "  ", Integer.MAX_VALUE, out);
      quote(cluster.text(), out);
    }
    out.flush();
  }

  public static void render(SimilarReport report, PrintWriter out) {
    String name = report.number() != null ? report.number() : report.id();
    out.println(
        name
            + " ("
            + report.words()
            + " words): "
            + count(report.similar().size(), "document shares", "documents share")
            + " passages with it");
    for (SimilarDocument similar : report.similar()) {
      out.println();
      out.println(
          (similar.number() != null ? similar.number() : similar.id())
              + "  "
              + similar.words()
              + " words ("
              + Math.round(similar.share() * 100)
              + " %)"
              + (similar.sections().isEmpty()
                  ? ""
                  : "  in " + String.join(", ", similar.sections())));
      if (similar.title() != null) {
        out.println("  " + TextWidth.cutEnd(similar.title(), WIDTH - 2));
      }
      for (SharedPassage passage : similar.passages()) {
        out.println(
            "  "
                + section(passage.a())
                + " = "
                + section(passage.b())
                + ", "
                + passage.words()
                + " words, similarity "
                + String.format(Locale.ROOT, "%.2f", passage.similarity()));
        quote(passage.text(), out);
      }
    }
    out.flush();
  }

  /** A document and section: its number (or id) and the section's number or heading. */
  static String place(PassageRef ref) {
    String name = ref.number() != null ? ref.number() : ref.id();
    return ref.section() == null ? name : name + " " + section(ref);
  }

  private static String section(PassageRef ref) {
    if (ref.section() == null) {
      return "(front)";
    }
    return Character.isDigit(ref.section().charAt(0))
        ? "\u00a7" + ref.section()
        : "(" + ref.section() + ")";
  }

  private static void quote(String text, PrintWriter out) {
    wrap('"' + text.replaceAll("\\s+", " ") + '"', "    ", QUOTED_LINES, out);
  }

  /**
   * Words wrapped at {@link #WIDTH} after {@code indent}; a cut last line ends with an ellipsis.
   */
  private static void wrap(String text, String indent, int maxLines, PrintWriter out) {
    int room = WIDTH - indent.length();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    for (int i = 0; i < lines.size() && i < maxLines; i++) {
      String shown = lines.get(i);
      if (i == maxLines - 1 && lines.size() > maxLines) {
        shown = TextWidth.cutEnd(shown + " \u2026", room);
      }
      out.println(indent + TextWidth.cutEnd(shown, room));
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
