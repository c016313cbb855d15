package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resolution citations in running text. A citation is an optional body before the word
 * "Resolution" (or "Resolutions", "Res.", "Résolution"), one number or a list of numbers each with
 * its own optional qualifier and quoted title, and an optional body after ("of the ITU Council").
 * Decisions, Recommendations, Opinions and Questions never start a citation, and the word
 * "resolutions" with no number after it is not one. Thread-safe.
 */
final class ResolutionFinder {

  private static final String NUMBER = "(?:A/RES/)?\\d{1,4}(?:/\\d{1,4})?(?![\\w/])";

  static final Pattern HEAD =
      Pattern.compile(
          "(?:(?<prefix>"
              + ResolutionBodies.PREFIX
              + ")"
              + WS
              + "+)?"
              + "(?<![\\w-])(?<trigger>(?i:r[eé]solution(?<plural>s)?)|Res\\.?|RES\\.?)"
              + WS
              + "*(?:(?<sector>ITU-R)"
              + WS
              + "+)?(?<![\\w])(?<number>"
              + NUMBER
              + ")");

  /**
   * More than the characters other than whitespace of the longest body {@link #HEAD} accepts before
   * the trigger ("World Telecommunication Standardization Assembly" has 45).
   */
  private static final int PREFIX_LETTERS = 64;

  /** "A/RES/70/125" on its own is a General Assembly resolution by its symbol. */
  private static final Pattern UN_SYMBOL =
      Pattern.compile("(?<![\\w/])A/RES/(?<number>\\d{1,3}/\\d{1,4})(?![\\w/])");

  private static final Pattern QUALIFIER =
      Pattern.compile("\\G" + WS + "*\\((?<inner>[^()]{1,60})\\)");

  /** What a qualifier holds: an optional revision word and place, then a year. */
  private static final Pattern QUALIFIER_TEXT =
      Pattern.compile(
          "(?:(?<body>PP|WTSA|WTDC|WRC|RA|Council)(?:-\\d{2})?"
              + WS
              + "*,?"
              + WS
              + "*)?"
              + "(?:(?i:Rev|R[eé]v|Mod)\\.?|(?i:Revised|Modified|Amended|Modifi[ée]e?))?"
              + "["
              + "\\p{L}\\s\\u00a0,.'-]*?\\d{4}"
              // ITU-R and conference style: "(WRC-12)", "(Rev.WRC-19)", "(Rev. RA-23)".
              + "|(?:(?i:Rev)\\.?"
              + WS
              + "*)?(?<assembly>PP|WTSA|WTDC|WRC|RA)-\\d{2}");

  private static final Pattern TITLE =
      Pattern.compile(
          "\\G"
              + WS
              + "*(?:[,:]|[–—-]|(?i:on))?"
              + WS
              + "*[“\"«](?<title>[^“”\"«»\\n]{2,300})[”\"»]");

  /** Between two numbers of a list: a comma or semicolon, a conjunction, or both. */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\G(?:"
              + WS
              + "*,"
              + WS
              + "*(?:(?i:and|or|et|y|&)"
              + WS
              + "+)?|"
              + WS
              + "+(?i:and|or|et|y|&)"
              + WS
              + "+)"
              + "(?<number>"
              + NUMBER
              + ")");

  /** What may follow a list number when the word was singular, to tell it from a count. */
  private static final Pattern LIST_ITEM_END =
      Pattern.compile(
          "\\G[ \\t\\u00a0\\u202f]*(?:[,;.:)(\\r\\n]|(?i:and|or|et|of|du|de)(?!\\w)|$)");

  private final ResolutionCatalogue catalogue;

  ResolutionFinder() {
    this(ResolutionCatalogue.builtIn());
  }

  /**
   * @param catalogue what tells a deduced body that has no such resolution
   */
  ResolutionFinder(ResolutionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<Mention> find(String text) {
    return find(text, null);
  }

  /**
   * @param contextBody whose resolutions a bare number means in this document when nothing else
   *     tells (a WTDC document's "Resolution 16" is WTDC's), or null
   */
  List<Mention> find(String text, String contextBody) {
    List<Mention> found = new ArrayList<>();
    Matcher head = HEAD.matcher(text);
    int from = 0;
    while (from < text.length() && findHead(text, head, from)) {
      from = readCitation(text, head, found, contextBody);
    }
    Matcher un = UN_SYMBOL.matcher(text);
    boolean anySymbol = text.contains("A/RES/");
    while (anySymbol && un.find()) {
      if (!covered(found, un.start())) {
        found.add(
            new Mention(
                ResolutionBodies.UNGA,
                un.group("number"),
                null,
                null,
                un.start(),
                un.end(),
                false));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * Finds the next match of {@link #HEAD} at or after {@code from}: the same match as {@code
   * head.find(from)}, but {@link #HEAD} is tried only where it can start, at the start of a word
   * (it begins with the lookbehind {@code (?<![\w-])}) no further than a body's length before a
   * possible trigger (see {@link #nextTrigger} and {@link #earliestStart}). Places are tried in
   * increasing order, each once, so the first match is the leftmost, as with {@code find}.
   */
  static boolean findHead(String text, Matcher head, int from) {
    int tried = from;
    for (int trigger = nextTrigger(text, from);
        trigger >= 0;
        trigger = nextTrigger(text, trigger + 1)) {
      for (int at = Math.max(tried, earliestStart(text, from, trigger)); at <= trigger; at++) {
        if (MatchAt.afterWordBoundary(text, at) && MatchAt.offset(head, text, at)) {
          return true;
        }
      }
      tried = trigger + 1;
    }
    return false;
  }

  /**
   * Where the next trigger word followed by a number may begin at or after {@code from}, or -1.
   * Every way {@link #HEAD} accepts starts with "r" or "R", "e" or "é" in either case and "s" in
   * either case, perhaps "olution" and "s", perhaps a full stop, whitespace, then a digit, the "A"
   * of "A/RES/" or the "I" of "ITU-R". Trying {@link #HEAD} only near these places, rather than at
   * every character, is what makes citation finding cheap; they are a superset of where a trigger
   * can match, so nothing is missed.
   */
  static int nextTrigger(String text, int from) {
    for (int i = from, last = text.length() - 3; i < last; i++) {
      char c = text.charAt(i);
      if ((c == 'r' || c == 'R')
          && isE(text.charAt(i + 1))
          && isS(text.charAt(i + 2))
          && numberFollows(text, i + 3)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean numberFollows(String text, int at) {
    int i = at;
    if (text.regionMatches(true, i, "olution", 0, 7)) {
      i += 7;
    }
    if (i < text.length() && isS(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char next = text.charAt(i);
    // A digit, the "A" of "A/RES/", or the "I" of "Resolution ITU-R 65".
    return next >= '0' && next <= '9' || next == 'A' || next == 'I';
  }

  private static boolean isE(char c) {
    return c == 'e' || c == 'E' || c == '\u00e9' || c == '\u00c9';
  }

  private static boolean isS(char c) {
    return c == 's' || c == 'S';
  }

  /** Generous: every character {@link ResolutionBodies#WS} accepts, and more. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The earliest place a citation whose trigger starts at or after {@code trigger} can start: a
   * body named before the trigger has fewer than {@link #PREFIX_LETTERS} characters other than
   * whitespace, and no trigger starts between {@code from} and {@code trigger}.
   */
  static int earliestStart(String text, int from, int trigger) {
    int start = trigger;
    int letters = 0;
    while (start > from && letters <= PREFIX_LETTERS) {
      start--;
      char c = text.charAt(start);
      if (!isSpace(c)) {
        letters++;
      }
    }
    return start;
  }

  /** Reads one citation starting at a match of {@link #HEAD}; returns where to look next. */
  private int readCitation(String text, Matcher head, List<Mention> found, String contextBody) {
    // "Resolution ITU-R 65" is how the Radiocommunication Assembly numbers its resolutions.
    String prefixBody =
        head.group("sector") != null
            ? ResolutionBodies.RA
            : head.group("prefix") == null ? null : ResolutionBodies.bodyOf(head);
    boolean plural = head.group("plural") != null;
    List<Item> items = new ArrayList<>();
    Item first = readItem(text, head.group("number"), head.start(), head.end());
    items.add(first);
    int cursor = first.after;
    Matcher separator = SEPARATOR.matcher(text);
    while (MatchAt.offset(separator, text, cursor)) {
      Item next =
          readItem(text, separator.group("number"), separator.start("number"), separator.end());
      if (!plural
          && next.qualifier == null
          && !MatchAt.offset(LIST_ITEM_END.matcher(text), text, next.end)) {
        break;
      }
      items.add(next);
      cursor = next.after;
    }
    Item last = items.get(items.size() - 1);
    String suffixBody = null;
    Matcher suffix = ResolutionBodies.SUFFIX.matcher(text);
    if (MatchAt.offset(suffix, text, last.end)) {
      suffixBody = ResolutionBodies.bodyOf(suffix);
      last.end = suffix.end();
      Matcher qualifier = QUALIFIER.matcher(text);
      if (last.qualifier == null
          && MatchAt.offset(qualifier, text, last.end)
          && qualifierOf(qualifier) != null) {
        last.qualifier = qualifierOf(qualifier);
        last.end = qualifier.end();
      }
      cursor = Math.max(cursor, last.end);
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String body =
          prefixBody != null
              ? prefixBody
              : item.qualifierBody != null ? item.qualifierBody : suffixBody;
      boolean inferred = body == null;
      if (inferred) {
        body = inferBody(text, item.number, item.start, item.qualifier, contextBody);
      }
      found.add(
          new Mention(
              body,
              item.number,
              item.qualifier,
              item.title,
              i == 0 ? head.start() : item.start,
              item.end,
              inferred));
    }
    return Math.max(cursor, head.end());
  }

  /** One number with the qualifier and quoted title that follow it. */
  private Item readItem(String text, String written, int start, int end) {
    Item item = new Item();
    item.number = written.startsWith("A/RES/") ? written.substring(6) : written;
    item.start = start;
    item.end = end;
    Matcher qualifier = QUALIFIER.matcher(text);
    if (MatchAt.offset(qualifier, text, end)) {
      String value = qualifierOf(qualifier);
      if (value != null) {
        Matcher parts = QUALIFIER_TEXT.matcher(value);
        parts.matches();
        if (parts.group("assembly") != null) {
          item.qualifierBody = ResolutionBodies.bodyNamed(parts.group("assembly"));
        } else if (parts.group("body") != null) {
          item.qualifierBody = ResolutionBodies.bodyNamed(parts.group("body"));
          value = value.substring(parts.end("body")).replaceFirst("^[\\s,]+", "");
        }
        item.qualifier = value;
        item.end = qualifier.end();
      }
    }
    item.after = item.end;
    Matcher title = TITLE.matcher(text);
    if (MatchAt.offset(title, text, item.end)) {
      item.title = collapse(title.group("title"));
      item.after = title.end();
    }
    return item;
  }

  /** The qualifier inside a parenthesis after a number, or null when it holds something else. */
  private static String qualifierOf(Matcher parenthesis) {
    String inner = collapse(parenthesis.group("inner"));
    return QUALIFIER_TEXT.matcher(inner).matches() ? inner : null;
  }

  /**
   * The body of a number written without one. UN symbols (session/number) belong to the General
   * Assembly (or ECOSOC when the sentence names it), four-digit numbers from 1000 to the Council;
   * any other number to the conference its revision names ("Rev. Kigali, 2022" is WTDC's), else the
   * one the sentence names, else the document's own, else to the Plenipotentiary.
   */
  private String inferBody(
      String text, String number, int offset, String qualifier, String contextBody) {
    String byNumber = ResolutionBodies.byNumber(number);
    if (byNumber.equals(ResolutionBodies.COUNCIL)) {
      return byNumber;
    }
    Optional<String> byConference = catalogue.bodyOfConference(qualifier);
    if (byConference.isPresent() && !byNumber.equals(ResolutionBodies.UNGA)) {
      return checked(byConference.get(), number);
    }
    int[] sentence = Sentences.around(text, offset);
    String named =
        ResolutionBodies.namedNear(text.substring(sentence[0], sentence[1]), offset - sentence[0]);
    if (byNumber.equals(ResolutionBodies.UNGA)) {
      return ResolutionBodies.ECOSOC.equals(named) ? named : byNumber;
    }
    String context = contextBody != null ? contextBody : byNumber;
    return checked(named != null ? named : context, number);
  }

  /**
   * The deduced body, if the catalogue does not rule it out; else the one body the catalogue lists
   * such a resolution for ("WTDC Resolution 37 ... Resolution 133" is PP 133: WTDC's numbers stop
   * well before 133); else null, the body unknown.
   */
  private String checked(String body, String number) {
    if (!catalogue.neverAdopted(new ResolutionId(body, number))) {
      return body;
    }
    List<String> listed =
        catalogue.bodiesWith(number).stream()
            .filter(b -> !ResolutionBodies.UNITED_NATIONS.contains(b))
            .toList();
    return listed.size() == 1 ? listed.get(0) : null;
  }

  private static boolean covered(List<Mention> found, int offset) {
    for (Mention mention : found) {
      if (mention.start() <= offset && offset < mention.end()) {
        return true;
      }
    }
    return false;
  }

  static String collapse(String written) {
    return written.replaceAll(WS + "+", " ").strip();
  }

  /** A list item being read. */
  private static final class Item {
    String number;
    String qualifier;
    String qualifierBody;
    String title;
    int start;

    /** Where the mention ends: past its number, qualifier and any body after it. */
    int end;

    /** Where a list may continue: past the quoted title too. */
    int after;
  }

  /** A mention before its section is known. */
  record Mention(
      String body,
      String number,
      String qualifier,
      String title,
      int start,
      int end,
      boolean inferred) {}
}
