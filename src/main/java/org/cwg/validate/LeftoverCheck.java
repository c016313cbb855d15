package org.cwg.validate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.parse.Block;
import org.cwg.parse.EditingTraces;

/** Nothing an editor or an export left behind: tracked changes, comments, highlights, artifacts. */
final class LeftoverCheck {

  /** What Word-to-text exports write for bookmarks, note marks and comment anchors. */
  private static final Pattern ARTIFACT =
      Pattern.compile(
          "\\[(?:bookmark|footnoteRef|endnoteRef|annotationRef|commentRef|comment)\\s*:[^\\]\\n]*\\]");

  private LeftoverCheck() {}

  static void run(CheckedDocument doc, Findings findings) {
    EditingTraces traces = doc.traces();
    if (traces.trackedChanges() > 0) {
      findings.add(
          Rule.TRACKED_CHANGES,
          plural(traces.trackedChanges(), "tracked change")
              + " ("
              + traces.insertions()
              + " insertions, deletions or moves, "
              + traces.formattingChanges()
              + " formatting); accept or reject them",
          paragraph(traces.firstChangeParagraph()),
          null);
    }
    if (traces.comments() > 0) {
      findings.add(
          Rule.COMMENTS,
          plural(traces.comments(), "comment") + " left in the file",
          paragraph(traces.firstCommentParagraph()),
          null);
    }
    if (traces.highlights() > 0) {
      findings.add(
          Rule.HIGHLIGHTED_TEXT,
          plural(traces.highlights(), "highlighted run"),
          paragraph(traces.firstHighlightParagraph()),
          null);
    }
    if (findings.wants(Rule.EXPORT_ARTIFACTS)) {
      exportArtifacts(doc, findings);
    }
  }

  private static void exportArtifacts(CheckedDocument doc, Findings findings) {
    List<Block> blocks = doc.blocks();
    int count = 0;
    int first = -1;
    String example = null;
    for (int i = 0; i < blocks.size(); i++) {
      Matcher m = ARTIFACT.matcher(blocks.get(i).text());
      while (m.find()) {
        if (count++ == 0) {
          first = i;
          example = m.group();
        }
      }
    }
    if (count > 0) {
      findings.add(
          Rule.EXPORT_ARTIFACTS,
          plural(count, "export artifact") + " such as " + CitationCheck.quote(example),
          doc.placeOfBlock(first),
          null);
    }
  }

  private static String paragraph(int number) {
    return number > 0 ? "paragraph " + number : "document";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
