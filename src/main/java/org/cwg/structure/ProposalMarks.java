package org.cwg.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A conference proposal's mark of a change (MOD, ADD, SUP, NOC) on a line of its own, with the
 * proposal's id after it, and the provision it changes, named on the line under it.
 */
final class ProposalMarks {

  private static final Pattern MARK = Pattern.compile("(?:MOD|ADD|SUP|NOC)(?:\\s+\\S+){0,2}");

  /**
   * A proposal's id on a line of its own, its mark perhaps after it ("J/28/1", "ACP/64A1/3 MOD").
   */
  private static final Pattern ID_LINE =
      Pattern.compile("\\p{Lu}+(?:/\\p{Lu}+)*/\\d+\\w*/\\d+(?:\\s+" + MARK.pattern() + ")?");

  private ProposalMarks() {}

  /**
   * Whether a line opens a proposal's block of changes, with its id or its mark: what a heading
   * over the block heads, as a body of prose would.
   */
  static boolean opensProposal(String line) {
    String text = line.strip();
    return ID_LINE.matcher(text).matches() || isMark(text);
  }

  /** Whether a line is a proposal's mark of a change. */
  static boolean isMark(String line) {
    return MARK.matcher(line.strip()).matches();
  }

  /**
   * Whether the paragraph names the provision a proposal's mark right above it changes ("ARTICLE
   * 5", "APPENDIX 3", "RESOLUTION 64"): the item of a proposal, never a heading of the document.
   */
  static boolean namesChangedProvision(List<Line> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String text = lines.get(i).text();
      if (!text.isBlank()) {
        return isMark(text);
      }
    }
    return false;
  }
}
