package org.cwg.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where PDF or plain text, which say nothing of bold, show that a paragraph ended before a line:
 * the only place an unnumbered line may head a section there.
 */
final class ParagraphEnds {

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final Pattern FIGURE_OR_LABEL = Pattern.compile("[\\d:]");

  /** A title of two words or more, as a cover sets it. */
  private static final Pattern CAPITAL_TITLE = Pattern.compile("\\p{Lu}{2,}\\S*(?:\\s+\\S+)+");

  private ParagraphEnds() {}

  /**
   * In PDF or plain text, an unnumbered line may head a section only where a paragraph ended before
   * it (a full stop, a colon, a blank line, a numbered heading's line) and it starts with a letter
   * in mixed case: capitals are title blocks ("RESOLUTION 133 (REV. DUBAI, 2018)"), bullets are
   * list items.
   */
  static boolean standsApart(List<Line> lines, int index, Heading last, Set<Integer> afterBlank) {
    String text = HeadingKinds.tidy(lines.get(index).text());
    if (text.isEmpty()
        || !Character.isLetter(text.charAt(0))
        // A script without case (Chinese) has no capitals to set a title block in.
        || text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT))
        || CoverLabel.isCount(text)) {
      return false;
    }
    String previous = index > 0 ? lines.get(index - 1).text().strip() : "";
    return previous.isEmpty()
        || last != null
            && last.line() == index - 1
            // A topic's first sub-topic may follow it at once, but no table's row; an annex's
            // heading that carries its title ("Annex – Summary") is followed by its first section.
            && (last.number() != null && !HeadingStyles.isAnnexKind(last.kind())
                || HeadingKinds.isTitledAnnex(last.heading())
                || last.headsTopics() && !TableRows.nearRows(lines, last.line(), index))
            && !last.headsEntries()
            && !HeadingKinds.isRunIn(text)
        || afterBlank.contains(index)
        || lines.get(index).startsPage()
        // A table's last row ends in its last cell, as a paragraph ends in a full stop.
        || TableRows.endsRows(lines, index)
        || WordedRows.endsAbove(lines, index)
        || last == null && followsCoverTitle(lines, index)
        // Chinese ends its sentences with full-width marks.
        || ".:!?。：！？".indexOf(previous.charAt(previous.length() - 1)) >= 0;
  }

  /**
   * Whether the line opens a quotation it does not close ("... F.999 "Requirements for"): a
   * quotation closes where it opens, in one paragraph, so the line's words go on below it and it
   * ends no paragraph. Straight quotes pair up; curly and angle quotes open and close by their own
   * marks.
   */
  static boolean leavesQuoteOpen(String text) {
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '\u201c', '\u00ab' -> open = true;
        case '\u201d', '\u00bb' -> open = false;
        case '"' -> open = !open;
        default -> {
          // Not a quotation mark.
        }
      }
    }
    return open;
  }

  /**
   * Whether the line comes right under the cover's title in capitals and over a sentence, in words
   * alone: a Council or conference cover ends with its title ("PROPOSED REGIONAL INITIATIVE ..."),
   * so the line between it and the first prose heads the body; the cover's own lines carry a
   * label's colon ("Original: English"), a number or a date, and sit over other cover lines.
   */
  static boolean followsCoverTitle(List<Line> lines, int index) {
    if (index == 0 || index + 1 >= lines.size()) {
      return false;
    }
    String text = lines.get(index).text().strip();
    String title = lines.get(index - 1).text().strip();
    String next = lines.get(index + 1).text().strip();
    return !FIGURE_OR_LABEL.matcher(text).find()
        && !title.contains("\t")
        && !DIGIT.matcher(title).find()
        && CAPITAL_TITLE.matcher(title).matches()
        && title.equals(title.toUpperCase(Locale.ROOT))
        && next.length() > HeadingScore.SHORT
        && next.endsWith(".");
  }

  /** A covering note's content words at least: a sentence, where a cover's label has one or two. */
  private static final int NOTE_WORDS = 3;

  /**
   * The first paragraph of two sentences or more, or of one sentence of some words over a
   * proposal's block, or the number of lines when there is none: a cover holds fields, titles and
   * short notes, so where PDF or plain text show such prose the body has begun. A paragraph PDF
   * wrapped at the margin is read whole, from the line it starts on.
   */
  static int firstProse(List<Line> lines, WrappedLines wrapped) {
    for (int i = 0; i < lines.size(); i++) {
      int start = i;
      while (start > 0 && wrapped.runsOn(start - 1)) {
        start--;
      }
      StringBuilder whole = new StringBuilder();
      for (int j = start; j <= i; j++) {
        whole.append(' ').append(lines.get(j).text().strip());
      }
      String text = whole.toString().strip();
      // A short sentence is prose too over a proposal's block: a cover's notes head no proposal.
      if (text.endsWith(".")
          && !text.contains("\t")
          && !CoverLabel.isFieldWithValue(text)
          && (text.length() > HeadingScore.SHORT && HeadingScore.hasTwoSentences(text)
              || HeadingScore.contentWords(text) >= NOTE_WORDS && overProposalBlock(lines, i))) {
        return start;
      }
    }
    return lines.size();
  }

  /**
   * Whether a proposal's block (its id, then MOD or ADD) opens right under the line after this one:
   * a cover holds no such block, so a sentence over its heading (what a corrigendum replaces) is
   * the body's prose.
   */
  private static boolean overProposalBlock(List<Line> lines, int index) {
    int seen = 0;
    for (int i = index + 1; i < lines.size() && seen < 2; i++) {
      String text = lines.get(i).text();
      if (!text.isBlank() && ++seen == 2) {
        return ProposalMarks.opensProposal(text);
      }
    }
    return false;
  }
}
