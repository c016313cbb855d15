package org.cwg.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.parse.Block;

/**
 * Whether a paragraph outside Word's heading styles reads as a heading, from named features and
 * their weights: a number that continues the outline, bold, a heading's shape (short, capitalised,
 * no sentence end) against a paragraph's (sentences, a lower-case start, a list item, a table
 * cell). A heading needs {@link #THRESHOLD}; every weight is in {@link Feature}.
 */
final class HeadingScore {

  /** A feature of a paragraph and what it weighs for its being a heading. */
  enum Feature {
    /** Its number is the next sibling or first child in the outline. */
    CONTINUES_NUMBERING(3),
    /** It has a number, but one that does not fit the outline ("7.3.1" right under "7"). */
    BREAKS_NUMBERING(-6),
    /** All its letters are bold. */
    BOLD(2),
    /** Unnumbered and not bold: nothing sets it apart from body text. */
    PLAIN_UNNUMBERED(-2),
    /** Unnumbered and before the first heading: cover lines and titles are not sections. */
    IN_COVER(-4),
    /**
     * Unnumbered, with no word of four letters or more: a code or a mark ("MOD", "ACP/64A1/1"). A
     * numbered "16. AOB" has its number to vouch for it.
     */
    NO_WORDS(-4),
    /**
     * Unnumbered, in PDF or plain text, right above an agenda's numbered item: the name of the
     * group of items it heads ("Plenary", a committee's), which the items follow as a body would.
     */
    HEADS_AGENDA_ITEMS(1),
    /** Most words are capitalised, as in "Error Handling". */
    TITLE_CASE(1),
    /** Up to {@value #SHORT} characters. */
    SHORT(1),
    /**
     * Unnumbered, in {@value #FEW} words of four letters or more or fewer, in a text that shows no
     * bold (PDF, plain text): a name for what follows, not a sentence; what bold says elsewhere.
     */
    FEW_WORDS(1),
    /** A paragraph follows that is longer or ends like a sentence. */
    BODY_FOLLOWS(1),
    /** Over {@value #LONG} characters. */
    TOO_LONG(-4),
    /** Does not start with a capital (quotes and brackets aside): a sentence's continuation. */
    NO_CAPITAL_START(-4),
    /** Ends with a full stop, semicolon, comma, question or exclamation mark, in any width. */
    SENTENCE_END(-4),
    /** Two sentences in it. */
    TWO_SENTENCES(-4),
    /** Unnumbered and ending with a colon: it introduces a list, as "In scope:" does. */
    INTRODUCES_LIST(-2),
    /** A paragraph of a Word list, not bold: numbered paragraphs are list items. */
    LIST_PARAGRAPH(-4),
    /**
     * Long, with no end, and the next line goes on in lower case or ends the sentence in a few
     * words, or it fills a PDF line and the paragraph it starts ends a sentence on a later line
     * ({@link WrappedLines}): a paragraph wrapped at the margin, as PDF text has it, not a heading.
     */
    RUNS_ON(-4),
    /** It opens with a bullet ("•", "●", "▪", "–"): a list item typed by hand. */
    BULLET(-4),
    /** In a table cell, a header or a footer. */
    OUTSIDE_BODY(-4),
    /** Unnumbered, over a table's row ({@link TableRows}): the table's header row. */
    HEADS_TABLE_ROWS(-4),
    /** A row of figures beside others ({@link TableRows}): a table's row, whatever its number. */
    TABLE_ROW(-4),
    /** One of numbered siblings in a row with no body ({@link NumberedRuns}): a list's item. */
    LISTED(-4),
    /**
     * Unnumbered in PDF or plain text, and no line after it to the end of the main text (the
     * document's end or its first annex) ends a sentence or runs long: a closing signature ("name",
     * then "Director, ...") or a last table, which heads no body.
     */
    NO_BODY(-4);

    private final int weight;

    Feature(int weight) {
      this.weight = weight;
    }

    int weight() {
      return weight;
    }
  }

  static final int THRESHOLD = 3;

  static final int SHORT = 80;
  static final int FEW = 6;
  static final int LONG = 300;

  /** The fewest words of a sentence that leads into a list; a label has one or two. */
  private static final int LEAD_IN_WORDS = 3;

  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(\\p{L}*\\p{Ll}{2})[.!?]\\s+\\p{Lu}");

  /** Abbreviations whose full stop ends no sentence: "(Rec. ITU-T A.8)", "Res. 101". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "rec", "recs", "res", "doc", "docs", "fig", "figs", "vol", "art", "arts", "rev", "add",
          "corr", "amd", "suppl", "no", "nos", "para", "sect", "ref", "refs", "ann", "app", "tab",
          "chap", "ed", "eds", "al", "cf", "vs", "etc", "approx", "resp", "op", "cit", "ibid", "mr",
          "mrs", "ms", "dr", "prof");

  /**
   * A last word of letters each followed by a full stop ("e.i.r.p.", "i.e."): the stop is the
   * abbreviation's, not a sentence's end.
   */
  private static final Pattern ABBREVIATED_END =
      Pattern.compile("(?<![\\p{L}.])(?:\\p{L}{1,3}\\.){2,}$");

  private static final Pattern BULLET_START =
      Pattern.compile(
          "[\u2022\u25cf\u25cb\u25aa\u25a0\u25e6\u2023\u2043\u00b7*\uf0b7\uf0a7–—-]\\s*");

  /** A list's item: its bullet, a space, then the item's words. */
  private static final Pattern BULLETED_ITEM =
      Pattern.compile("[\u2022\u25cf\u25cb\u25aa\u25a0\u25e6\u2023\u2043\uf0b7\uf0a7–—-]\\s+\\S");

  /** A line that continues a sentence: it starts with a lower-case word. */
  private static final Pattern RUN_ON = Pattern.compile("\\p{Ll}{2,}\\b");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]{3,}");

  /**
   * Chinese writes its words without spaces, most of them in two characters ("背景", "意见"): two Han
   * characters are a word, never a code or a mark.
   */
  private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{2,}");

  private HeadingScore() {}

  /**
   * The features of a paragraph.
   *
   * @param text the heading's words, without its number
   * @param block the paragraph as parsed
   * @param numbered whether a number precedes the words
   * @param continues whether that number continues the outline
   * @param inBody whether a heading was already found
   * @param next the paragraph after it, or null
   */
  static Set<Feature> features(
      String text, Block block, boolean numbered, boolean continues, boolean inBody, String next) {
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    if (numbered) {
      features.add(continues ? Feature.CONTINUES_NUMBERING : Feature.BREAKS_NUMBERING);
    } else {
      if (!block.bold()) {
        features.add(Feature.PLAIN_UNNUMBERED);
      }
      if (!inBody) {
        features.add(Feature.IN_COVER);
      }
      // Chinese introduces its lists with a full-width colon ("建议如下：").
      if (text.endsWith(":") || text.endsWith("：")) {
        features.add(Feature.INTRODUCES_LIST);
      }
      if (TableRows.headsRow(text, next)) {
        features.add(Feature.HEADS_TABLE_ROWS);
      }
    }
    if (block.bold()) {
      features.add(Feature.BOLD);
    }
    String words = HeadingKinds.tidy(text);
    if (words.length() <= SHORT) {
      features.add(Feature.SHORT);
    }
    if (words.length() > LONG || words.isEmpty()) {
      features.add(Feature.TOO_LONG);
    }
    // Under its number, a heading may name a figure ("2.1 13.4-13.65 GHz"): no continuation.
    if (!startsWithCapital(words) && !(numbered && startsWithFigure(words))) {
      features.add(Feature.NO_CAPITAL_START);
    }
    // Chinese ends its sentences with full-width marks. A consultation's response heads each
    // answer with the question it quotes ("1 Question 1: What threatens ...?"): its mark ends the
    // question asked, not a sentence of the answer; so does a numbered question its answer follows.
    if (!words.isEmpty()
        && ".;,!?。；，！？".indexOf(words.charAt(words.length() - 1)) >= 0
        && !quotesQuestion(words)
        && !(numbered && headsAnswer(words, next))
        && !ABBREVIATED_END.matcher(words).find()) {
      features.add(Feature.SENTENCE_END);
    }
    if (hasTwoSentences(words)) {
      features.add(Feature.TWO_SENTENCES);
    }
    if (!WORD.matcher(words).find()) {
      if (!numbered && !HAN_WORD.matcher(words).find()) {
        features.add(Feature.NO_WORDS);
      }
    } else if (titleCase(words)) {
      features.add(Feature.TITLE_CASE);
    }
    if (next != null
        && (next.length() > words.length()
            || next.endsWith(".")
            || introducesList(next)
            // A conference proposal's block (its id, then MOD or ADD) is the body of the line over
            // it.
            || ProposalMarks.opensProposal(next)
            // A heading over a bulleted list: its items are the section's body, however short.
            || BULLETED_ITEM.matcher(next).lookingAt()
                && !BULLET_START.matcher(words).lookingAt())) {
      features.add(Feature.BODY_FOLLOWS);
    }
    if (next != null
        && words.length() > SHORT
        && ".;:!?".indexOf(words.charAt(words.length() - 1)) < 0
        && (RUN_ON.matcher(next).lookingAt()
            || next.length() * 2 < words.length() && next.endsWith("."))) {
      features.add(Feature.RUNS_ON);
    }
    if (BULLET_START.matcher(words).lookingAt()) {
      features.add(Feature.BULLET);
    }
    if (block.listItem() && !block.bold()) {
      features.add(Feature.LIST_PARAGRAPH);
    }
    if (block.region() != Block.Region.BODY) {
      features.add(Feature.OUTSIDE_BODY);
    }
    return features;
  }

  /**
   * Whether no line after {@code index} ends a sentence or runs longer than a heading before the
   * main text ends, at the document's end or at an annex, appendix or attachment: what follows is
   * no body but a signature block ("name", then "Secretary-General") or a closing table, which
   * close the main text before its annexes as well as at the end.
   */
  static boolean headsNoBody(List<Line> lines, int index) {
    for (int i = index + 1; i < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      String words = HeadingKinds.tidy(text);
      if (HeadingKinds.isDivision(words)
          || HeadingKinds.isStandalone(words)
              && HeadingStyles.isAnnexKind(HeadingKinds.kindOf(words))) {
        return true;
      }
      if (text.length() > SHORT
          || !text.isEmpty() && ".!?。！？".indexOf(text.charAt(text.length() - 1)) >= 0) {
        return false;
      }
    }
    return true;
  }

  static int score(Set<Feature> features) {
    int total = 0;
    for (Feature feature : features) {
      total += feature.weight();
    }
    return total;
  }

  static boolean isHeading(Set<Feature> features) {
    return score(features) >= THRESHOLD;
  }

  /**
   * The words of four letters or more: a heading's length in what it names, whatever the language
   * adds in articles and prepositions ("Plan d'action à l'échelle du système des Nations Unies" has
   * six).
   */
  static int contentWords(String text) {
    Matcher m = WORD.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  static boolean hasTwoSentences(String text) {
    Matcher m = SENTENCE_BREAK.matcher(text);
    while (m.find()) {
      if (!ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quotes and brackets before the first letter do not count. A script without case (Chinese,
   * Arabic) starts every heading as a capital would: only a lower-case letter starts a
   * continuation.
   */
  private static boolean startsWithCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || !Character.isLowerCase(c) && !hasCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the words are a consultation's question heading, its number and the question. */
  private static boolean quotesQuestion(String words) {
    return HeadingKinds.isQuestion(words) && HeadingKinds.isStandalone(words);
  }

  /**
   * Whether numbered words are one question that a longer paragraph, itself no question, answers: a
   * response restates the questions it was asked as its numbered headings ("2.1 What role can
   * governments play?"), where a survey's numbered questions follow one another unanswered.
   */
  private static boolean headsAnswer(String words, String next) {
    return !words.isEmpty()
        && "?？".indexOf(words.charAt(words.length() - 1)) >= 0
        && !hasTwoSentences(words)
        && next != null
        && next.length() > words.length()
        && "?？".indexOf(next.charAt(next.length() - 1)) < 0;
  }

  /**
   * Whether a paragraph is a sentence that leads into a list ("The group should:"): a body opens so
   * as often as with prose, however short; a label ("Source:") has no sentence's words before its
   * colon, and a row's cells are split by tabs.
   */
  static boolean introducesList(String paragraph) {
    String text = paragraph.strip();
    return text.endsWith(":")
        && !text.contains("\t")
        && startsWithCapital(text)
        && text.split("\\s+").length >= LEAD_IN_WORDS;
  }

  /** Whether the words start with a digit, as a band, a frequency or a year does. */
  private static boolean startsWithFigure(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  /** Whether the letter's script writes capitals and small letters. */
  private static boolean hasCase(char c) {
    return Character.toUpperCase(c) != c || Character.toLowerCase(c) != c;
  }

  private static boolean titleCase(String text) {
    var words = WORD.matcher(text);
    int all = 0;
    int capitalised = 0;
    while (words.find()) {
      all++;
      if (Character.isUpperCase(words.group().charAt(0))) {
        capitalised++;
      }
    }
    return all > 0 && capitalised * 5 >= all * 3;
  }
}
