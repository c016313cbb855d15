package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cover's source into its Member States and other entities: "Russian Federation, Belarus,
 * Tajikistan and Uzbekistan" is four, "United Kingdom of Great Britain and Northern Ireland" one,
 * "du Sénégal" is "Sénégal". Member States are named as in ITU's list of them, in the six official
 * languages; Sector Members and organizations stay as written, "and" and "Co., Ltd." included.
 */
final class Sources {

  static final Pattern AND = Pattern.compile("\\s+(?:and|et|y|и|&)\\s+");
  private static final Pattern LEADING_WORDS =
      Pattern.compile(
          "^(?:(?:and|et|y)\\s+)?(?:the\\s+|la\\s+|le\\s+|les\\s+|l['’]|el\\s+|los\\s+|las\\s+"
              + "|du\\s+|de\\s+la\\s+|de\\s+l['’]|des\\s+|de\\s+|del\\s+)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A long form before a Member State's name: "People's Republic of China", "Royaume du Maroc",
   * "República de Colombia"; ITU's lists in English, French and Spanish put it after the name.
   */
  private static final Pattern LONG_FORM =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}'’]*\\s+)*(?:Republic|Kingdom|Federation|Commonwealth|Principality"
              + "|Sultanate|State|States)\\s+of"
              + "|(?:République|Royaume|Principauté|Sultanat|État|Etat|Fédération)"
              + "(?:\\s+\\p{Ll}+)?\\s+(?:du|de\\s+la|de\\s+l['’]|de|des|d['’])"
              + "|(?:República|Reino|Principado|Sultanato|Estado|Federación)"
              + "(?:\\s+\\p{L}+)?\\s+(?:del|de\\s+la|de\\s+los|de))"
              + "\\s*(\\p{Lu}.*)");

  /**
   * ITU's list form: the short name, then its long form in parentheses, which ends on "of" ("Kenya
   * (Republic of)") or is a bare "Republic" where the name is the republic's adjective ("Argentina
   * (República)", "Argentine (République)").
   */
  private static final Pattern LISTED_FORM =
      Pattern.compile(
          "\\p{Lu}[^()]*\\s\\((?:(?:[^()]*\\s)?(?:of|du|de|de\\s+la|del|des|d['’])"
              + "|Republic|République|República)\\)");

  /**
   * A republic named by its adjective, "República Dominicana", "République centrafricaine": ITU's
   * French and Spanish lists put the adjective first, "Dominicana (República)".
   */
  private static final Pattern ADJECTIVE_REPUBLIC =
      Pattern.compile("(República|République)\\s+(\\p{L}+)");

  /** Arabic's form of state before the name, "جمهورية السودان": ITU's list puts it after. */
  private static final Pattern ARABIC_LONG_FORM =
      Pattern.compile("(جمهورية|مملكة|دولة|سلطنة|إمارة)\\s+(\\S.*)");

  private Sources() {}

  /**
   * The text without the article or "and" before a name ("du Sénégal" is "Sénégal"), unless the
   * article is the name's own: "El Salvador".
   */
  private static String withoutLeadingWords(String text) {
    List<int[]> names = MemberStates.spans(text);
    if (!names.isEmpty() && names.get(0)[0] == 0) {
      return TextCleaner.strip(text);
    }
    return TextCleaner.strip(LEADING_WORDS.matcher(text).replaceFirst(""));
  }

  /** Whether a text starts with the article or the "and" that opens a name: "du Sénégal". */
  static boolean opensAName(String text) {
    Matcher leading = LEADING_WORDS.matcher(text);
    return leading.lookingAt() && leading.end() > 0;
  }

  static List<String> split(String written) {
    List<String> sources = new ArrayList<>();
    for (String part : SourceParts.cut(written)) {
      String item = withoutLeadingWords(TextCleaner.strip(part));
      if (item.isEmpty()) {
        continue;
      }
      int comma = item.lastIndexOf(',');
      // "Zambia Telecommunications ... (ZAMTEL), Regulatory and Interconnection Unit" is one.
      if (comma > 0 && SourceParts.isUnitOf(item.substring(comma + 1), item.substring(0, comma))) {
        sources.add(item);
        continue;
      }
      // "Office fédéral de la communication (OFCOM), Suisse": the body and its country are one.
      if (comma > 0
          && SourceParts.isCountryOf(item.substring(comma + 1), item.substring(0, comma), null)) {
        sources.add(item);
        continue;
      }
      if (comma > 0
          && SourceParts.isAffiliation(item.substring(0, comma), item.substring(comma + 1))) {
        // "Laboratoire ..., Université ... et Association ...": the body ends at another's name.
        List<String> bodies = SourceParts.companies(item.substring(comma + 1).strip());
        sources.add(item.substring(0, comma) + ", " + bodies.get(0));
        sources.addAll(bodies.subList(1, bodies.size()));
        continue;
      }
      int unitEnd = SourceParts.unitOfUniversityEnd(item);
      if (unitEnd > 0) {
        sources.add(item.substring(0, unitEnd));
        sources.addAll(split(item.substring(unitEnd)));
        continue;
      }
      List<int[]> names = MemberStates.spans(item);
      if (names.isEmpty() || spelledOutByItsAcronym(item) || acronymOfTheWhole(item)) {
        // Russian declines a name after "Вклад": the source is the listed nominative.
        String nominative = MemberStates.nominativeOf(item);
        List<String> declined = declinedStates(item);
        // A republic's long form may name it by its adjective alone, no listed name in it.
        String byAdjective = MemberStates.namedByAdjective(item);
        if (nominative != null) {
          sources.add(nominative);
        } else if (!byAdjective.equals(item)) {
          sources.add(byAdjective);
        } else if (!declined.isEmpty()) {
          sources.addAll(declined);
        } else {
          sources.addAll(SourceParts.companies(item));
        }
        continue;
      }
      for (String piece : splitOutsideNames(item, names)) {
        String stripped = withoutLeadingWords(piece);
        String nominative = MemberStates.nominativeOf(stripped);
        if (nominative != null) {
          sources.add(nominative);
          continue;
        }
        List<String> named = MemberStates.in(piece);
        // "China Mobile Communications Corporation" names a company, not China.
        // "Zimbabwe (Republic of)" is already in the list's form, kept as written; "Republic of
        // Kenya" is put in it.
        sources.add(
            named.size() == 1
                    && onlyQualifies(piece, named.get(0))
                    && !LISTED_FORM.matcher(stripped).matches()
                    && !LONG_FORM.matcher(stripped).matches()
                ? asListed(named.get(0))
                : asListed(stripped));
      }
    }
    return sources.stream().filter(s -> !s.isBlank()).distinct().toList();
  }

  /**
   * Russian Member States declined and joined by "и" ("Кыргызской Республики и Азербайджанской
   * Республики"), each in the list's nominative; empty unless every one is a Member State.
   */
  private static List<String> declinedStates(String item) {
    List<String> states = new ArrayList<>();
    for (String piece : AND.split(item)) {
      String nominative = MemberStates.nominativeOf(piece);
      if (nominative == null) {
        return List.of();
      }
      states.add(nominative);
    }
    return states.size() > 1 ? states : List.of();
  }

  /** A name that ends with its acronym in parentheses: "... Technology (CAICT)". */
  static final Pattern ACRONYMED = Pattern.compile("(.+?)\\s*\\((\\p{Lu}{3,})\\)");

  /**
   * Whether a source is one body whose acronym spells out all of it, "and" included: "China Academy
   * of Information and Communications Technology (CAICT)" names neither China nor two bodies.
   */
  static boolean spelledOutByItsAcronym(String item) {
    Matcher m = ACRONYMED.matcher(item);
    if (!m.matches()) {
      return false;
    }
    return initials(m.group(1)).equals(m.group(2));
  }

  /** The first letters of a name's capitalised words: "China Academy of ..." is "CA...". */
  static String initials(String words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words.strip().split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        initials.appendCodePoint(word.codePointAt(0));
      }
    }
    return initials.toString();
  }

  /** Text without its parts in parentheses, as a long form after a name: "Oman (Sultanate of)". */
  static String withoutBrackets(String text) {
    return text.replaceAll("\\([^()]*\\)", " ");
  }

  /**
   * Whether a name with "and" inside ends with the acronym of all of it, not of its last part: the
   * acronym starts with the name's first letter, and the part after the last "and" starts with
   * another ("Vietnam Posts and Telecommunications Group (VNPT)" is one body).
   */
  private static boolean acronymOfTheWhole(String item) {
    Matcher m = ACRONYMED.matcher(item);
    if (!m.matches()) {
      return false;
    }
    Matcher and = AND.matcher(m.group(1));
    int lastPart = -1;
    while (and.find()) {
      lastPart = and.end();
    }
    if (lastPart < 0) {
      return false;
    }
    int acronym = m.group(2).codePointAt(0);
    return item.codePointAt(0) == acronym && m.group(1).codePointAt(lastPart) != acronym;
  }

  /** Words that may stand around a Member State's name in a source: "the Administration of". */
  private static final Pattern QUALIFIERS =
      Pattern.compile(
          "(?:\\s|[(),.'’]|the|of|republic|rep|administration|government|state|kingdom|de|du|la"
              + "|le|l|des|del|el|république|república|administración|gouvernement|gobierno"
              + "|administration)*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static boolean onlyQualifies(String piece, String name) {
    int at = piece.indexOf(name);
    String rest = piece.substring(0, at) + " " + piece.substring(at + name.length());
    return QUALIFIERS.matcher(rest).matches();
  }

  /**
   * Whether a cell names one Member State and nothing else, in any of its forms: "Niger", "Niger
   * (République du)", "Republic of Kenya", as a contact block's country line.
   */
  static boolean isOneMemberState(String cell) {
    List<String> named = MemberStates.in(cell);
    return named.size() == 1 && onlyQualifies(cell, named.get(0));
  }

  /**
   * Whether a source names one Member State, as it is or in the list's form: "Maroc (Royaume du)".
   */
  static boolean isListedMemberState(String source) {
    return isOneMemberState(source)
        || MemberStates.in(source).size() == 1 && LISTED_FORM.matcher(source).matches();
  }

  /** Whether a cell is nothing but Member States, as a cover's source line is. */
  static boolean isOnlyMemberStates(String cell) {
    List<int[]> names = MemberStates.spans(cell);
    if (names.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int from = 0;
    for (int[] name : names) {
      rest.append(cell, from, name[0]).append(' ');
      from = name[1];
    }
    rest.append(cell.substring(from));
    // A long form in parentheses after a name is the list's: "Oman (Sultanate of)".
    return AND.matcher(" " + withoutBrackets(rest.toString()) + " ")
        .replaceAll(" ")
        .replaceAll("[,;]", " ")
        .replaceAll("(?i)\\b(?:the)\\b", " ")
        .isBlank();
  }

  /** The text with a comma for each "and" outside a Member State's name and parentheses. */
  static String eachAndJoinsTwo(String text) {
    return String.join(", ", splitOutsideNames(text, MemberStates.spans(text)));
  }

  /**
   * The text cut at each "and" that is not inside a Member State's name nor inside parentheses:
   * "Algérie (République algérienne démocratique et populaire)" is one.
   */
  private static List<String> splitOutsideNames(String text, List<int[]> names) {
    List<String> pieces = new ArrayList<>();
    Matcher and = AND.matcher(text);
    int from = 0;
    while (and.find()) {
      String before = text.substring(0, and.start());
      boolean insideName =
          before.chars().filter(c -> c == '(').count()
              > before.chars().filter(c -> c == ')').count();
      for (int[] name : names) {
        insideName |= and.start() >= name[0] && and.end() <= name[1];
      }
      if (!insideName) {
        pieces.add(text.substring(from, and.start()));
        from = and.end();
      }
    }
    pieces.add(text.substring(from));
    return pieces.stream().map(TextCleaner::strip).filter(p -> !p.isEmpty()).toList();
  }

  /**
   * ITU's list writes a long form after the short name: "Korea (Republic of)", "China (People's
   * Republic of)", when the list has that form or the short name alone.
   */
  static String asListed(String name) {
    String longForm = MemberStates.listedName(name);
    if (!longForm.equals(name)) {
      return longForm;
    }
    Matcher arabic = ARABIC_LONG_FORM.matcher(name);
    if (arabic.matches() && !isWholeName(name) && isWholeName(arabic.group(2))) {
      return arabic.group(2) + " (" + arabic.group(1) + ")";
    }
    Matcher adjective = ADJECTIVE_REPUBLIC.matcher(name);
    if (adjective.matches() && isWholeName(name)) {
      String word = adjective.group(2);
      return word.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
          + word.substring(1)
          + " ("
          + adjective.group(1)
          + ")";
    }
    Matcher m = LONG_FORM.matcher(name);
    if (!m.matches()) {
      return MemberStates.namedByAdjective(name);
    }
    // French and Spanish lists hold some long forms as written: "Fédération de Russie".
    if (!m.group(1).endsWith(" of") && isWholeName(name)) {
      return name;
    }
    // "Republic of The Gambia": the list keeps the article with the long form, "Gambia (Republic
    // of the)", as it does for "Bahamas (Commonwealth of the)".
    Matcher article = THE.matcher(m.group(2));
    if (article.matches() && isWholeName(article.group(1))) {
      return article.group(1) + " (" + m.group(1) + " the)";
    }
    String listed = m.group(2) + " (" + m.group(1) + ")";
    return isWholeName(listed) || isWholeName(m.group(2)) ? listed : name;
  }

  private static final Pattern THE = Pattern.compile("(?:The|the)\\s+(\\p{Lu}.*)");

  private static boolean isWholeName(String text) {
    List<int[]> spans = MemberStates.spans(text);
    return spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == text.length();
  }
}
