package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line right before a cover's title in capitals, which names who submits it when it is a line
 * of its own in running case ("Asia-Pacific Telecommunity Common Proposals", "Secretariat"): with
 * the lines above it that it wrapped from, or the companies one per line above it.
 */
final class SourceLine {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private SourceLine() {}

  /**
   * Companies one per line above the title, each with its legal form: "Inmarsat Global Limited" /
   * "Iridium Satellite LLC" / "Viasat, Inc." are three sources, the line before the title the last.
   */
  static List<String> companiesOnePerLine(List<String> lines, int title, List<String> last) {
    if (last.isEmpty()) {
      return last;
    }
    // Member States one per line: "la République de Ruritanie" / "Burkina Faso".
    if (last.stream().allMatch(Sources::isListedMemberState)) {
      List<String> sources = new ArrayList<>(last);
      for (int at = title - 2; at >= 0 && isMemberStateLine(lines.get(at)); at--) {
        sources.addAll(0, Sources.split(lines.get(at)));
      }
      return sources;
    }
    if (last.size() != 1 || !SourceParts.hasLegalForm(last.get(0))) {
      return last;
    }
    List<String> sources = new ArrayList<>(last);
    for (int at = title - 2; at >= 0 && isCompanyLine(lines.get(at)); at--) {
      sources.addAll(0, Sources.split(lines.get(at)));
    }
    return sources;
  }

  /** A line that names Member States only, in any of their forms: "la République de Corée". */
  private static boolean isMemberStateLine(String line) {
    String source = of(line);
    if (source == null || MemberStates.spans(line).isEmpty()) {
      return false;
    }
    List<String> named = Sources.split(source);
    return !named.isEmpty() && named.stream().allMatch(Sources::isListedMemberState);
  }

  /**
   * A line that names one company, with its legal form or, short and without figures, as a brand
   * ("Telesat Canada") among others that carry theirs; or a university or another body named whole,
   * with its country ("University of Ruritania (Borduria)").
   */
  private static boolean isCompanyLine(String line) {
    return of(line) != null
        && (SourceParts.hasLegalForm(line)
            || line.strip().split("\\s+").length <= 4
                && line.chars().noneMatch(Character::isDigit)
                && !line.contains(",")
            || SourceLines.namesABody(line)
                && !Sources.isOnlyMemberStates(line)
                && !CoverCells.endsMidPhrase(line)
                && line.chars().noneMatch(Character::isDigit)
                && !line.contains(","));
  }

  /**
   * The line before a cover line, with the lines above it that it goes on from when PDF text
   * wrapped it: "... Université de Dakar et" / "Association des usagers".
   */
  static String wrappedBefore(List<String> lines, int at) {
    // "Vice-Chair of the Council" / "DRAFT DECISION" / the title: the kind of text stands between.
    if (at >= 2
        && NAMES_A_TEXT.matcher(lines.get(at - 1)).matches()
        && CoverTitleLines.isCapitals(lines.get(at - 1))) {
      at--;
    }
    int start = at - 1;
    // A bracket alone on a line ends the name above it: "... in the field of Communications" /
    // "(RCC)".
    while (start > 0
        && (CoverCells.endsMidPhrase(lines.get(start - 1))
            || lines.get(start).strip().startsWith("("))
        && of(lines.get(start - 1)) != null) {
      start--;
    }
    return String.join(" ", lines.subList(start, at));
  }

  /**
   * A body named by its acronyms alone, "3GPP TSG RAN", "ETSI TC EE": capitals that are no title.
   * One at least is short or holds a figure, which words in capitals do not.
   */
  private static final Pattern ACRONYMS =
      Pattern.compile(
          "(?=.*(?:^|\\s)(?:[\\p{Lu}&]{2,3}|\\S*\\d\\S*)(?:\\s|$))"
              + "[\\p{Lu}\\d][\\p{Lu}\\d&-]{1,4}(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d&-]{1,4}){1,3}");

  /** What a conference's or a group's source line says before its kind of text. */
  private static final Pattern SOURCE_LEAD =
      Pattern.compile(
          "^(?:(?<joint>joint\\s+)?(?:response|reply|réponse|respuesta|contribution|contribución)"
              + "(?<jointAfter>\\s+(?:conjointe?|conjunta))?\\s+"
              + "(?:from|by|of|de|du|des|del)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+)?"
              // Russian: "Вклад Российской Федерации", the name in the genitive.
              + "|(?:вклад|ответ)\\s+(?:от\\s+)?)",
          FLAGS);

  /** "Draft decision", "Draft resolution": the kind of text, not who wrote it. */
  private static final Pattern NAMES_A_TEXT =
      Pattern.compile("(?:draft|projet\\s+de|proyecto\\s+de)\\b.*", FLAGS);

  private static final Pattern SOURCE_TAIL =
      Pattern.compile(
          "\\s+(?:common\\s+proposals?|propositions\\s+communes" + "|propuestas\\s+comunes)$",
          FLAGS);

  /**
   * The line right before a cover's title in capitals names who submits it, when it is a line of
   * its own in running case ("Asia-Pacific Telecommunity Common Proposals", "Secretariat").
   */
  static String of(String line) {
    if (CoverTitleLines.isCapitals(line) && !ACRONYMS.matcher(line).matches()
        || line.length() > 150
        || line.endsWith(".") && !SourceParts.hasLegalForm(line)
        || line.endsWith(":")
        || CoverCells.neverTitleOrSource(line)
        || CoverCells.placeAndDate(line) != null
        || Dates.hasFourDigitRun(line)
        || CoverBlock.ORIGINAL.matcher(line).matches()
        || CoverBlock.AGENDA.matcher(line).matches()
        || CoverBlock.MEETING.matcher(line).matches()
        || CoverBlock.SESSION.matcher(line).matches()
        || line.split("\\s+").length > 24
        || NAMES_A_TEXT.matcher(line).matches()) {
      return null;
    }
    Matcher lead = SOURCE_LEAD.matcher(line);
    String source = SOURCE_TAIL.matcher(line).replaceFirst("");
    if (lead.lookingAt()) {
      source = source.substring(lead.end());
      // "Joint response by Access Now and ARTICLE 19": the lead says each "and" joins two.
      if (lead.group("joint") != null || lead.group("jointAfter") != null) {
        source = Sources.eachAndJoinsTwo(source);
      }
    }
    return source.isBlank() ? null : source;
  }
}
