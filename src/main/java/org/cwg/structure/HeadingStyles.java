package org.cwg.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cwg.model.SectionKind;
import org.cwg.parse.Block;

/**
 * ITU's paragraph styles that mark headings outside Word's Heading 1-9: the number lines and title
 * lines of annexes, appendices and Resolution sections ("Annex_No", "Section_title"), and the bold
 * run-in headings ("Headingb"). Style names are compared on their letters only, as templates spell
 * them "Annex_No", "AnnexNo" or "annex no".
 */
final class HeadingStyles {

  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

  private HeadingStyles() {}

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

  /** ITU's styles for the number lines of annexes, appendices and Resolution sections. */
  static boolean isDivisionStyle(Block block) {
    String s = letters(block);
    return s.equals("annexno")
        || s.equals("annexnotitle")
        || s.equals("appendixno")
        || s.equals("appendixnotitle")
        || s.equals("sectionno")
        || s.equals("attachmentno");
  }

  /** The title lines that follow a division's number line ("Annex_title", "Section_title"). */
  static boolean isDivisionTitleStyle(Block block) {
    String s = letters(block);
    return s.equals("annextitle")
        || s.equals("annexnotitle")
        || s.equals("appendixtitle")
        || s.equals("appendixnotitle")
        || s.equals("sectiontitle");
  }

  /** ITU's bold run-in heading styles: Headingb, Headingi. */
  static boolean isRunInStyle(Block block) {
    String s = letters(block);
    return s.equals("headingb") || s.equals("headingi") || s.equals("headingbold");
  }

  static boolean isAnnexKind(SectionKind kind) {
    return kind == SectionKind.ANNEX
        || kind == SectionKind.APPENDIX
        || kind == SectionKind.ATTACHMENT;
  }

  /**
   * A division's whole heading: its number line, then " – " and the title lines printed under it
   * ("SECTION 1 – World Telecommunication Standardization Assembly"). A parenthesis in the number's
   * style, "(to Resolution 1 (Rev. Hammamet, 2016))", says what the division belongs to and is no
   * part of its title.
   */
  static String divisionTitle(List<Line> lines, int index, String numberLine) {
    StringBuilder heading = new StringBuilder(numberLine);
    String separator = " – ";
    for (int i = index + 1; i < lines.size(); i++) {
      Block block = lines.get(i).block();
      String line = HeadingKinds.tidy(lines.get(i).text());
      if (line.startsWith("(") && (isDivisionStyle(block) || isDivisionTitleStyle(block))) {
        continue;
      }
      if (!isDivisionTitleStyle(block) || HeadingKinds.isDivision(line)) {
        break;
      }
      heading.append(separator).append(line);
      separator = " ";
    }
    return heading.toString();
  }

  private static String letters(Block block) {
    String style = block.style();
    return style == null ? "" : NOT_LETTER.matcher(style.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
