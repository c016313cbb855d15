package org.cwg.structure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;

/**
 * Finds the lines of a table of contents, which are never headings: paragraphs in Word's TOC
 * styles, a "Contents" title and the entries after it, entries with dot leaders or a trailing page
 * number, and runs of lines that each come back later in the body (the copy of the headings a TOC
 * makes when its page numbers were lost). The body's own copy stays a heading.
 */
final class TableOfContents {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The title of a table of contents, in English, French and Spanish. */
  private static final Pattern TITLE =
      Pattern.compile(
          "(?:(?:table\\s+of\\s+)?contents|table\\s+des\\s+mati[èe]res|sommaire|[íi]ndice"
              + "|contenidos?|tabla\\s+de\\s+contenidos?)"
              // PDF puts the "Page" over the page-number column on the title's line.
              + "(?:\\s+(?:pages?|p[áa]ginas?))?",
          FLAGS);

  /** A TOC entry: a dot leader, or a tab (or wide gap) before the page number that ends it. */
  private static final Pattern ENTRY =
      Pattern.compile(
          ".*\\S(?:\\s*(?:\\.\\s?){4,}|\\s*…+|\\s*\\t|\\s{3,})\\s*(?:\\d{1,4}|[ivxlc]{1,6})");

  /** Word's field codes, left in the text by some exports: "TOC \\o "1-3"", "PAGEREF _Toc12". */
  private static final Pattern FIELD_CODE =
      Pattern.compile("PAGEREF\\s+_(?:Toc|Ref)\\d+|\\bTOC\\s+\\\\[ohuzt]\\b");

  /** "Page" over the page-number column, or a bare page or clause number of a split entry. */
  private static final Pattern COLUMN_LABEL =
      Pattern.compile("pages?|p[áa]gina|\\d{1,4}(?:\\.\\d{1,2})*", FLAGS);

  /** What {@link #key} strips: a trailing page number after a tab or a dot leader, and blanks. */
  private static final Pattern TRAILING_PAGE =
      Pattern.compile("(?:\\t|(?:\\.\\s?){3,}|…+)[\\s.]*\\d{1,4}\\s*$");

  /**
   * A line ending in a page number after a single space, as PDF renders the tab of a TOC entry:
   * only taken for one inside a TOC block or in a run of such lines that the body repeats.
   */
  private static final Pattern SPACED_PAGE = Pattern.compile("(\\S.*?\\S)\\s+(\\d{1,4})\\s*");

  /** What joins the numbers of a documents cell: a comma, "and", "et", "y", "и". */
  private static final Pattern LIST_JOIN = Pattern.compile("(?:\\s*,|\\s+(?:and|et|y|и))?\\s*$");

  private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0]+");

  private static final Pattern TOC_STYLE =
      Pattern.compile("(?:mso)?toc\\d|tocheading|contents\\d?|tableofcontents|tabledesmatieres");

  private static final int MAX_ENTRY = 250;
  private static final int MAX_GAP = 3;

  private TableOfContents() {}

  /** Which lines belong to a table of contents. */
  static boolean[] mark(List<Line> lines) {
    boolean[] toc = new boolean[lines.size()];
    boolean[] certain = new boolean[lines.size()];
    boolean inBlock = false;
    int lastPage = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text();
      int page = inBlock ? spacedPage(text) : -1;
      if (isTocStyle(line.block().style()) || isTitle(text)) {
        toc[i] = true;
        certain[i] = true;
        inBlock = true;
        lastPage = 0;
      } else if (page >= lastPage) {
        // Under a TOC title, PDF's entries end in a page number after a single space; the pages
        // of a TOC never go down.
        toc[i] = true;
        certain[i] = true;
        lastPage = page;
      } else if (isEntry(text) || inBlock && COLUMN_LABEL.matcher(text).matches()) {
        toc[i] = true;
        inBlock = inBlock || hasFieldCode(text);
        certain[i] = inBlock;
      } else {
        inBlock = false;
      }
    }
    fillGaps(toc, certain);
    markRepeatedRuns(lines, toc);
    return toc;
  }

  /**
   * An entry whose page number or field code came out as a paragraph of its own leaves its words
   * between two lines of the TOC: a short gap between two certain TOC lines is TOC too.
   */
  private static void fillGaps(boolean[] toc, boolean[] certain) {
    int lastCertain = -1;
    for (int i = 0; i < toc.length; i++) {
      if (!certain[i]) {
        continue;
      }
      if (lastCertain >= 0 && i - lastCertain - 1 <= MAX_GAP) {
        for (int j = lastCertain + 1; j < i; j++) {
          toc[j] = true;
        }
      }
      lastCertain = i;
    }
  }

  static boolean isTitle(String text) {
    return text.length() <= 30 && TITLE.matcher(HeadingKinds.tidy(text)).matches();
  }

  static boolean isEntry(String text) {
    return text.length() <= MAX_ENTRY
        && (endsAsEntry(text) && ENTRY.matcher(text).matches() || hasFieldCode(text))
        && !Dates.isOnlyDate(text);
  }

  /**
   * Whether a line ends as {@link #ENTRY} needs, in a page number; asked of every line before the
   * pattern, which otherwise backtracks through the whole line (a tenth of structure's time).
   */
  private static boolean endsAsEntry(String text) {
    char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    return last >= '0' && last <= '9' || "ivxlc".indexOf(last) >= 0;
  }

  /** The page number an entry ends in. */
  private static final Pattern ENTRY_PAGE = Pattern.compile("(\\d{1,4})\\s*$");

  /**
   * Which lines are entries of a contents list that no Word style marks, as plain text writes it
   * under a cover: two or more lines in a row ending in a page number after a tab or a dot leader,
   * the pages never going down ("1\tIntroduction\t2" / "2\tScope\t3"). A labelled cover row ("Study
   * Group:\t17") is no entry.
   */
  static boolean[] unmarkedEntries(List<Line> lines) {
    boolean[] entries = new boolean[lines.size()];
    int from = 0;
    int lastPage = -1;
    for (int i = 0; i <= lines.size(); i++) {
      int page = i < lines.size() ? entryPage(lines.get(i).text()) : -1;
      if (page < 0 || page < lastPage) {
        if (i - from >= 2) {
          Arrays.fill(entries, from, i, true);
        }
        from = page < 0 ? i + 1 : i;
      }
      lastPage = page;
    }
    return entries;
  }

  /** The page an entry of a contents list ends in, or -1 for a line that is none. */
  private static int entryPage(String text) {
    Matcher page = ENTRY_PAGE.matcher(text);
    return isEntry(text) && CoverLabel.in(text) == null && page.find()
        ? Integer.parseInt(page.group(1))
        : -1;
  }

  /** {@link #FIELD_CODE}, looked for only where its words are. */
  private static boolean hasFieldCode(String text) {
    return (text.contains("PAGEREF") || text.contains("TOC")) && FIELD_CODE.matcher(text).find();
  }

  /**
   * Whether Word itself marks the paragraph as part of a table of contents: set in a TOC style, or
   * holding the TOC field's code. Such a line is never a value of the cover it may follow.
   */
  static boolean isMarkedByWord(Line line) {
    return isTocStyle(line.block().style()) || hasFieldCode(line.text());
  }

  /** Word's "TOC 1".."TOC 9" and "TOC Heading", as Tika names them ("toc_1", "tOC_2"). */
  static boolean isTocStyle(String style) {
    if (style == null || style.length() < 4) {
      return false;
    }
    StringBuilder folded = new StringBuilder(style.length());
    style
        .toLowerCase(Locale.ROOT)
        .chars()
        .filter(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
        .forEach(folded::appendCodePoint);
    return TOC_STYLE.matcher(folded).matches();
  }

  /**
   * Two or more consecutive short lines that each appear again later are the heading list of a TOC
   * whose page numbers were lost: the later copies are the headings.
   */
  private static void markRepeatedRuns(List<Line> lines, boolean[] toc) {
    String[] keys = new String[lines.size()];
    Map<String, Integer> lastSeen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (text.length() <= MAX_ENTRY) {
        keys[i] = key(text);
        lastSeen.put(keys[i], i);
      }
    }
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && keys[end] != null && lastSeen.get(keys[end]) > end) {
        end++;
      }
      if (end - i < 2) {
        end = pagedRunEnd(lines, i, lastSeen);
      }
      if (end - i < 2) {
        end = subjectRunEnd(lines, i, keys);
      }
      if (end - i >= 2 && numbered(lines, i, end)) {
        for (int j = i; j < end; j++) {
          toc[j] = true;
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /**
   * The end of a run from {@code from} of lines that each end in a page number after a space, in
   * pages that never go down, and come back later in the body without it: a TOC as PDF renders it,
   * its tabs turned into spaces and no title to announce it.
   */
  private static int pagedRunEnd(List<Line> lines, int from, Map<String, Integer> lastSeen) {
    int end = from;
    int lastPage = 0;
    while (end < lines.size()) {
      String text = lines.get(end).text();
      Matcher entry = text.length() <= MAX_ENTRY ? SPACED_PAGE.matcher(text) : null;
      if (entry == null || !endsInDigit(text) || !entry.matches()) {
        break;
      }
      int page = Integer.parseInt(entry.group(2));
      Integer later = lastSeen.get(key(entry.group(1)));
      if (page < lastPage || later == null || later <= end) {
        break;
      }
      lastPage = page;
      end++;
    }
    return end;
  }

  /**
   * The end of a run from {@code from} of a summary record's table of subjects: each numbered
   * subject with the documents it dealt with in a last cell where a TOC has its page ("2 Budget", a
   * tab, "C23/12, C23/DT/7"), the body repeating the subject as a heading that names the same
   * documents after it ("2 Budget (Document C23/12)"), or PDF's line breaking there.
   */
  private static int subjectRunEnd(List<Line> lines, int from, String[] keys) {
    int end = from;
    while (end < lines.size() && keys[end] != null && repeatsLater(subject(keys[end]), keys, end)) {
      end++;
    }
    return end;
  }

  /** A keyed line without the documents cell that ends it, or null when it ends in none. */
  private static String subject(String key) {
    String rest = key;
    boolean listed = false;
    while (endsInDigit(rest)) {
      int cut = Math.max(rest.lastIndexOf(' '), rest.lastIndexOf(','));
      if (cut < 0 || DocumentNumber.canonical(rest.substring(cut + 1)).isEmpty()) {
        break;
      }
      rest = LIST_JOIN.matcher(rest.substring(0, cut)).replaceFirst("");
      listed = true;
    }
    return listed && !rest.isEmpty() ? rest : null;
  }

  /** Whether a later line opens with the subject, followed by nothing or a bracket. */
  private static boolean repeatsLater(String subject, String[] keys, int at) {
    if (subject == null || HeadingNumber.parse(subject).isEmpty()) {
      return false;
    }
    for (int j = at + 1; j < keys.length; j++) {
      String later = keys[j];
      if (later != null
          && later.startsWith(subject)
          && (later.length() == subject.length() || later.startsWith(" (", subject.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The page number a TOC entry of PDF text ends in, or -1 if it ends in none. */
  private static int spacedPage(String text) {
    if (text.length() > MAX_ENTRY || !endsInDigit(text)) {
      return -1;
    }
    Matcher entry = SPACED_PAGE.matcher(text);
    return entry.matches() && !Dates.isOnlyDate(text) ? Integer.parseInt(entry.group(2)) : -1;
  }

  /** A run counts when most of its lines are numbered, as headings in a TOC are. */
  private static boolean numbered(List<Line> lines, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (!HeadingNumber.parse(lines.get(i).text()).isEmpty()) {
        count++;
      }
    }
    return 2 * count > to - from;
  }

  /** A line as compared: blanks collapsed, case folded, any trailing page number removed. */
  static String key(String text) {
    String withoutPage = endsInDigit(text) ? TRAILING_PAGE.matcher(text).replaceAll("") : text;
    String blanksCollapsed =
        hasBlankRun(withoutPage) ? BLANKS.matcher(withoutPage).replaceAll(" ") : withoutPage;
    return blanksCollapsed.toLowerCase(Locale.ROOT).strip();
  }

  /**
   * Whether {@link #BLANKS} would change a line: a blank other than a space, or two spaces. Most
   * lines have neither, and every line short enough for a TOC entry is keyed.
   */
  private static boolean hasBlankRun(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < text.length() && text.charAt(i + 1) == ' ' : isPatternBlank(c)) {
        return true;
      }
    }
    return false;
  }

  /** What {@code [\\s\\u00a0]} matches besides the space. */
  private static boolean isPatternBlank(char c) {
    return c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0';
  }

  /** Whether a line ends in a digit, blanks aside: only then can it end in a page number. */
  private static boolean endsInDigit(String text) {
    int last = text.length() - 1;
    while (last >= 0
        && (Character.isWhitespace(text.charAt(last)) || text.charAt(last) == '\u0085')) {
      last--;
    }
    return last >= 0 && text.charAt(last) >= '0' && text.charAt(last) <= '9';
  }
}
