package org.cwg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cwg.model.DocumentNumber;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;

/**
 * The unnumbered headings known by their words rather than their shape: a cover's "Purpose" and
 * "Action required", the front matter and preamble of a published text, "Next steps", the "Outcome
 * for Council" under a topic, annex titles, and a report's run-in labels ("Summary",
 * "Discussions"). Their level comes from the outline above them, which each one found extends.
 */
final class KeywordHeadings {

  private final List<Line> lines;
  private final HeadingOutline outline;

  /**
   * Whether the preamble words are plain paragraphs of a text proposed, not headings: in a proposal
   * that marks its changes (MOD, ADD, SUP), in a draft that runs a preamble word in with its text
   * ("considering the offer ..."), or where Word sets no preamble word apart (a heading or Call
   * style, bold).
   */
  private final boolean preambleInRunningText;

  /** Whether the lines come from Word, which says whether a preamble word is set apart. */
  private final boolean formatted;

  /** Whether the masthead is ITU-D's, whose cover holds its Summary and Action required as rows. */
  private final boolean developmentCover;

  /** The first lines, where a cover's masthead names its Sector (PDF wraps it over several). */
  private static final int MASTHEAD_LINES = 8;

  /**
   * @param formatted whether the lines come from Word, which says what is bold or styled
   */
  KeywordHeadings(List<Line> lines, HeadingOutline outline, boolean formatted) {
    this.lines = lines;
    this.outline = outline;
    this.formatted = formatted;
    this.preambleInRunningText =
        lines.stream()
                .anyMatch(
                    line ->
                        ProposalMarks.isMark(line.text())
                            || line.block().region() == Block.Region.BODY
                                && HeadingKinds.runsInPreamble(line.text().strip()))
            || formatted
                && lines.stream()
                    .noneMatch(
                        line ->
                            HeadingKinds.isPreamble(HeadingKinds.tidy(line.text()))
                                && setApart(line.block()));
    List<String> mastheadLines = lines.stream().limit(MASTHEAD_LINES).map(Line::text).toList();
    this.developmentCover =
        "itu-d".equals(Masthead.familyOf(String.join(" ", mastheadLines)))
            || mastheadLines.stream().anyMatch(KeywordHeadings::isDevelopmentNumber);
  }

  /**
   * A cover cell with an ITU-D number ("Documento SG1RGQ/176-S"): a masthead that names only "Study
   * Groups" has no Sector, but the number says whose cover it is.
   */
  private static boolean isDevelopmentNumber(String line) {
    return Arrays.stream(line.split("\t"))
        .map(cell -> CoverNumbers.read(cell.strip(), CoverNumbers.Context.NONE))
        .anyMatch(
            reading ->
                reading != null
                    && reading.canonical() != null
                    && "itu-d".equals(DocumentNumber.familyOf(reading.canonical())));
  }

  /**
   * Whether a cover line labelled with a colon holds a field of an ITU-D cover: its "Summary:" (or
   * "Abstract:"), "Action required:" and "References:" rows, in any of its languages ("Résumé:",
   * "Acción solicitada:"), are fields whatever their layout (two cells, or a merged cell with the
   * value under the label); ITU-D has no Abstract row that heads a section, as ITU-T's does.
   */
  boolean isDevelopmentCoverField(String label) {
    SectionKind kind = HeadingKinds.kindOf(HeadingKinds.tidy(label));
    return developmentCover
        && !outline.inBody()
        && (kind == SectionKind.SUMMARY
            || kind == SectionKind.ABSTRACT
            || kind == SectionKind.ACTION_REQUIRED
            || kind == SectionKind.REFERENCES);
  }

  /** Whether Word sets a paragraph apart from the running text: a style of its own, or bold. */
  private static boolean setApart(Block block) {
    String style = block.style();
    return block.headingLevel() > 0
        || block.bold()
        || style != null
            && !style.isBlank()
            && !style.toLowerCase(Locale.ROOT).startsWith("normal");
  }

  /** The heading a short line's words make, or null when they make none. */
  Heading find(int index, String text, Block block) {
    String words = HeadingKinds.tidy(text);
    Heading frontMatter = frontMatter(index, text, words, block);
    if (frontMatter != null) {
      return frontMatter;
    }
    Heading keyword = keyword(index, words, block);
    if (keyword == null) {
      keyword = runIn(index, words);
    }
    return keyword;
  }

  /**
   * A run-in heading in ITU's Headingb or Headingi style as Tika reports it: Tika turns every style
   * whose name starts with "heading" into {@code <h1>}, so the level says nothing and the line is
   * read by the rules for plain text (a sub-heading one level under the open heading, or no section
   * at all, like the "Summary" that labels a numbered paragraph's quote). Levels 2 and up come only
   * from Word's own heading styles and are kept.
   */
  static boolean isRunInHeading(Block block, String text) {
    return block.headingLevel() == 1
        && HeadingNumber.parse(text).isEmpty()
        && HeadingKinds.isRunIn(HeadingKinds.tidy(text));
  }

  private Heading keyword(int index, String text, Block block) {
    if (block.region() == Block.Region.TABLE
            && (TableLabels.isLabel(lines, index) || labelsAFieldInTheNextCell(index, text))
        || lines.get(index).text().strip().endsWith(":") && isDevelopmentCoverField(text)) {
      return null;
    }
    Numbering numbering = outline.numbering();
    boolean inBody = outline.inBody();
    if (HeadingKinds.isStandalone(text)
        || block.region() == Block.Region.BODY && HeadingKinds.isBodyStandalone(text)) {
      SectionKind kind = HeadingKinds.kindOf(text);
      if (HeadingStyles.isAnnexKind(kind)) {
        outline.openDivision(kind);
        return new Heading(index, kind, text, HeadingKinds.annexNumber(text), 1);
      }
      // Under a numbered clause, an unnumbered "Conclusions" is the clause's own, one level down;
      // the cover's kinds and the back matter (References) stay at the top.
      int level = inBody && !HeadingOutline.isCoverKind(kind) ? outline.underNumberedClause() : 1;
      numbering.acceptUnnumbered(level);
      return new Heading(index, kind, text, null, level);
    }
    if (!inBody && HeadingKinds.isCoverOnly(text)) {
      // A label with its colon is a cover row's, whose word may name another kind than a heading.
      boolean row = TableLabels.endsWithColon(lines.get(index).text().strip());
      return new Heading(
          index, row ? SectionKindWords.ofRowLabel(text) : SectionKind.SUMMARY, text, null, 1);
    }
    if (inBody && block.region() == Block.Region.BODY && HeadingKinds.isNextSteps(text)) {
      // Unnumbered, it sits one level under the numbered clause it follows, beside anything else.
      int level = outline.underNumberedOrBeside();
      numbering.acceptUnnumbered(level);
      return new Heading(index, SectionKind.ACTIONS, text.strip(), null, level);
    }
    if (inBody && HeadingKinds.isSubHeading(text)) {
      // Outcome belongs to the numbered clause above it; after an unnumbered heading
      // ("Background") it is one more part beside it, as unnumbered headings take no level.
      int level = outline.underNumberedOrBeside();
      numbering.acceptUnnumbered(level);
      return new Heading(index, HeadingKinds.kindOf(text), text, null, level);
    }
    if (HeadingStyles.isRunInStyle(block) && !text.isEmpty()) {
      SectionKind kind = HeadingKinds.kindOf(text);
      int level;
      if (outline.lastIsRunInOtherThan(kind)) {
        level = outline.last().level();
      } else {
        level = HeadingOutline.isCoverKind(kind) && !inBody ? 1 : outline.subLevel(kind);
      }
      outline.runIn(index);
      numbering.acceptUnnumbered(level);
      return new Heading(index, kind, text, null, level);
    }
    return null;
  }

  /**
   * A cover row's label with a colon ("Summary:", "Action required:") whose value fills the next
   * cell: a field of the cover, whatever the length of its value.
   */
  private boolean labelsAFieldInTheNextCell(int index, String words) {
    Line next = index + 1 < lines.size() ? lines.get(index + 1) : null;
    return lines.get(index).text().strip().endsWith(":")
        && HeadingKinds.isCoverFieldRow(words)
        && next != null
        && next.block().region() == Block.Region.TABLE
        && !next.text().isBlank();
  }

  /**
   * The preamble words of a Recommendation or Resolution ("considering", "resolves"), the heading
   * over a draft one ("Draft Decision") and the front matter of a published text ("FOREWORD",
   * "History", "Keywords"): level-1 sections of their own, the preamble words only where set as
   * headings or where the text cannot say (plain text, PDF). The NOTE that follows a foreword is
   * one too; elsewhere a NOTE is a note.
   */
  private Heading frontMatter(int index, String text, String words, Block block) {
    if (text.strip().endsWith(":")
        || block.region() == Block.Region.TABLE && TableLabels.isLabel(lines, index)) {
      return null;
    }
    boolean preamble =
        block.region() == Block.Region.BODY
            && (HeadingKinds.isPreamble(words) && !preambleInRunningText && !draftInAnnex()
                || headsADraftText(index, words));
    boolean note =
        words.equals("NOTE")
            && !outline.isEmpty()
            && outline.last().heading().equalsIgnoreCase("foreword");
    if (!preamble && !note && !HeadingKinds.isFrontMatter(words)) {
      return null;
    }
    outline.numbering().acceptUnnumbered(1);
    return new Heading(index, SectionKind.OTHER, words, null, 1);
  }

  /**
   * Whether plain text or PDF reaches a preamble word inside an annex, appendix or attachment: a
   * published Resolution or Recommendation opens with its preamble before any annex, so one under
   * an annex is the draft a contribution or note carries, whose preamble runs as its text.
   */
  private boolean draftInAnnex() {
    return !formatted && outline.inDivision();
  }

  /**
   * "Draft Decision" heads the text it proposes when that text follows in running case ("The
   * Council,"); above a title in capitals it is the cover's kind line.
   */
  private boolean headsADraftText(int index, String words) {
    String after = index + 1 < lines.size() ? lines.get(index + 1).text() : null;
    return HeadingKinds.isDraftText(words)
        && after != null
        && !after.isBlank()
        && !CoverTitleLines.isCapitals(after);
  }

  /**
   * A report's run-in label on a line of its own ("Summary", "Discussions") heads a section one
   * level under the numbered heading right above it, and its sibling label follows at that level.
   * Under anything else (a numbered paragraph, a heading of the same kind) it is a label in the
   * text.
   */
  private Heading runIn(int index, String text) {
    if (!outline.inBody() || outline.isEmpty() || !HeadingKinds.isRunIn(text)) {
      return null;
    }
    SectionKind kind = HeadingKinds.kindOf(text);
    Heading last = outline.last();
    int level;
    if (last.line() == index - 1 && last.number() != null && last.kind() != kind) {
      level = last.level() + 1;
    } else if (outline.lastIsRunInOtherThan(kind)) {
      level = last.level();
    } else {
      return null;
    }
    outline.runIn(index);
    outline.numbering().acceptUnnumbered(level);
    return new Heading(index, kind, text, null, level);
  }
}
