package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source written after its label goes on over the next lines of a cover in running text
 * (PDF text wraps a narrow cell): a line that continues a phrase, a name that a contact block gives
 * whole, a name whose acronym ends the next line, or Member States or bodies one per line.
 */
final class SourceLines {

  private final List<String> contactLines;

  /** The width, in characters, of the column the cover sets its labels' values in. */
  private final int column;

  /**
   * @param body the cover's cells, whose contact blocks name organizations whole
   */
  SourceLines(List<Cover.Cell> body) {
    this.contactLines = contactLines(body);
    this.column = valueColumn(body);
  }

  /**
   * The source's value so far, as the next line goes on with it: its last line, or the whole of a
   * list set apart by semicolons, which wraps anywhere ("...; Singapore Telecommunications" /
   * "Limited (Singtel); ...").
   */
  private static String sourceSoFar(List<String> value) {
    String last = value.get(value.size() - 1);
    return value.stream().anyMatch(v -> v.indexOf(';') >= 0) ? String.join(" ", value) : last;
  }

  /** Whether the next line goes on with the source's value so far. */
  boolean wrapsOnto(List<String> value, String next) {
    String soFar = sourceSoFar(value);
    return CoverCells.continuesLine(soFar, next)
        || wrapsContactName(soFar, next)
        || endsItsAcronym(soFar, next)
        || endsANameCutByTheColumn(soFar, next);
  }

  /** How many lines under a label's own line a cover's value takes at most. */
  private static final int VALUE_LINES = 3;

  /**
   * The width of the cover's value column, as its widest line of a label's value in running text
   * shows it ("Title: ..." and the lines it wraps to); 0 when no value wraps.
   */
  private static int valueColumn(List<Cover.Cell> body) {
    int widest = 0;
    for (int i = 0; i < body.size(); i++) {
      Cover.Cell cell = body.get(i);
      CoverLabel.Found found = CoverLabel.in(cell.text());
      // A contact's line that gives its e-mail runs on across the row's next cells, or is a
      // closing line of the body's width: it shows no column.
      if (found == null
          || found.value().isEmpty()
          || cell.origin() != Cover.Origin.TEXT
          || CoverCells.hasEmail(found.value())) {
        continue;
      }
      widest = Math.max(widest, found.value().strip().length());
      for (int k = i + 1; k < body.size() && body.get(k).row() <= cell.row() + VALUE_LINES; k++) {
        Cover.Cell line = body.get(k);
        if (CoverLabel.in(line.text()) != null) {
          break;
        }
        boolean firstOnItsRow = body.get(k - 1).row() != line.row();
        if (firstOnItsRow && line.text().strip().length() < MAX_VALUE_LINE) {
          widest = Math.max(widest, line.text().strip().length());
        }
      }
    }
    return widest;
  }

  /** A value's line is narrower than the body's lines, which run the page's width. */
  private static final int MAX_VALUE_LINE = 80;

  /**
   * Proportional type sets a line a little wider or narrower than its characters count: a word that
   * would reach this share of the column's width did not fit on the line.
   */
  private static final double FILLED = 0.9;

  /**
   * The last words of a name, on a short line of their own, that PDF text wrapped because they did
   * not fit on the line before in the cover's column: "Federal Agency for Digital" / "Networks",
   * "Consejo Nacional de" / "Radio y Televisión (CONARTEL)". A name that a bracket closes, or that
   * names a body whole, has ended.
   */
  private boolean endsANameCutByTheColumn(String soFar, String next) {
    String line = next.strip();
    if (column == 0 || !SHORT_LAST_LINE.matcher(line).matches() || isBlockOfItsOwn(line)) {
      return false;
    }
    String[] names = soFar.split("[,;]");
    String last = names.length == 0 ? "" : names[names.length - 1].strip();
    String firstWord = line.split("\\s+", 2)[0];
    String lastLine = soFar.strip();
    return !last.isEmpty()
        && !last.endsWith(")")
        && !namesABody(last)
        // "... Co., Ltd.": a company's legal form ends its name.
        && !SourceParts.hasLegalForm(lastLine)
        && lastLine.length() + 1 + firstWord.length() >= FILLED * column;
  }

  /** A line that is something of its own, never the end of a name. */
  private static boolean isBlockOfItsOwn(String line) {
    return CoverCells.standsAlone(line)
        || CoverCells.isContactPart(line)
        || CoverLabel.in(line) != null
        || Sources.isOnlyMemberStates(line);
  }

  /**
   * The end of a name: one or two capitalised words, maybe joined by short lower-case words, maybe
   * closed by a short name in brackets ("Methods", "Radio y Televisión (CONARTEL)").
   */
  private static final Pattern SHORT_LAST_LINE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'&.-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)*\\p{Lu}[\\p{L}'&.-]*)?"
              // closed by its short name or its country: "(CONARTEL)", "(United States)"
              + "(?:\\s*\\(\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*)*\\))?");

  /**
   * The next line ends a name its acronym spells out: "National Institute of Information and
   * Communications" / "Technology (NICT)".
   */
  private static boolean endsItsAcronym(String soFar, String next) {
    Matcher acronym = Sources.ACRONYMED.matcher(next.strip());
    if (!acronym.matches()) {
      return false;
    }
    String last = soFar.substring(Math.max(soFar.lastIndexOf(','), soFar.lastIndexOf(';')) + 1);
    String before = Sources.initials(last);
    String after = Sources.initials(acronym.group(1));
    String letters = acronym.group(2);
    // The acronym's letters are the name's initials in order (it may skip some: "NICT"), its
    // first the name's first and its last one of the next line's.
    return !before.isEmpty()
        && !after.isEmpty()
        && letters.charAt(0) == before.charAt(0)
        && after.indexOf(letters.charAt(letters.length() - 1)) >= 0
        && isInOrder(letters, before + after);
  }

  private static boolean isInOrder(String letters, String initials) {
    int at = 0;
    for (char letter : letters.toCharArray()) {
      at = initials.indexOf(letter, at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  /** Member States one per line after the label's: "SOURCE: Lao P.D.R." / "Viet Nam". */
  static boolean isNextMemberState(List<String> value, String next) {
    return Sources.isOnlyMemberStates(next) && value.stream().allMatch(Sources::isOnlyMemberStates);
  }

  /** A word that names a kind of body, the head of an organization's name. */
  private static final Pattern BODY_WORD =
      Pattern.compile(
          // "Universit" opens the word in each language: "University", "Universität".
          "\\b(?:Bank|Banque|Banco|Foundation|Fondation|Fundación|Universit\\p{L}*|Universidad"
              + "|Institute|Institut|Instituto|Ministry|Ministère|Ministerio|Authority|Autorité"
              + "|Autoridad|Agency|Agence|Agencia|Corporation|Company|Association|Commission|Council"
              + "|Organi[sz]ation|Society|Alliance|Consortium|Forum|Labs?|Laborator(?:y|ies)"
              + "|City|Municipality|Municipalidad|Ville|Ciudad"
              // A hospital or clinic, which focus groups on health list among their sources.
              + "|Hospital|Hôpital|Clinic|Clinique|Clínica|Krankenhaus|Klinik\\p{L}*)\\b");

  /**
   * The next source on a line of its own after a line that ended well short of the cover's column,
   * where its first word would have fitted: the line before ended where its name did, as a cell
   * lists its bodies one per line ("Example Telecom AG" / "Orange").
   */
  boolean startsAfterALineEndedShort(List<String> value, String next) {
    String last = value.get(value.size() - 1).strip();
    String line = next.strip();
    String firstWord = line.split("\\s+", 2)[0];
    return column > 0
        && NAME_LINE.matcher(line).matches()
        && !isBlockOfItsOwn(line)
        && !CoverCells.endsMidPhrase(last)
        && last.length() + 1 + firstWord.length() < ROOM_LEFT * column;
  }

  /** A word that ends its line this far short of the column's width would have fitted on it. */
  private static final double ROOM_LEFT = 0.75;

  /**
   * A line that is a name: capitalised words, maybe joined by short lower-case words or a dash,
   * maybe closed by its short name in brackets ("Charité – Example Institute (CEI)").
   */
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'&.-]*(?:\\s+(?:\\p{Ll}{1,3}|[–&-]|\\p{Lu}[\\p{L}'&.-]*))*"
              + "(?:\\s*\\(\\p{Lu}[\\p{L}.&-]*\\))?");

  /** Names are short; a longer line is running text. */
  private static final int MAX_NAME_WORDS = 10;

  /**
   * Bodies one per line after the label's, each named whole: "Source: Bill & Melinda Gates
   * Foundation" / "Central Bank of Nigeria", "AT&T Inc." / "Verizon Communications Inc.".
   */
  boolean isNextBody(List<String> value, String next, String following) {
    String last = value.get(value.size() - 1).strip();
    String line = next.strip();
    return ((namesABody(last) || closesWithItsShortName(last))
                && !CoverCells.endsMidPhrase(last)
                && (namesABody(line) || namedWithTheLineAfter(line, following))
            // A company's name ends with its legal form: a name on the next line is another's.
            || SourceParts.namesAnotherCompany(last, line))
        && Character.isUpperCase(line.codePointAt(0))
        && line.split("\\s+").length <= MAX_NAME_WORDS;
  }

  /**
   * A body's name that PDF text wrapped in the cover's column: the line after ends it, and with it
   * names a body ("National Telecommunications" / "Agency (Ruritania)").
   */
  private boolean namedWithTheLineAfter(String line, String following) {
    return following != null
        && endsANameCutByTheColumn(line, following)
        && (namesABody(line + " " + following.strip())
            || closesWithItsShortName(line + " " + following.strip()));
  }

  /** A name closed by its short name in brackets: "Universidad Nacional de Rivera (UNR)". */
  private static final Pattern CLOSED_BY_SHORT_NAME =
      Pattern.compile("\\p{Lu}\\S*(?:\\s+\\S+)+\\s*\\(\\p{Lu}[\\p{L}.&-]+\\)");

  private static boolean closesWithItsShortName(String line) {
    return CLOSED_BY_SHORT_NAME.matcher(line.strip()).matches()
        && !Sources.isOnlyMemberStates(line);
  }

  static boolean namesABody(String line) {
    return !line.isEmpty()
        && (SourceParts.hasLegalForm(line)
            || BODY_WORD.matcher(line).find()
            || Sources.isOnlyMemberStates(line));
  }

  /**
   * A source's last name wrapped when a contact block names it whole: "Nokia Bell Labs and
   * University College" / "London" is the "University College London" a contact works for, and
   * "..., China" / "Mobile Communications Corporation" is "China Mobile ...", not the country.
   */
  private boolean wrapsContactName(String soFar, String next) {
    // The last name of the list: after its last comma, semicolon or "and".
    String[] names = soFar.split("[,;]|" + Sources.AND.pattern());
    String last = names.length == 0 ? "" : names[names.length - 1].strip();
    String firstWord = next.strip().split("\\s+", 2)[0];
    if (last.isEmpty() || firstWord.isEmpty()) {
      return false;
    }
    String joined = (last + " " + firstWord).toLowerCase(Locale.ROOT);
    return contactLines.stream()
        .map(line -> line.toLowerCase(Locale.ROOT))
        .anyMatch(
            line ->
                line.startsWith(joined)
                    && (line.length() == joined.length()
                        || !Character.isLetterOrDigit(line.charAt(joined.length()))));
  }

  /** The lines of the cover's contact blocks: a name, an organization, a country each. */
  private static List<String> contactLines(List<Cover.Cell> body) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      CoverLabel.Found found = CoverLabel.in(body.get(i).text());
      if (found == null || found.label() != CoverLabel.CONTACT) {
        continue;
      }
      lines.add(found.value());
      for (int k = i + 1; k < Math.min(body.size(), i + 1 + ContactLines.CONTACT_LINES); k++) {
        if (CoverLabel.in(body.get(k).text()) != null) {
          break;
        }
        lines.add(body.get(k).text());
      }
    }
    return lines;
  }

  /**
   * Whether a line ends on a Member State's name, so that a line of Member States under it goes on
   * with its list: "Contribution by Bahrain (Kingdom of)" / "Oman (Sultanate of)".
   */
  static boolean endsOnAMemberState(String line) {
    String text = line.strip();
    List<int[]> names = MemberStates.spans(text);
    return !names.isEmpty()
        && text.substring(names.get(names.size() - 1)[1])
            .transform(Sources::withoutBrackets)
            .isBlank();
  }
}
