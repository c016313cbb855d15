package org.cwg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Section;
import org.cwg.parse.Block;

/**
 * The cover as lines of cells: the paragraphs before the first section heading, each split at tabs,
 * because Word's plain-text export writes a table row as cells separated by tabs and a Word table
 * gives one paragraph per cell. Read for what metadata does not carry: labelled cover fields and
 * the "Revision 1 to" line over the number.
 */
final class CoverLines {

  /** How far a cover reaches when no section heading ends it. */
  private static final int COVER_WITHOUT_SECTIONS = 40;

  private static final int MAX_COVER = 80;

  /** What may come before a heading in its paragraph: "6.2.1 ", "II. ", "Annex A – ". */
  private static final Pattern NUMBERING =
      Pattern.compile(
          "(?:(?:annex|appendix|attachment|part|section) )?"
              + "(?:(?:\\d{1,3}(?:\\.\\d{1,3})*|[ivxlc]{1,6}|[a-z])[.)]?)? ?(?:[-–—] ?)?");

  /** A cell that is only a label, such as "Deadline:", whose value is the next cell. */
  private static final Pattern BARE_LABEL = Pattern.compile("[^:]{1,40}:\\s*");

  /** "Revision 1 to" / "Addendum 2 to", the line ITU covers put above the amended number. */
  private static final Pattern AMENDMENT =
      Pattern.compile(
          "(Revision|Addendum|Corrigendum)\\s+(\\d{1,2})\\s+to\\b", Pattern.CASE_INSENSITIVE);

  /** How many cells a contact block spans: name, organization, country, Tel, E-mail. */
  private static final int CONTACT_BLOCK_CELLS = 6;

  private static final Pattern NEXT_CONTACT =
      Pattern.compile("(?:Contacts?|Keywords|Abstract)\\s*:?", Pattern.CASE_INSENSITIVE);

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private final List<String> cells;

  private CoverLines(List<String> cells) {
    this.cells = cells;
  }

  static CoverLines of(CheckedDocument doc) {
    List<Block> blocks = doc.blocks();
    int end = coverEnd(blocks, doc.record().sections());
    List<String> cells = new ArrayList<>();
    for (Block block : blocks.subList(0, end)) {
      for (String cell : block.text().split("\t")) {
        if (!cell.isBlank()) {
          cells.add(cell.strip());
        }
      }
    }
    return new CoverLines(cells);
  }

  /** A pattern matching a cell that starts with this label, then a colon or nothing. */
  static Pattern labelPattern(String labelRegex) {
    return Pattern.compile(
        "(?:" + labelRegex + ")\\s*(?::\\s*(?<value>.*)|$)",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  /** Whether a cell carries this label with a value, in the same cell or the next one. */
  boolean hasValue(Pattern label) {
    for (int i = 0; i < cells.size(); i++) {
      Matcher m = label.matcher(cells.get(i));
      if (!m.matches()) {
        continue;
      }
      String value = m.group("value");
      if (value != null && !value.isBlank()) {
        return true;
      }
      if (i + 1 < cells.size() && !BARE_LABEL.matcher(cells.get(i + 1)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cover gives an e-mail address in the contact block of this person: in the cell
   * naming them or in the few cells after it, before the next contact begins.
   */
  boolean hasEmailNear(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).toLowerCase(Locale.ROOT).contains(wanted)) {
        continue;
      }
      for (int j = i; j < Math.min(cells.size(), i + CONTACT_BLOCK_CELLS); j++) {
        if (j > i && NEXT_CONTACT.matcher(cells.get(j)).lookingAt()) {
          break;
        }
        if (EMAIL.matcher(cells.get(j)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The amendment a "Revision 1 to" line announces, as {@code Rev.1}, {@code Add.2}, ... */
  Optional<String> amendment() {
    for (String cell : cells) {
      Matcher m = AMENDMENT.matcher(cell);
      if (m.lookingAt()) {
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String shortName = kind.startsWith("rev") ? "Rev" : kind.startsWith("add") ? "Add" : "Corr";
        return Optional.of(shortName + "." + Integer.parseInt(m.group(2)));
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the paragraph that is the first section's heading, numbered or not ("1
   * Introduction"), else a fixed reach. A cover cell that merely contains the heading's words
   * ("Title: Introduction to ...") does not end the cover.
   */
  private static int coverEnd(List<Block> blocks, List<Section> sections) {
    int limit = Math.min(blocks.size(), MAX_COVER);
    String heading =
        sections.isEmpty() || sections.get(0).heading() == null
            ? ""
            : flat(sections.get(0).heading());
    if (!heading.isEmpty()) {
      for (int i = 0; i < limit; i++) {
        String text = flat(blocks.get(i).text());
        if (text.endsWith(heading)
            && NUMBERING.matcher(text.substring(0, text.length() - heading.length())).matches()) {
          return i;
        }
      }
    }
    return Math.min(limit, COVER_WITHOUT_SECTIONS);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
