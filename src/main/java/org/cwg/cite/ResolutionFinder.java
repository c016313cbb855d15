package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resolution citations in running text. A citation is an optional body before the word
 * "Resolution" (or "Resolutions", "Res.", and the word in ITU's other languages: "Résolution",
 * "Resolución", "Резолюция", "القرار"), one number or a list of numbers each with its own optional
 * qualifier and quoted title, and an optional body after ("of the ITU Council", "de la CMDT",
 * "Совета"). Chinese citations ("第101号决议") are read by {@link ChineseCitations}. Decisions,
 * Recommendations, Opinions and Questions never start a citation, and the word "resolutions" with
 * no number after it is not one. Thread-safe.
 */
final class ResolutionFinder {

  /** A number, never a paragraph ("1.2") or the start of a longer token. */
  private static final String NUMBER = "(?:A/RES/)?\\d{1,4}(?:/\\d{1,4})?(?![\\w/]|\\.\\d)";

  /** The word "resolution(s)" in ITU's languages, perhaps with an Arabic article or preposition. */
  static final String TRIGGER =
      "(?iu:r[eé]solutions?|resoluci(?:[oó]n|ones)|резолюци(?:ями|ях|ям|ей|я|ю|и|й))"
          + "|Res\\.?|RES\\.?|[وبف]?(?:ال|لل)?قرار(?:ات)?";

  /** Trigger words that name more than one resolution, and so take a list of any numbers. */
  private static final Pattern PLURAL =
      Pattern.compile("(?iu)r[eé]solutions|resoluciones|резолюци(?:и|й|ях|ям|ями)|.*قرارات");

  static final Pattern HEAD =
      Pattern.compile(
          "(?:(?<prefix>"
              + ResolutionBodies.PREFIX
              + ")(?<link>"
              + ResolutionBodies.PREFIX_LINK
              + ")?"
              + WS
              + "+)?"
              + "(?<![\\w-])(?<trigger>"
              + TRIGGER
              + ")"
              + "(?:"
              + WS
              + "+(?<between>"
              + ResolutionBodies.BETWEEN
              + "))?"
              + WS
              // The number sign before the number: "№", "رقم", and the older "No.", "N°" or French
              // "no" (its "o" raised, lowered in plain text).
              + "*(?:(?:№|رقم|(?iu:No\\.?|N[°º]))"
              + WS
              + "*)?(?:(?<sector>ITU-R|UIT-R|МСЭ-R)"
              + WS
              + "+)?(?<![\\w])(?<number>"
              + NUMBER
              + ")");

  /**
   * A United Nations symbol on its own names a resolution and its organ: "A/RES/70/125" the General
   * Assembly, "E/RES/2012/5" the Economic and Social Council, "S/RES/1977 (2011)" the Security
   * Council. The Assembly's abbreviation before its session and number stands for the symbol: "UNGA
   * 70/125", "AGNU 70/1".
   */
  private static final Pattern UN_SYMBOL =
      Pattern.compile(
          "(?<![\\w/])(?:(?:A/RES/|(?:UNGA|AGNU)\\s+)(?<assembly>\\d{1,3}/\\d{1,4})"
              + "|E/RES/(?<council>\\d{4}/\\d{1,4})"
              + "|S/RES/(?<security>\\d{1,4}))(?![\\w/])");

  /**
   * The revision index ITU-R writes after a resolution's number, "Resolution ITU-R 1-5": part of
   * the item, so that a list goes on after it ("Resolutions ITU-R 1-5 and 2-5").
   */
  private static final Pattern REVISION_INDEX = Pattern.compile("\\G-\\d{1,2}(?![\\d.])");

  /**
   * Another organization's session after the number, as the World Meteorological Congress writes
   * "Resolution 29 (Cg-18)": no resolution of ITU's.
   */
  private static final Pattern OTHER_SESSION =
      Pattern.compile(
          "\\G"
              + WS
              + "*\\((?!(?:"
              + Qualifiers.ASSEMBLIES
              + "|Council)-)\\p{Lu}\\p{L}{0,5}-\\d{1,3}\\)");

  private static final Pattern TITLE =
      Pattern.compile(
          "\\G"
              + WS
              + "*(?:[,:]|[–—-]|(?i:on))?"
              + WS
              + "*[“\"«](?<title>[^“”\"«»\\n]{2,300})[”\"»]");

  /** The conjunctions of a list: English, French, Spanish, Russian. */
  private static final String AND_OR = "(?iu:and|or|et|ou|y|o|и|или|&)";

  /** Between two numbers of a list: a comma or semicolon, a conjunction, or both. */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\G(?:"
              + WS
              + "*[,\\u060c]"
              + WS
              + "*(?:"
              + AND_OR
              + WS
              + "+)?|"
              + WS
              + "+"
              + AND_OR
              + WS
              + "+|"
              + WS
              + "*و"
              + WS
              + "*)"
              + "(?<number>"
              + NUMBER
              + ")");

  /** What may follow a list number when the word was singular, to tell it from a count. */
  private static final Pattern LIST_ITEM_END =
      Pattern.compile(
          "\\G[ \\t\\u00a0\\u202f]*(?:[,;.:)(\\r\\n\\u060c]"
              + "|(?iu:and|or|et|ou|y|o|и|или|of|du|de|del|des)(?![\\p{L}\\d])|و|$)");

  /**
   * A numbered heading's line: its number, then a tab or a space and its words to the line's end,
   * with no figure nor bracket; what follows a title line ending on the word ("... AND
   * RESOLUTIONS") and so never the number of a citation wrapped over two lines.
   */
  private static final Pattern HEADING_LINE =
      Pattern.compile("\\G\\d{1,2}(?:\\t|[ \\u00a0]+\\p{Lu})[^\\d()\\r\\n]*(?=\\r?\\n|$)");

  /** A year, never a list's next number ("Resolutions 101 and 102, 2022"). */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private final BodyInference bodies;

  ResolutionFinder() {
    this(ResolutionCatalogue.builtIn());
  }

  /**
   * @param catalogue what tells a deduced body that has no such resolution
   */
  ResolutionFinder(ResolutionCatalogue catalogue) {
    this.bodies = new BodyInference(catalogue);
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
    while (from < text.length() && HeadSearch.findHead(text, head, from)) {
      from = readCitation(text, head, found, contextBody);
    }
    found.addAll(ResolutionColumns.find(text, found, bodies, contextBody));
    for (Mention chinese : ChineseCitations.find(text)) {
      found.add(
          chinese.body() != null
              ? chinese
              : new Mention(
                  bodies.of(
                      text,
                      chinese.number(),
                      chinese.start(),
                      chinese.end(),
                      chinese.qualifier(),
                      contextBody,
                      found),
                  chinese.number(),
                  chinese.qualifier(),
                  null,
                  chinese.start(),
                  chinese.end(),
                  true));
    }
    Matcher un = UN_SYMBOL.matcher(text);
    boolean anySymbol = text.contains("/RES/") || text.contains("UNGA") || text.contains("AGNU");
    while (anySymbol && un.find()) {
      if (!covered(found, un.start())) {
        String body =
            un.group("assembly") != null
                ? ResolutionBodies.UNGA
                : un.group("council") != null ? ResolutionBodies.ECOSOC : ResolutionBodies.UNSC;
        String number =
            un.group("assembly") != null
                ? un.group("assembly")
                : un.group("council") != null ? un.group("council") : un.group("security");
        found.add(new Mention(body, number, null, null, un.start(), un.end(), false));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return bodies.withHeadingsSettled(text, found);
  }

  /** Reads one citation starting at a match of {@link #HEAD}; returns where to look next. */
  private int readCitation(String text, Matcher head, List<Mention> found, String contextBody) {
    if (text.lastIndexOf('\n', head.start("number")) >= head.end("trigger")
        && MatchAt.offset(HEADING_LINE.matcher(text), text, head.start("number"))) {
      return head.end();
    }
    // A body joined by "in" or "by" tells what it did, unless the citation itself names another.
    boolean linked = head.group("link") != null;
    // "Resolution ITU-R 65" is how the Radiocommunication Assembly numbers its resolutions.
    String prefixBody =
        head.group("sector") != null
            ? ResolutionBodies.RA
            : head.group("between") != null
                ? ResolutionBodies.between(head.group("between"))
                : head.group("prefix") == null || linked ? null : ResolutionBodies.bodyOf(head);
    String linkedBody = linked ? ResolutionBodies.bodyOf(head) : null;
    int start = linked ? head.start("trigger") : head.start();
    boolean plural = PLURAL.matcher(head.group("trigger")).matches();
    List<Item> items = new ArrayList<>();
    Item first = readItem(text, head.group("number"), head.start(), head.end());
    items.add(first);
    int cursor = readBodyAfter(text, first);
    Matcher separator = SEPARATOR.matcher(text);
    while (MatchAt.offset(separator, text, cursor)) {
      Item next =
          readItem(text, separator.group("number"), separator.start("number"), separator.end());
      boolean count =
          !plural
              && next.qualifier == null
              && !MatchAt.offset(LIST_ITEM_END.matcher(text), text, next.end);
      if (count || YEAR.matcher(next.number).matches()) {
        break;
      }
      items.add(next);
      cursor = readBodyAfter(text, next);
    }
    shareQualifiers(items);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.qualifier == null && MatchAt.offset(OTHER_SESSION.matcher(text), text, item.end)) {
        continue;
      }
      String body =
          prefixBody != null
              ? prefixBody
              : item.qualifierBody != null ? item.qualifierBody : bodyWrittenAfter(items, i);
      if (body == null && linkedBody != null && bodies.mayHave(linkedBody, item.number)) {
        body = linkedBody;
      }
      boolean inferred = body == null;
      if (inferred) {
        body =
            bodies.of(text, item.number, item.start, item.end, item.qualifier, contextBody, found);
      }
      found.add(
          new Mention(
              body,
              item.number,
              item.qualifier,
              item.title,
              i == 0 ? start : item.start,
              item.end,
              inferred));
    }
    return Math.max(cursor, head.end());
  }

  /**
   * Reads the body written right after an item ("of the ITU Council", "de la CMDT") and a qualifier
   * after that body; returns where the list may go on.
   */
  private static int readBodyAfter(String text, Item item) {
    Matcher suffix = ResolutionBodies.SUFFIX.matcher(text);
    Matcher foreign = BodyNames.SUFFIX.matcher(text);
    // The other languages first: "du Conseil économique et social" is ECOSOC, not "du Conseil".
    boolean english = !MatchAt.offset(foreign, text, item.end);
    if (english && !MatchAt.offset(suffix, text, item.end)) {
      return item.after;
    }
    item.suffixBody =
        english ? ResolutionBodies.bodyOf(suffix) : BodyNames.bodyOf(foreign.group("name"));
    item.end = english ? suffix.end() : foreign.end();
    Qualifiers.Read qualifier = Qualifiers.at(text, item.end);
    if (item.qualifier == null && qualifier != null) {
      item.qualifier = qualifier.written();
      item.end = qualifier.end();
    }
    item.after = Math.max(item.after, item.end);
    return item.after;
  }

  /**
   * The body written after a list's number, or after the first number past it that has one: it
   * names the numbers back to the previous body, so "Resolutions 101 and 102 of the Plenipotentiary
   * Conference" are both the Plenipotentiary's, and in "Resolutions 96 of WTSA and 79 of WTDC" each
   * number has its own.
   */
  private static String bodyWrittenAfter(List<Item> items, int from) {
    for (int i = from; i < items.size(); i++) {
      if (items.get(i).suffixBody != null) {
        return items.get(i).suffixBody;
      }
    }
    return null;
  }

  /**
   * A qualifier written once after the last numbers of a list is theirs all: in "Resolutions 101,
   * 102 and 133 (Rev. Bucharest, 2022)" each of the three was revised in Bucharest.
   */
  private static void shareQualifiers(List<Item> items) {
    for (int i = items.size() - 2; i >= 0; i--) {
      Item item = items.get(i);
      Item next = items.get(i + 1);
      if (item.qualifier == null && item.title == null && next.qualifier != null) {
        item.qualifier = next.qualifier;
        item.qualifierBody = next.qualifierBody;
      }
    }
  }

  /** One number with the qualifier and quoted title that follow it. */
  private Item readItem(String text, String written, int start, int end) {
    Item item = new Item();
    item.number = written.startsWith("A/RES/") ? written.substring(6) : written;
    item.start = start;
    item.end = end;
    Matcher revision = REVISION_INDEX.matcher(text);
    if (MatchAt.offset(revision, text, end)) {
      item.end = revision.end();
    }
    Qualifiers.Read qualifier = Qualifiers.at(text, end);
    if (qualifier != null) {
      item.qualifier = qualifier.value();
      item.qualifierBody = qualifier.body();
      item.end = qualifier.end();
    }
    item.after = item.end;
    Matcher title = TITLE.matcher(text);
    if (MatchAt.offset(title, text, item.end)) {
      item.title = collapse(title.group("title"));
      item.after = title.end();
    }
    return item;
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

    /** The body written right after the number and its qualifier, or null. */
    String suffixBody;

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
