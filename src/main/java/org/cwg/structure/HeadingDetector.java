package org.cwg.structure;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;

/**
 * Finds the headings among a document's paragraphs, from Word heading styles where the document has
 * them and from the patterns of ITU documents everywhere: cover headings ("Purpose", "Action
 * required", "Abstract"), numbered headings that continue the outline, "Topic N:", run-in labels
 * ("Outcome for Council", a report's "Summary" and "Discussions") and annexes, whose numbering
 * restarts. A table of contents and embedded files' names are never headings. Paragraphs outside
 * heading styles are weighed by {@link HeadingScore}; headings known by their words are found by
 * {@link KeywordHeadings}. One detector per document: its {@link HeadingOutline} remembers the
 * outline seen so far.
 */
final class HeadingDetector {

  private static final int MAX_KEYWORD_LINE = 120;

  private static final int MAX_NUMBERED_HEADING = 300;

  /** The names Tika gives embedded images and objects ("image1.png", "_1289634532.unknown"). */
  private static final Pattern EMBEDDED_NAME =
      Pattern.compile(
          "[\\w.-]+\\.(?:png|jpe?g|gif|emf|wmf|bmp|tiff?|svg|unknown|bin|ole|xlsx?|docx?|pdf|vsdx?)",
          Pattern.CASE_INSENSITIVE);

  private final List<Line> lines;
  private final boolean[] tableOfContents;
  private final boolean numbersFromStyles;
  private final boolean anyStyledHeading;
  private final boolean agenda;

  /** Whether the cover's title names a report ("REPORT ON THE MEETING OF ..."). */
  private final boolean report;

  /** PDF and plain text say nothing of bold: a heading's shape has to speak for it. */
  private final boolean withoutEmphasis;

  /** The lines that follow an empty paragraph: where PDF or plain text shows a paragraph's end. */
  private final Set<Integer> afterBlank;

  /** Where PDF text wrapped its paragraphs at the margin; none in Word or plain text. */
  private final WrappedLines wrapped;

  /** The first paragraph of prose, past which PDF and plain text are past the cover. */
  private final int firstProse;

  private final HeadingOutline outline = new HeadingOutline();
  private final KeywordHeadings keywords;
  private int firstAgendaItem = -1;

  private HeadingDetector(List<Line> lines, Set<Integer> plainAfterBlank, boolean pdf) {
    this.lines = lines;
    boolean plain = plainAfterBlank != null;
    this.afterBlank = plain ? plainAfterBlank : Set.of();
    this.tableOfContents = TableOfContents.mark(lines);
    this.wrapped = pdf ? WrappedLines.ofPdf(lines, tableOfContents) : WrappedLines.none();
    this.numbersFromStyles =
        lines.stream()
            .anyMatch(
                line ->
                    line.block().headingLevel() > 0
                        && !HeadingStyles.isTitle(line.block())
                        && !HeadingNumber.parse(line.text()).isEmpty());
    this.anyStyledHeading =
        lines.stream()
            .anyMatch(
                line ->
                    line.block().headingLevel() > 0
                        && !HeadingStyles.isTitle(line.block())
                        && !EMBEDDED_NAME.matcher(line.text()).matches());
    this.agenda = CoverTitleKinds.isAgenda(lines, pdf);
    this.report = CoverTitleKinds.isReport(lines);
    this.withoutEmphasis = plain && lines.stream().noneMatch(line -> line.block().bold());
    this.firstProse = withoutEmphasis ? ParagraphEnds.firstProse(lines, wrapped) : lines.size();
    this.keywords = new KeywordHeadings(lines, outline, !plain);
  }

  /** The headings among the lines, in order. */
  static List<Heading> detect(List<Line> lines) {
    return detect(lines, null);
  }

  /**
   * The headings among the lines of a PDF's or a plain text's, given the lines that follow an empty
   * paragraph; or of another document's (which says what is bold), given null.
   */
  static List<Heading> detect(List<Line> lines, Set<Integer> plainAfterBlank) {
    return run(lines, plainAfterBlank, false).outline.headings();
  }

  /**
   * The detector that has read all the lines: its headings and an agenda's first item. A PDF's
   * lines are printed lines, which wrap its paragraphs.
   */
  static HeadingDetector run(List<Line> lines, Set<Integer> plainAfterBlank, boolean pdf) {
    HeadingDetector detector = new HeadingDetector(lines, plainAfterBlank, pdf);
    for (int i = 0; i < lines.size(); i++) {
      Heading heading = detector.classify(i, lines.get(i));
      if (heading != null) {
        int rest = heading.runIn() < 0 ? detector.wrapped.continuation(i) : -1;
        if (rest > 0) {
          // A heading PDF wrapped at the margin goes on on the next line, which heads nothing.
          String whole = heading.heading() + " " + HeadingKinds.tidy(lines.get(rest).text());
          heading = new Heading(i, heading.kind(), whole, heading.number(), heading.level(), -1);
          i = rest;
        }
        detector.outline.add(heading);
      }
    }
    detector.outline.settleShapeLevels(detector.report);
    return detector;
  }

  /** The headings found, in order. */
  List<Heading> headings() {
    return outline.headings();
  }

  /** The line of an agenda's first numbered item, where its cover ends; -1 when there is none. */
  int firstAgendaItem() {
    return firstAgendaItem;
  }

  private Heading classify(int index, Line line) {
    Block block = line.block();
    String text = line.text();
    if (HeadingStyles.isTitle(block)
        || block.region() == Block.Region.FOOTNOTE
        || tableOfContents[index]
        || wrapped.insideParagraph(index)
        || ProposalMarks.namesChangedProvision(lines, index)
        || EMBEDDED_NAME.matcher(text).matches()) {
      return null;
    }
    Matcher topic = HeadingKinds.topic(text);
    if (topic != null && text.length() <= MAX_NUMBERED_HEADING) {
      int level = block.headingLevel() > 0 ? block.headingLevel() : outline.topicLevel();
      outline.numbering().acceptUnnumbered(level);
      return new Heading(
          index, SectionKind.TOPIC, HeadingKinds.tidy(topic.group(2)), topic.group(1), level);
    }
    if (HeadingStyles.isDivisionStyle(block)) {
      String division = HeadingKinds.tidy(text).replace('\u00a0', ' ');
      if (HeadingKinds.isDivision(division)) {
        return division(index, division);
      }
    }
    if (block.headingLevel() > 0 && !KeywordHeadings.isRunInHeading(block, text)) {
      return styled(index, text, block.headingLevel());
    }
    Matcher abstractRunIn =
        outline.inBody() || block.headingLevel() > 0
            ? null
            : HeadingKinds.runInAbstract(text, next(index));
    if (abstractRunIn != null && !keywords.isDevelopmentCoverField(abstractRunIn.group(1))) {
      return HeadingKinds.runIn(index, abstractRunIn);
    }
    if (block.headingLevel() == 0
        && QuotedText.isOpen(outline.headings())
        && QuotedText.isQuotedLine(text)) {
      // An annex carrying another text's draft quotes that text's numbering, not the outline's.
      return null;
    }
    boolean question = HeadingKinds.isQuestion(text);
    if ((text.length() <= MAX_KEYWORD_LINE
            || question && text.length() <= HeadingKinds.MAX_QUESTION)
        && !(question && wrapsOn(index) && !wrapped.questionGoesOn(index))
        && !CoverLabel.endsOnNextLine(next(index))) {
      Heading keyword = keywords.find(index, text, block);
      if (keyword != null) {
        return keyword;
      }
    }
    if (block.headingLevel() > 0 && amongUnnumberedStyledHeadings()) {
      return styled(index, text, block.headingLevel());
    }
    if (numbersFromStyles && (!block.bold() || block.region() != Block.Region.BODY)) {
      // Where Word's styles carry the numbered headings, a plain numbered paragraph is a
      // paragraph, and a table's numbered row a row; a bold one in the text is a heading its
      // author set by hand.
      return null;
    }
    Heading numbered = numbered(index, text, block);
    if (numbered == null
        && (!anyStyledHeading || block.bold() && underHandSetClause())
        && (block.bold()
            || withoutEmphasis
                && (ParagraphEnds.standsApart(lines, index, outline.last(), afterBlank)
                    || agenda && AgendaItems.headsGroup(lines, index, wrapped)))
        && text.length() <= MAX_KEYWORD_LINE
        && HeadingNumber.parse(text).isEmpty()) {
      return unnumbered(index, text, block);
    }
    return numbered;
  }

  /** Whether the line goes on in lower case on the next, as PDF wraps a long question. */
  private boolean wrapsOn(int index) {
    String after = next(index);
    return after != null && WRAPPED_ON.matcher(after).lookingAt();
  }

  /** The paragraph after a line, or null at the end. */
  private String next(int index) {
    return index + 1 < lines.size() ? lines.get(index + 1).text() : null;
  }

  private Heading styled(int index, String text, int level) {
    outline.styled(index, level);
    List<HeadingNumber> readings = HeadingNumber.parse(text);
    if (readings.isEmpty()) {
      String heading = HeadingKinds.tidy(text);
      SectionKind kind = HeadingKinds.kindOf(heading);
      if (level == 1 && HeadingStyles.isAnnexKind(kind)) {
        outline.openDivision(kind);
        return new Heading(index, kind, heading, HeadingKinds.annexNumber(heading), level);
      } else {
        outline.numbering().acceptUnnumbered(level);
      }
      return new Heading(
          index, kind, heading, null, Math.min(level, outline.underShallowerStyle(level)));
    }
    HeadingNumber chosen = readings.get(0);
    for (HeadingNumber reading : readings) {
      if (outline.numbering().continues(reading, level)) {
        chosen = reading;
        break;
      }
    }
    if (chosen.scheme() == HeadingNumber.Scheme.DECIMAL) {
      // The number's depth is the level, whatever the style: authors style "7.2.1" Heading 2.
      level = Math.max(level, chosen.path().size());
    }
    if (chosen.scheme() == HeadingNumber.Scheme.ANNEX) {
      // "A.1" under an annex title set in its own style: the letter counts as a level.
      level = Math.max(level, chosen.path().size() + 1);
    }
    outline.numbering().accept(chosen, level);
    String heading = HeadingKinds.tidy(chosen.rest());
    SectionKind kind = HeadingKinds.kindOf(heading);
    // "9 Annex A – ..." is a clause of the body's outline: it starts no numbering of its own.
    return new Heading(index, kind, heading, chosen.printed(), level);
  }

  /**
   * An annex, appendix, attachment or Resolution section title in ITU's own paragraph styles
   * ("Annex_No", "Appendix_NoTitle", "Section_No"): a top-level heading.
   */
  private Heading division(int index, String text) {
    SectionKind kind = HeadingKinds.kindOf(text);
    outline.openDivision(kind);
    String heading = HeadingStyles.divisionTitle(lines, index, text);
    String number =
        HeadingStyles.isAnnexKind(kind)
            ? HeadingKinds.annexNumber(text)
            : HeadingKinds.sectionNumber(text);
    return new Heading(index, kind, heading, number, 1);
  }

  private Heading numbered(int index, String text, Block block) {
    if (Dates.isOnlyDate(text) || Dates.opensWithDay(text)) {
      return null;
    }
    if (agenda && !block.bold()) {
      // An agenda's numbered lines are its items, not the headings of sections.
      if (firstAgendaItem < 0 && CoverTitleLines.isNumberedItem(lines, index)) {
        firstAgendaItem = index;
      }
      return null;
    }
    for (HeadingNumber reading : HeadingNumber.parse(text)) {
      int level = outline.numbering().levelOf(reading);
      boolean continues = level > 0 && outline.numbering().continues(reading, level);
      Set<HeadingScore.Feature> features =
          HeadingScore.features(
              reading.rest(), block, true, continues, outline.inBody(), next(index));
      if (wrapped.startsWrappedSentence(index)) {
        features.add(HeadingScore.Feature.RUNS_ON);
      }
      features.addAll(NumberedRuns.neighbours(lines, index));
      if (HeadingScore.isHeading(features)) {
        outline.numbering().accept(reading, level);
        String heading = HeadingKinds.tidy(reading.rest());
        return new Heading(index, HeadingKinds.kindOf(heading), heading, reading.printed(), level);
      }
    }
    return null;
  }

  /**
   * Whether a run-in word in a level-1 style ("Discussion") stands among the document's own
   * unnumbered Heading 1 sections, after one of them: ITU's run-in Headingb labels a clause's
   * paragraphs under numbered headings, so where Word's styles number nothing the word is a Heading
   * 1 like its siblings.
   */
  private boolean amongUnnumberedStyledHeadings() {
    Heading last = outline.last();
    if (numbersFromStyles || last == null || last.number() != null) {
      return false;
    }
    Line line = lines.get(last.line());
    return line.block().headingLevel() == 1
        && !KeywordHeadings.isRunInHeading(line.block(), line.text());
  }

  /**
   * Whether the last heading is a numbered clause its author set in bold by hand rather than in a
   * heading style: bold lines under it are its sub-headings, even where other clauses are styled.
   */
  private boolean underHandSetClause() {
    Heading last = outline.last();
    if (last == null) {
      return false;
    }
    Block block = lines.get(last.line()).block();
    return last.number() != null && block.headingLevel() == 0 && block.bold();
  }

  private static final Pattern WRAPPED_ON = Pattern.compile("\\p{Ll}");

  /**
   * A bold, unnumbered line in a document without heading styles, when it reads as a heading: one
   * level under the numbered heading it follows, or beside the unnumbered one.
   */
  private Heading unnumbered(int index, String text, Block block) {
    if (CoverLabel.isFieldWithValue(text)
        || wrapped.startsWrappedSentence(index)
        || agenda && AgendaItems.isItem(text)) {
      // "Contact: Jane Doe" in a liaison statement's closing block: a field; a PDF line that fills
      // the width and goes on to a sentence's end: a paragraph; "ADM 3 ...": an agenda's item.
      return null;
    }
    String heading = HeadingKinds.tidy(text);
    String after = next(index);
    // Past any heading, a line is past the cover ("Summary" too), as is one over agenda items.
    boolean headsItems = withoutEmphasis && agenda && AgendaItems.headsGroup(lines, index, wrapped);
    // A cover is the first page: a line that a manual page break starts is past it.
    boolean pastCover =
        !outline.isEmpty()
            || headsItems
            || lines.get(index).startsPage()
            // After prose, a label and its value ("Status: For action") are still a field.
            || withoutEmphasis && !heading.contains(":") && firstProse < index
            // The cover ends with its title in capitals: the line under it is the body's.
            || withoutEmphasis
                && !agenda
                && outline.isEmpty()
                && ParagraphEnds.followsCoverTitle(lines, index);
    Set<HeadingScore.Feature> features =
        HeadingScore.features(text, block, false, false, outline.inBody() || pastCover, after);
    if (headsItems) {
      features.addAll(AgendaItems.GROUP_FEATURES);
    }
    if (withoutEmphasis) {
      // Not bold as far as PDF or plain text tells, which is nothing; then only a body after it
      // tells a heading from a closing line ("Mr. ... (Poland), Chair, CWG-Internet").
      features.remove(HeadingScore.Feature.PLAIN_UNNUMBERED);
      // A table is a body as prose is: the line over its header row names what follows.
      if (TableRows.startsBelow(lines, index)) {
        features.add(HeadingScore.Feature.BODY_FOLLOWS);
      }
      if (!features.contains(HeadingScore.Feature.BODY_FOLLOWS)
          || wrapsOn(index)
          || ParagraphEnds.leavesQuoteOpen(text)) {
        // No body, or the sentence (or a quotation the line opens) goes on below: a paragraph.
        return null;
      }
      if (HeadingScore.contentWords(heading) <= HeadingScore.FEW) {
        features.add(HeadingScore.Feature.FEW_WORDS);
      }
      if (!headsItems && HeadingScore.headsNoBody(lines, index)) {
        features.add(HeadingScore.Feature.NO_BODY);
      }
      // An agenda's group heads items that open with references too ("ADM 1"): no table's.
      if (!headsItems && TableLines.headsRows(lines, index)) {
        features.add(HeadingScore.Feature.HEADS_TABLE_ROWS);
      }
      if (TableLines.amongRows(lines, index)) {
        features.add(HeadingScore.Feature.TABLE_ROW);
      }
    }
    if (!HeadingScore.isHeading(features)) {
      return null;
    }
    int level = outline.underNumberedOrBeside();
    outline.numbering().acceptUnnumbered(level);
    if (withoutEmphasis) {
      // Word's bold shows the author's own outline; plain text and PDF leave the level to settle.
      outline.byShape(index);
    }
    return new Heading(index, HeadingKinds.kindOf(heading), heading, null, level);
  }
}
