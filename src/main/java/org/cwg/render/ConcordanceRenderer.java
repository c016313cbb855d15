package org.cwg.render;

import java.io.PrintWriter;
import java.util.List;
import org.cwg.search.ConcordanceLine;
import org.cwg.search.ConcordanceResult;

/**
 * A concordance for people: one line per occurrence, the document and meeting first, then the left
 * context right-aligned so that every match starts in the same column.
 */
public final class ConcordanceRenderer {

  private ConcordanceRenderer() {}

  public static void render(ConcordanceResult result, Emphasis emphasis, PrintWriter out) {
    int nameWidth = 0;
    int meetingWidth = 0;
    for (ConcordanceLine line : result.lines()) {
      nameWidth = Math.max(nameWidth, name(line).length());
      meetingWidth = Math.max(meetingWidth, meeting(line).length());
    }
    for (ConcordanceLine line : result.lines()) {
      String left = " ".repeat(Math.max(0, result.width() - line.left().length())) + line.left();
      out.println(
          (pad(name(line), nameWidth)
                  + "  "
                  + pad(meeting(line), meetingWidth)
                  + "  "
                  + left
                  + emphasis.apply(line.match())
                  + line.right())
              .stripTrailing());
    }
    String shown =
        result.lines().size() < result.total() ? " (showing " + result.lines().size() + ")" : "";
    out.println(result.total() + (result.total() == 1 ? " occurrence" : " occurrences") + shown);
    out.flush();
  }

  private static String name(ConcordanceLine line) {
    return SearchResultRenderer.name(line.number(), line.path());
  }

  private static String meeting(ConcordanceLine line) {
    return line.meeting() == null ? "-" : line.meeting().toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  /** The lines as a table, for CSV. */
  public static Tabular table(ConcordanceResult result) {
    return new Tabular() {
      @Override
      public List<String> header() {
        return List.of(
            "number", "meeting", "date", "section", "offset", "left", "match", "right", "id",
            "path");
      }

      @Override
      public List<List<String>> rows() {
        return result.lines().stream()
            .map(
                line ->
                    List.of(
                        line.number() == null ? "" : line.number(),
                        line.meeting() == null ? "" : line.meeting().toString(),
                        line.date() == null ? "" : line.date(),
                        line.section() == null ? "" : line.section(),
                        Integer.toString(line.offset()),
                        line.left(),
                        line.match(),
                        line.right(),
                        line.id(),
                        line.path()))
            .toList();
      }
    };
  }
}
