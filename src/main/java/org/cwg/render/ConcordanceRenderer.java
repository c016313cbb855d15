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
    int room = FittedOutput.widthOf(out);
    int leftWidth = result.width();
    if (room != Integer.MAX_VALUE) {
      // On a terminal of known width: names give way first (to a quarter of it), then the
      // contexts, the match keeping its column.
      nameWidth = Math.min(nameWidth, Math.max(8, room / 4));
      int longestMatch =
          result.lines().stream()
              .mapToInt(l -> TextWidth.of(emphasis.apply(l.match())))
              .max()
              .orElse(0);
      int contexts = room - nameWidth - meetingWidth - 4 - longestMatch;
      leftWidth = Math.max(4, Math.min(result.width(), contexts / 2));
    }
    for (ConcordanceLine line : result.lines()) {
      String name = TextWidth.cutMiddle(name(line), nameWidth);
      String leftText = TextWidth.cutStart(line.left(), leftWidth);
      String left = " ".repeat(Math.max(0, leftWidth - leftText.length())) + leftText;
      String start = pad(name, nameWidth) + "  " + pad(meeting(line), meetingWidth) + "  " + left;
      int rightRoom = room == Integer.MAX_VALUE ? Integer.MAX_VALUE : room - start.length();
      String match = emphasis.apply(line.match());
      String right = TextWidth.cutEnd(line.right(), Math.max(0, rightRoom - TextWidth.of(match)));
      out.println((start + match + right).stripTrailing());
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
