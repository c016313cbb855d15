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

  /**
   * @param body the cover's cells, whose contact blocks name organizations whole
   */
  SourceLines(List<Cover.Cell> body) {
    this.contactLines = contactLines(body);
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
        || endsItsAcronym(soFar, next);
  }

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
          "\\b(?:Bank|Banque|Banco|Foundation|Fondation|Fundación|University|Université|Universidad"
              + "|Institute|Institut|Instituto|Ministry|Ministère|Ministerio|Authority|Autorité"
              + "|Autoridad|Agency|Agence|Agencia|Corporation|Company|Association|Commission|Council"
              + "|Organi[sz]ation|Society|Alliance|Consortium|Forum|Labs?|Laborator(?:y|ies)"
              + "|City|Municipality|Municipalidad|Ville|Ciudad)\\b");

  /** Names are short; a longer line is running text. */
  private static final int MAX_NAME_WORDS = 10;

  /**
   * Bodies one per line after the label's, each named whole: "Source: Bill & Melinda Gates
   * Foundation" / "Central Bank of Nigeria", "AT&T Inc." / "Verizon Communications Inc.".
   */
  static boolean isNextBody(List<String> value, String next) {
    String last = value.get(value.size() - 1).strip();
    String line = next.strip();
    return namesABody(last)
        && !CoverCells.endsMidPhrase(last)
        && namesABody(line)
        && Character.isUpperCase(line.codePointAt(0))
        && line.split("\\s+").length <= MAX_NAME_WORDS;
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
      for (int k = i + 1; k < Math.min(body.size(), i + 1 + Cover.CONTACT_LINES); k++) {
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
