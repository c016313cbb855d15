package org.cwg.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Footnote;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;

/**
 * Extracts metadata, sections, proposal items and footnotes from a parsed document, plain text and
 * Word alike. Thread-safe.
 *
 * <p>The cleaned text is the body's paragraphs, without export artifacts, joined by line breaks;
 * page headers, footers, comments and footnotes stay out of it. Each section runs from its heading
 * to the next heading of any level.
 */
public final class StructureExtractor {

  /** Without headings there is no cover block to bound; look only at the opening paragraphs. */
  private static final int COVER_WITHOUT_HEADINGS = 40;

  /**
   * The closing lines, where ITU-R and ITU-D contributions set their contact block: a contact line
   * that PDF text wraps, or a table of label, name, organization, country and address.
   */
  private static final int CLOSING_LINES = 10;

  private static final Pattern FOOTNOTE_LABEL =
      Pattern.compile("(\\d{1,3})[\\s.)]+(\\S.*)", Pattern.DOTALL);

  private final Manifest manifest;

  public StructureExtractor(Manifest manifest) {
    this.manifest = manifest;
  }

  public DocumentStructure extract(ParsedDocument parsed, Path file) {
    List<Footnote> footnotes = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<String> pageMargins = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String styledTitle = null;
    Set<Integer> afterBlank = new HashSet<>();
    boolean blank = false;
    for (Block block : parsed.blocks()) {
      String cleaned = TextCleaner.clean(block.text(), footnotes);
      if (cleaned.isEmpty() || TextCleaner.isLayoutOnly(cleaned)) {
        blank = block.region() == Block.Region.BODY;
        continue;
      }
      if (blank && block.region() == Block.Region.BODY) {
        afterBlank.add(lines.size());
      }
      blank = false;
      switch (block.region()) {
        case HEADER, FOOTER -> pageMargins.add(cleaned);
        case FOOTNOTE -> footnotes.add(footnoteOf(cleaned, footnotes.size() + 1));
        case COMMENT -> {}
        default -> {
          if (text.length() > 0) {
            text.append('\n');
          }
          lines.add(new Line(cleaned, block, text.length()));
          text.append(cleaned);
          if (styledTitle == null && HeadingStyles.isTitle(block)) {
            styledTitle = cleaned;
          }
        }
      }
    }
    String fullText = text.toString();
    HeadingDetector detector =
        HeadingDetector.run(
            lines,
            withoutEmphasis(parsed.mediaType()) ? afterBlank : null,
            "application/pdf".equals(parsed.mediaType()));
    List<Heading> headings = detector.headings();
    List<Section> sections = new ArrayList<>();
    List<ProposalItem> proposals = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      Heading heading = headings.get(h);
      int bodyFrom = heading.line() + 1;
      int bodyTo = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
      Line headingLine = lines.get(heading.line());
      int end = bodyTo < lines.size() ? lines.get(bodyTo).start() : fullText.length();
      int bodyStart =
          heading.runIn() >= 0 ? headingLine.start() + heading.runIn() : headingLine.end() + 1;
      String body = fullText.substring(Math.min(bodyStart, end), end).strip();
      sections.add(
          new Section(
              heading.kind(),
              heading.heading(),
              heading.number(),
              heading.level(),
              body,
              headingLine.start(),
              end));
      if (heading.kind() == SectionKind.PROPOSAL) {
        proposals.addAll(ProposalItems.split(lines.subList(bodyFrom, bodyTo)));
      }
    }
    int coverEnd = coverEnd(lines, headings);
    if (detector.firstAgendaItem() >= 0) {
      // An agenda's items are its body: the cover ends at the first, heading or not.
      coverEnd = Math.min(coverEnd, detector.firstAgendaItem());
    }
    List<CoverLine> cover = coverLines(lines.subList(0, coverEnd));
    pageMargins.forEach(margin -> cover.add(new CoverLine(margin, Block.Region.HEADER)));
    int closingFrom =
        ClosingContacts.start(
            lines.stream().map(Line::text).toList(),
            Math.max(coverEnd, lines.size() - CLOSING_LINES));
    List<CoverLine> closing =
        coverLines(lines.subList(Math.max(coverEnd, closingFrom), lines.size()));
    // A contact may also be given in a footnote, to the Source line of an older cover.
    footnotes.forEach(note -> closing.add(CoverLine.body(note.text())));
    Metadata metadata =
        MetadataReader.read(
            manifest.fieldsFor(file),
            cover,
            closing,
            styledTitle,
            file.getFileName().toString(),
            parsed.properties(),
            sections,
            fullText);
    return new DocumentStructure(metadata, fullText, sections, proposals, footnotes);
  }

  /**
   * Where the cover ends: at the first heading, unless that "heading" is the value of a cover label
   * just before it ("Purpose:" then "Discussion").
   */
  private static int coverEnd(List<Line> lines, List<Heading> headings) {
    for (Heading heading : headings) {
      int at = heading.line();
      CoverLabel.Found before = at > 0 ? CoverLabel.in(lines.get(at - 1).text()) : null;
      boolean valueOfLabel = before != null && before.value().isEmpty();
      // "Purpose: Proposal" under "Source:" and "Title:" is a label of the cover, not a heading.
      boolean labelAmongLabels =
          CoverLabel.in(lines.get(at).text()) != null
              && lines.subList(Math.max(0, at - 8), at).stream()
                  .anyMatch(line -> CoverLabel.in(line.text()) != null);
      if (!valueOfLabel && !labelAmongLabels) {
        return at;
      }
    }
    return headings.isEmpty() ? Math.min(lines.size(), COVER_WITHOUT_HEADINGS) : lines.size();
  }

  private static Footnote footnoteOf(String text, int position) {
    Matcher labelled = FOOTNOTE_LABEL.matcher(text);
    return labelled.matches()
        ? new Footnote(labelled.group(1), TextCleaner.strip(labelled.group(2)))
        : new Footnote(String.valueOf(position), text);
  }

  /** PDF text and plain text carry no bold: headings are told by their shape and place. */
  private static boolean withoutEmphasis(String mediaType) {
    return mediaType != null
        && (mediaType.equals("application/pdf") || mediaType.startsWith("text/plain"));
  }

  /**
   * The lines as the cover reads them. A table of contents may come between the cover and the first
   * heading, marked by Word or a run of entries ending in their pages: its entries ("1",
   * "Introduction", "1") are no cover's values.
   */
  private static List<CoverLine> coverLines(List<Line> lines) {
    List<CoverLine> cover = new ArrayList<>();
    boolean[] entries = TableOfContents.unmarkedEntries(lines);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (!TableOfContents.isMarkedByWord(line) && !entries[i]) {
        cover.add(new CoverLine(line.text(), line.block().region()));
      }
    }
    return cover;
  }
}
