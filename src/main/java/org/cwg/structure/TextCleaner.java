package org.cwg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Footnote;

/**
 * Removes what Word-to-text export leaves in paragraphs: bookmarks, footnote marks, footnote bodies
 * written inline as {@code [1: text]}, page markers such as "- 9 -" and separator rules.
 */
final class TextCleaner {

  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
  private static final Pattern FOOTNOTE_REF =
      Pattern.compile("\\[(?:footnote|endnote)Ref:\\s*\\d+\\]");
  private static final Pattern INLINE_NOTE_START = Pattern.compile("\\[(\\d{1,3}):");
  private static final Pattern PAGE_MARKER = Pattern.compile("[-–—]\\s*\\d{1,4}\\s*[-–—]");
  private static final Pattern RULE = Pattern.compile("[_\\-=–—*·.•]{3,}");

  /** The characters {@link #PAGE_MARKER} and {@link #RULE} can start with. */
  private static final String LAYOUT_FIRST_CHARACTERS = "-–—_=*·.•";

  private TextCleaner() {}

  /**
   * The paragraph without artifacts, stripped of surrounding blanks (non-breaking spaces included);
   * footnote bodies found inline are added to {@code footnotes}.
   */
  static String clean(String written, List<Footnote> footnotes) {
    String paragraph = foldHyphens(written);
    // Every artifact starts with a bracket; most paragraphs have none.
    if (paragraph.indexOf('[') < 0) {
      return strip(paragraph);
    }
    String text = BOOKMARK.matcher(paragraph).replaceAll("");
    text = FOOTNOTE_REF.matcher(text).replaceAll("");
    text = takeInlineNotes(text, footnotes);
    return strip(text);
  }

  /**
   * Word's non-breaking hyphen is a hyphen to every reader ("ITU‑T" is ITU-T), and its optional
   * hyphen and its zero-width optional break show only where a line breaks: patterns and labels see
   * "-" and nothing. A dash PDF could not map is a dash again.
   */
  static String foldHyphens(String text) {
    if (text.indexOf('\ufffd') >= 0) {
      // A PDF whose font maps no character to a glyph gives U+FFFD: between blanks it stood for
      // the dash that separates words ("Annex A – List"), the only mark printed alone there.
      text = text.replace(" \ufffd ", " \u2013 ");
    }
    if (text.indexOf('\u2011') < 0 && text.indexOf('\u00ad') < 0 && text.indexOf('\u200b') < 0) {
      return text;
    }
    return text.replace('\u2011', '-').replace("\u00ad", "").replace("\u200b", "");
  }

  /** Whether a cleaned paragraph is only layout: a page number or a rule. */
  static boolean isLayoutOnly(String cleaned) {
    // Both patterns must match from the first character, which must be one of theirs.
    if (cleaned.isEmpty() || LAYOUT_FIRST_CHARACTERS.indexOf(cleaned.charAt(0)) < 0) {
      return false;
    }
    return PAGE_MARKER.matcher(cleaned).matches() || RULE.matcher(cleaned).matches();
  }

  /** Strips blanks, non-breaking spaces included, from both ends. */
  static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u2007'
        || c == '\u202f'
        || c == '\ufeff';
  }

  /** Footnote bodies are exported inline as "[1: text]", brackets inside balanced. */
  private static String takeInlineNotes(String text, List<Footnote> footnotes) {
    Matcher m = INLINE_NOTE_START.matcher(text);
    StringBuilder kept = new StringBuilder();
    int copied = 0;
    while (m.find(copied)) {
      int close = matchingBracket(text, m.start());
      if (close < 0) {
        break;
      }
      kept.append(text, copied, m.start());
      footnotes.add(new Footnote(m.group(1), strip(text.substring(m.end(), close))));
      copied = close + 1;
    }
    kept.append(text.substring(copied));
    return kept.toString();
  }

  private static int matchingBracket(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
