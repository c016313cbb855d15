package org.cwg.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;

/**
 * Finds the headings among a document's paragraphs, from Word heading styles where the document
 * has them and from the patterns of ITU documents everywhere: cover headings ("Purpose", "Action
 * required"), numbered headings that continue the outline, "Topic N:" and "Outcome for Council".
 * One detector per document: it remembers the outline seen so far.
 */
final class HeadingDetector {

  private static final Set<SectionKind> COVER_KINDS = EnumSet.of(SectionKind.PURPOSE,
      SectionKind.ACTION_REQUIRED, SectionKind.REFERENCES, SectionKind.SUMMARY);

  private static final int MAX_KEYWORD_LINE = 120;

  /** Two sentences make a paragraph, even when it ends with a colon. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");
  private static final int MAX_NUMBERED_HEADING = 300;

  private final boolean numbersFromStyles;
  private final List<Heading> found = new ArrayList<>();
  private Numbering numbering = new Numbering();
  private boolean inBody;

  private HeadingDetector(boolean numbersFromStyles) {
    this.numbersFromStyles = numbersFromStyles;
  }

  /** The headings among the lines, in order. */
  static List<Heading> detect(List<Line> lines) {
    boolean styledNumbers = lines.stream().anyMatch(line -> line.block().headingLevel() > 0
        && !isTitle(line.block()) && !HeadingNumber.parse(line.text()).isEmpty());
    HeadingDetector detector = new HeadingDetector(styledNumbers);
    for (int i = 0; i < lines.size(); i++) {
      Heading heading = detector.classify(i, lines.get(i));
      if (heading != null) {
        detector.found.add(heading);
        if (heading.number() != null || !COVER_KINDS.contains(heading.kind())) {
          detector.inBody = true;
        }
      }
    }
    return detector.found;
  }

  /** Word's Title style holds the document's title, not a section. */
  static boolean isTitle(Block block) {
    String style = block.style();
    if (style == null) {
      return false;
    }
    // Asked of every paragraph: compare ASCII letters in place rather than lower-case a copy.
    for (int i = 0; i < "title".length(); i++) {
      char c = i < style.length() ? style.charAt(i) : ' ';
      if (c >= 0x80) {
        return style.toLowerCase(Locale.ROOT).startsWith("title");
      }
      if ((c | 0x20) != "title".charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private Heading classify(int index, Line line) {
    Block block = line.block();
    String text = line.text();
    if (isTitle(block) || block.region() == Block.Region.FOOTNOTE) {
      return null;
    }
    Matcher topic = HeadingKinds.topic(text);
    if (topic != null && text.length() <= MAX_NUMBERED_HEADING) {
      int level = block.headingLevel() > 0 ? block.headingLevel() : topicLevel();
      numbering.acceptUnnumbered(level);
      return new Heading(index, SectionKind.TOPIC, HeadingKinds.tidy(topic.group(2)),
          topic.group(1), level);
    }
    if (block.headingLevel() > 0 && !isRunInHeading(block, text)) {
      return styled(index, text, block.headingLevel());
    }
    if (text.length() <= MAX_KEYWORD_LINE) {
      Heading keyword = keyword(index, HeadingKinds.tidy(text), block);
      if (keyword != null) {
        return keyword;
      }
    }
    boolean numberedParagraphForm = block.listItem() && !block.bold();
    if (!numbersFromStyles && !numberedParagraphForm && block.region() == Block.Region.BODY) {
      return numbered(index, text);
    }
    return null;
  }

  private Heading styled(int index, String text, int level) {
    List<HeadingNumber> readings = HeadingNumber.parse(text);
    if (readings.isEmpty()) {
      String heading = HeadingKinds.tidy(text);
      numbering.acceptUnnumbered(level);
      return new Heading(index, HeadingKinds.kindOf(heading), heading, null, level);
    }
    HeadingNumber chosen = readings.get(0);
    for (HeadingNumber reading : readings) {
      if (numbering.continues(reading, level)) {
        chosen = reading;
        break;
      }
    }
    numbering.accept(chosen, level);
    String heading = HeadingKinds.tidy(chosen.rest());
    return new Heading(index, HeadingKinds.kindOf(heading), heading, chosen.printed(), level);
  }

  private Heading keyword(int index, String text, Block block) {
    if (HeadingKinds.isStandalone(text)) {
      SectionKind kind = HeadingKinds.kindOf(text);
      if (kind == SectionKind.ANNEX) {
        numbering = new Numbering();
      } else {
        numbering.acceptUnnumbered(1);
      }
      return new Heading(index, kind, text, null, 1);
    }
    if (!inBody && HeadingKinds.isCoverOnly(text)) {
      return new Heading(index, SectionKind.SUMMARY, text, null, 1);
    }
    if (inBody && HeadingKinds.isSubHeading(text)) {
      int level = subLevel(SectionKind.OUTCOME);
      numbering.acceptUnnumbered(level);
      return new Heading(index, SectionKind.OUTCOME, text, null, level);
    }
    if (isRunInStyle(block) && !text.isEmpty()) {
      SectionKind kind = HeadingKinds.kindOf(text);
      int level = COVER_KINDS.contains(kind) ? 1 : subLevel(kind);
      numbering.acceptUnnumbered(level);
      return new Heading(index, kind, text, null, level);
    }
    return null;
  }

  private Heading numbered(int index, String text) {
    if (Dates.isOnlyDate(text)) {
      return null;
    }
    for (HeadingNumber reading : HeadingNumber.parse(text)) {
      int level = numbering.levelOf(reading);
      if (level > 0 && numbering.continues(reading, level) && readsAsHeading(reading.rest())) {
        numbering.accept(reading, level);
        String heading = HeadingKinds.tidy(reading.rest());
        return new Heading(index, HeadingKinds.kindOf(heading), heading, reading.printed(), level);
      }
    }
    return null;
  }

  /** A heading starts with a capital and does not end like a sentence. */
  private static boolean readsAsHeading(String rest) {
    if (rest.isEmpty() || rest.length() > MAX_NUMBERED_HEADING) {
      return false;
    }
    int first = 0;
    while (first < rest.length() && "\"'“‘(«".indexOf(rest.charAt(first)) >= 0) {
      first++;
    }
    if (first == rest.length() || !Character.isUpperCase(rest.charAt(first))) {
      return false;
    }
    return ".;,!?".indexOf(rest.charAt(rest.length() - 1)) < 0
        && !SENTENCE_BREAK.matcher(rest).find();
  }

  /**
   * A run-in heading in ITU's Headingb or Headingi style as Tika reports it: Tika turns every
   * style whose name starts with "heading" into {@code <h1>}, so the level says nothing and the
   * line is read by the rules for plain text (a sub-heading one level under the open heading,
   * or no section at all, like the "Summary" that labels a numbered paragraph's quote). Levels
   * 2 and up come only from Word's own heading styles and are kept.
   */
  private static boolean isRunInHeading(Block block, String text) {
    return block.headingLevel() == 1 && HeadingNumber.parse(text).isEmpty()
        && HeadingKinds.isRunIn(HeadingKinds.tidy(text));
  }

  /** ITU's bold run-in heading styles: Headingb, Headingi. */
  private static boolean isRunInStyle(Block block) {
    String style = block.style();
    if (style == null) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return s.equals("headingb") || s.equals("headingi") || s.equals("headingbold");
  }

  /** Topics sit under the numbered heading that holds them. */
  private int topicLevel() {
    for (int i = found.size() - 1; i >= 0; i--) {
      Heading h = found.get(i);
      if (h.number() != null && h.kind() != SectionKind.TOPIC) {
        return h.level() + 1;
      }
    }
    return 1;
  }

  /** A run-in heading sits one level under the last heading of another kind. */
  private int subLevel(SectionKind kind) {
    if (found.isEmpty()) {
      return 1;
    }
    Heading last = found.get(found.size() - 1);
    return last.kind() == kind ? last.level() : last.level() + 1;
  }
}
