package org.cwg.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.generate.DocxParagraph.FootnoteCall;
import org.cwg.generate.DocxParagraph.Heading;
import org.cwg.generate.DocxParagraph.ListItem;
import org.cwg.generate.DocxParagraph.RunInHeading;
import org.cwg.generate.DocxParagraph.Text;
import org.cwg.generate.DocxParagraph.WordList;
import org.cwg.model.DocumentRecord;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * Lays out a seed's exported text as a Word document. The text stays as written, line by line; the
 * record extracted from it decides which lines are headings (and at what level), which are proposal
 * items, and so become Word headings and numbered lists. Export artifacts become what they stood
 * for: {@code [footnoteRef:N]} a real footnote, {@code [bookmark: ...]} nothing.
 */
final class SeedLayout {

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
  private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[footnoteRef:(\\d+)\\]");
  private static final Pattern FOOTNOTE_TEXT = Pattern.compile("\\s*\\[(\\d+):\\s+([^\\]]*)\\]");
  private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d+)([.)]?)[\\s\\u00a0]+");
  private static final Pattern BULLET = Pattern.compile("^\\u2022[\\s\\u00a0]+");
  private static final Set<String> RUN_IN_WORDS =
      Set.of("summary", "discussions", "discussion", "outcome for council");
  private static final int ITEM_PREFIX = 30;

  private final List<Section> sections;
  private final List<ProposalItem> proposals;
  private final List<DocxParagraph> out = new ArrayList<>();
  private int nextSection;
  private int nextProposal;
  private boolean inProposals;
  private WordList currentList;
  private boolean afterNumberedItem;
  private int lists;

  private SeedLayout(DocumentRecord record) {
    this.sections = record.sections();
    this.proposals = record.proposals();
  }

  /**
   * A seed laid out as Word paragraphs.
   *
   * @param paragraphs the body, in reading order
   * @param sectionsMissed sections of the record whose heading line was not found in the text
   * @param proposalsMissed proposal items of the record not found in the text
   */
  record LaidOut(List<DocxParagraph> paragraphs, int sectionsMissed, int proposalsMissed) {}

  /** The body paragraphs of a seed, skipping its first line when that is the title. */
  static LaidOut layOut(String seedText, DocumentRecord record, boolean firstLineIsTitle) {
    SeedLayout layout = new SeedLayout(record);
    List<String> lines = seedText.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = clean(lines.get(i));
      if (line.isEmpty() || (i == 0 && firstLineIsTitle)) {
        continue;
      }
      layout.add(line);
    }
    return new LaidOut(
        layout.out,
        layout.sections.size() - layout.nextSection,
        layout.proposals.size() - layout.nextProposal);
  }

  /** The text of a line as Word would hold it: without bookmarks and surrounding blanks. */
  static String clean(String line) {
    return BOOKMARK.matcher(line).replaceAll("").strip();
  }

  private void add(String line) {
    if (nextSection < sections.size() && isHeadingOf(line, sections.get(nextSection))) {
      addHeading(line, sections.get(nextSection++));
      return;
    }
    if (RUN_IN_WORDS.contains(line.toLowerCase(Locale.ROOT))) {
      out.add(new RunInHeading(line));
      return;
    }
    if (inProposals && addProposalLine(line)) {
      return;
    }
    afterNumberedItem = false;
    out.add(text(line));
  }

  private void addHeading(String line, Section section) {
    inProposals = section.kind() == SectionKind.PROPOSAL;
    afterNumberedItem = false;
    currentList = null;
    if (section.number() == null && section.level() > 1) {
      out.add(new RunInHeading(line));
    } else {
      out.add(new Heading(Math.min(section.level(), 3), line));
    }
  }

  private boolean addProposalLine(String line) {
    Matcher bullet = BULLET.matcher(line);
    if (bullet.lookingAt() && afterNumberedItem) {
      out.add(new ListItem(currentList, 1, line.substring(bullet.end())));
      return true;
    }
    if (nextProposal >= proposals.size()) {
      return false;
    }
    ProposalItem item = proposals.get(nextProposal);
    Matcher number = ITEM_NUMBER.matcher(line);
    String body = number.lookingAt() ? line.substring(number.end()) : line;
    if (!startsAlike(body, item.text())) {
      return false;
    }
    nextProposal++;
    if (item.number() == null || !number.lookingAt()) {
      afterNumberedItem = false;
      out.add(text(line));
      return true;
    }
    if (currentList == null) {
      currentList = new WordList(++lists, "%1" + number.group(2));
    }
    afterNumberedItem = true;
    out.add(new ListItem(currentList, 0, body));
    return true;
  }

  /** A heading line holds the section's heading, after its number and before punctuation. */
  static boolean isHeadingOf(String writtenLine, Section section) {
    // The extractor may have collapsed blanks in the heading; compare with blanks collapsed.
    String line = collapseBlanks(writtenLine);
    String heading = collapseBlanks(section.heading());
    int at = line.indexOf(heading);
    if (heading.isEmpty() || at < 0) {
      return false;
    }
    String after = line.substring(at + heading.length());
    if (!after.matches("[\\s\\u00a0\\p{Punct}]*")) {
      return false;
    }
    String printed = digest(line.substring(0, at).replaceFirst("(?i)^topic", ""));
    return printed.equals(section.number() == null ? "" : digest(section.number()));
  }

  private static String collapseBlanks(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static String digest(String number) {
    return number.replaceAll("[\\s\\u00a0:.]", "");
  }

  private static boolean startsAlike(String line, String itemText) {
    String a = letters(line);
    String b = letters(itemText);
    int n = Math.min(ITEM_PREFIX, Math.min(a.length(), b.length()));
    return n > 0 && a.regionMatches(true, 0, b, 0, n);
  }

  private static String letters(String s) {
    return BOOKMARK.matcher(s).replaceAll("").replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** A body paragraph, its footnote calls made real and the exported footnote text removed. */
  static Text text(String line) {
    Map<String, String> footnoteTexts = new HashMap<>();
    Matcher note = FOOTNOTE_TEXT.matcher(line);
    StringBuilder withoutNotes = new StringBuilder();
    while (note.find()) {
      footnoteTexts.put(note.group(1), note.group(2).strip());
      note.appendReplacement(withoutNotes, "");
    }
    note.appendTail(withoutNotes);
    List<Integer> offsets = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Matcher ref = FOOTNOTE_REF.matcher(withoutNotes);
    int from = 0;
    while (ref.find()) {
      text.append(withoutNotes, from, ref.start());
      String noteText = footnoteTexts.get(ref.group(1));
      if (noteText != null) {
        offsets.add(text.length());
        notes.add(noteText);
      }
      from = ref.end();
    }
    text.append(withoutNotes, from, withoutNotes.length());
    String paragraph = text.toString().stripTrailing();
    List<FootnoteCall> calls = new ArrayList<>();
    for (int i = 0; i < offsets.size(); i++) {
      calls.add(new FootnoteCall(Math.min(offsets.get(i), paragraph.length()), notes.get(i)));
    }
    return new Text(paragraph, calls);
  }
}
