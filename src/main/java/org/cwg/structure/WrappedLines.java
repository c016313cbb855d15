package org.cwg.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cwg.parse.Block;

/**
 * Where PDF text wrapped a paragraph at the right margin. PDF gives one line per printed line, so a
 * numbered paragraph ("1.1 In accordance with Resolution 31 ... of the World Telecommunication")
 * shows its number and a first line with no sentence end, as a long heading would. A line that
 * fills the width of the page's text goes on below it: what it starts is read whole, to its last
 * line, and a paragraph whose last line ends a sentence is no heading, whatever its first line
 * looks like. A heading that wrapped ends without one ("... of Recommendation ITU-R" / "RS.2105-1")
 * and goes on to its short last line.
 */
final class WrappedLines {

  /** A line this share of the widest one (in characters) fills the line: fonts are proportional. */
  private static final double FULL = 0.8;

  /** The narrowest text in which lines are told to wrap; below it a table or a list is read. */
  private static final int MIN_WIDTH = 60;

  /** How many lines one numbered paragraph is followed over to its end. */
  private static final int MAX_LINES = 12;

  private static final WrappedLines NONE = new WrappedLines(List.of(), 0, Set.of());

  private final List<Line> lines;

  /** The widest body line, in characters; 0 where lines are paragraphs (Word, plain text). */
  private final int width;

  /** The entries of the table of contents, as compared: the headings the document lists. */
  private final Set<String> listed;

  private WrappedLines(List<Line> lines, int width, Set<String> listed) {
    this.lines = lines;
    this.width = width;
    this.listed = listed;
  }

  /**
   * The lines of a PDF's text, which wraps its paragraphs at the margin; a table of contents' dot
   * leaders run past it and do not count.
   */
  static WrappedLines ofPdf(List<Line> lines, boolean[] tableOfContents) {
    int width = 0;
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.block().region() == Block.Region.BODY && !tableOfContents[i]) {
        width = Math.max(width, line.text().length());
      } else if (tableOfContents[i]) {
        listed.add(TableOfContents.key(line.text()));
      }
    }
    return new WrappedLines(lines, width >= MIN_WIDTH ? width : 0, listed);
  }

  /** Lines that are paragraphs, as Word and plain text give them. */
  static WrappedLines none() {
    return NONE;
  }

  /**
   * Whether the line fills the text's width without ending a sentence, and the paragraph it starts
   * ends one on a later line: a numbered paragraph that wrapped, not a heading.
   */
  boolean startsWrappedSentence(int index) {
    if (width == 0 || index >= lines.size() || !fills(index) || endsSentence(index)) {
      return false;
    }
    if (listed.contains(TableOfContents.key(lines.get(index).text()))) {
      // The contents list names the line: a heading, however wide its number's gap makes it.
      return false;
    }
    for (int j = index + 1; j < lines.size() && j <= index + MAX_LINES; j++) {
      if (lines.get(j).block().region() != Block.Region.BODY) {
        return false;
      }
      if (j == index + 1 && opensSubclauseOf(lines.get(j).text(), lines.get(index).text())) {
        // A clause's first subclause ("2" then "2.1 The Chief ...") starts a paragraph of its own:
        // the line above ended there, a heading however wide.
        return false;
      }
      if (endsSentence(j)) {
        return true;
      }
      if (!fills(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the line is inside a paragraph PDF wrapped: the line before it and the line itself both
   * fill the width without ending a sentence ("... are given in" / "Appendix 1. The criteria follow
   * ... of"). A heading does not run on from the text above it and on below it.
   */
  boolean insideParagraph(int index) {
    return width > 0
        && index > 0
        && lines.get(index - 1).block().region() == Block.Region.BODY
        && fills(index - 1)
        && !endsSentence(index - 1)
        && fills(index)
        && !endsSentence(index);
  }

  /**
   * The line a heading that filled its line wrapped onto ("... of Recommendation ITU-R" /
   * "RS.2105-1"): the next line, short and ending no sentence, neither numbered nor a list item; or
   * -1 when the heading ends on its own line.
   */
  int continuation(int index) {
    int next = index + 1;
    if (questionGoesOn(index)) {
      return next;
    }
    if (width == 0
        || next >= lines.size()
        || !fills(index)
        || endsSentence(index)
        || lines.get(next).block().region() != Block.Region.BODY
        || endsSentence(next)) {
      return -1;
    }
    String text = lines.get(next).text().strip();
    boolean startsItem = !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
    return text.length() * 2 <= width && !startsItem && !headsItself(text) ? next : -1;
  }

  /**
   * Whether PDF wrapped the line at the margin onto the next: it fills the text's width and ends no
   * sentence, however long the line it runs on to.
   */
  boolean runsOn(int index) {
    return width > 0
        && index + 1 < lines.size()
        && lines.get(index + 1).block().region() == Block.Region.BODY
        && fills(index)
        && !endsSentence(index);
  }

  /**
   * Whether a consultation's question heading ("Question 3: How do ... in aspects") filled its line
   * and goes on in lower case on the next to its question mark: one heading PDF wrapped, which a
   * question ends where its question does.
   */
  boolean questionGoesOn(int index) {
    int next = index + 1;
    if (width == 0
        || next >= lines.size()
        || !fills(index)
        || endsSentence(index)
        || lines.get(next).block().region() != Block.Region.BODY
        || !HeadingKinds.isQuestion(lines.get(index).text())) {
      return false;
    }
    String rest = lines.get(next).text().strip();
    return !rest.isEmpty()
        && Character.isLowerCase(rest.charAt(0))
        && rest.endsWith("?")
        && lines.get(index).text().length() + rest.length() < HeadingKinds.MAX_QUESTION;
  }

  /** Whether a line opens with the first subclause of the clause a line above is numbered. */
  private static boolean opensSubclauseOf(String text, String above) {
    for (HeadingNumber clause : HeadingNumber.parse(above)) {
      for (HeadingNumber sub : HeadingNumber.parse(text)) {
        List<Integer> path = sub.path();
        if (clause.scheme() == sub.scheme()
            && path.size() == clause.path().size() + 1
            && path.subList(0, clause.path().size()).equals(clause.path())
            && path.get(path.size() - 1) == 1) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a line reads as a heading of its own ("2 Proposals", "Annex 3 – List of documents"); a
   * Recommendation's number ("M.1478-3") is only a letter's reading, with no words after it.
   */
  private static boolean headsItself(String text) {
    String words = HeadingKinds.tidy(text);
    if (HeadingKinds.isStandalone(words) || HeadingKinds.isBodyStandalone(words)) {
      // "Annex 3 – List of documents" under an annex heading that filled its line.
      return true;
    }
    for (HeadingNumber reading : HeadingNumber.parse(text)) {
      String rest = reading.rest();
      if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private boolean fills(int index) {
    return lines.get(index).text().length() >= FULL * width;
  }

  private boolean endsSentence(int index) {
    String text = lines.get(index).text().strip();
    return !text.isEmpty() && ".;:!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
