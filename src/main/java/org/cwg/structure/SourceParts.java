package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cover's source line is cut into its submitters before their names are read: at commas and
 * semicolons outside parentheses, then joined back where a comma is inside one name (a company's
 * legal form, a role and the body it is held in, a unit and the body it belongs to), and split on
 * "and" between two companies or institutions that each name themselves in full.
 */
final class SourceParts {

  private SourceParts() {}

  /** The parts of a source line, each one submitter or more joined by "and". */
  static List<String> cut(String written) {
    return joinAffiliations(
        joinRoles(
            joinCompanySuffixes(joinSpelledOut(joinRunningOn(splitOutsideParentheses(written))))));
  }

  /**
   * A word in lower case after a comma goes on with the name before it, as a participle does ("...
   * политики, касающимся интернета"); an article or "and" opens the next name ("du Sénégal").
   */
  private static final Pattern RUNS_ON = Pattern.compile("\\s*\\p{Ll}{3,}(?:\\s.*)?");

  /**
   * An article before a word in lower case goes on with the name too ("..., l'alimentation et
   * l'environnement"): a name the article opens starts with a capital ("du Sénégal").
   */
  private static final Pattern ARTICLE_RUNS_ON =
      Pattern.compile(
          "\\s*(?:l['’]|d['’]|(?:la|le|les|du|des|de|del|the)\\s+)+\\p{Ll}{3,}(?:\\s.*)?");

  private static List<String> joinRunningOn(List<String> parts) {
    List<String> joined = new ArrayList<>();
    for (String part : parts) {
      boolean runsOn =
          RUNS_ON.matcher(part).matches() && !Sources.opensAName(TextCleaner.strip(part));
      if (!joined.isEmpty() && (runsOn || ARTICLE_RUNS_ON.matcher(part).matches())) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "," + part);
      } else {
        joined.add(part);
      }
    }
    return joined;
  }

  /**
   * Joins the parts that one acronym spells out across commas: "United Nations Educational,
   * Scientific and Cultural Organization (UNESCO)" is one body.
   */
  private static List<String> joinSpelledOut(List<String> parts) {
    List<String> joined = new ArrayList<>(parts);
    for (int i = 1; i < joined.size(); i++) {
      if (!joined.get(i).strip().endsWith(")")) {
        continue;
      }
      for (int from = i - 1; from >= Math.max(0, i - 3); from--) {
        String whole = String.join(",", joined.subList(from, i + 1));
        if (Sources.spelledOutByItsAcronym(whole.strip())) {
          joined.subList(from, i + 1).clear();
          joined.add(from, whole);
          i = from;
          break;
        }
      }
    }
    return joined;
  }

  /** What follows a company's name after a comma: it belongs to the name. */
  private static final Pattern COMPANY_SUFFIX =
      Pattern.compile(
          "(?:Inc|Ltd|Co|LLC|L\\.L\\.C|Corp|Corporation|GmbH|S\\.?A|AG|KGaA|KG|plc|PLC|Limited|S\\.?A\\.?S"
              // A name in capitals writes its form in capitals too: "OKI ... CO., LTD.".
              + "|INC|LTD|CO|CORP|CORPORATION|LIMITED"
              + "|B\\.?V|N\\.?V|S\\.?p\\.?A|Oy|AB|KK|K\\.K|Pty|Ltda|d\\.d|d\\.o\\.o|a\\.s|S\\.?L)\\.?"
              // "Co., Ltd. (China)": the company's country in parentheses after its name.
              + "(?:\\s*\\([^()]*\\))?");

  /** A role before a comma belongs to the body after it: "Chair, Working Party 1/17". */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?:(?:vice|co)[- ]?)?(?:chair(?:man|person|woman)?|rapporteurs?|associate\\s+rapporteurs?"
              + "|co-rapporteurs?|editors?|conven[eo]rs?|coordinators?|président|presidente"
              + "|vice-président|rapporteur\\s+principal|director|directeur)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static List<String> joinRoles(List<String> parts) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i + 1 < parts.size() && ROLE.matcher(TextCleaner.strip(part)).matches()) {
        String body = parts.get(++i);
        int last = subjectListEnd(parts, i);
        for (; i < last; i++) {
          body += "," + parts.get(i + 1);
        }
        joined.add(part + "," + body);
      } else {
        joined.add(part);
      }
    }
    return joined;
  }

  /** A group named by its subjects: "Rapporteur Group on Work Programme, Restructuring ...". */
  private static final Pattern GROUP_ON =
      Pattern.compile("(?:.*\\s)?Group\\s+(?:on|for)\\s+\\p{Lu}.*", Pattern.UNICODE_CASE);

  /** One subject of such a list: capitalized words, no Member State, no figure. */
  private static final Pattern SUBJECT =
      Pattern.compile("\\s*\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|and|&|of|the))*\\s*");

  /**
   * Where a group's list of subjects ends when the group is named "Group on A, B and C": the list
   * goes on over the commas to the part its "and" closes; with no such part, it is one subject.
   */
  private static int subjectListEnd(List<String> parts, int group) {
    if (!GROUP_ON.matcher(TextCleaner.strip(parts.get(group))).matches()) {
      return group;
    }
    for (int i = group + 1; i < parts.size() && i <= group + 3; i++) {
      String part = parts.get(i);
      if (!SUBJECT.matcher(part).matches()
          || Sources.AND.splitAsStream(part).anyMatch(n -> Sources.isOneMemberState(n.strip()))) {
        return group;
      }
      if (Sources.AND.matcher(part).find()) {
        return i;
      }
    }
    return group;
  }

  /** A legal form that opens a company's name: "Telefonaktiebolaget LM Ericsson" (a Swedish AB). */
  private static final Pattern LEADING_LEGAL_FORM =
      Pattern.compile("(?:Telefonaktiebolaget|Aktiebolaget|Société|Sociedad)\\s.*");

  /**
   * An "and" between two names that each carry their legal form joins two companies:
   * "Telefonaktiebolaget LM Ericsson and Nokia Corporation"; one inside a name does not, "Nippon
   * Telegraph and Telephone Corporation".
   */
  static List<String> companies(String item) {
    Matcher and = Sources.AND.matcher(item);
    while (and.find()) {
      String before = TextCleaner.strip(item.substring(0, and.start()));
      String after = TextCleaner.strip(item.substring(and.end()));
      // "GmbH & Co. KG" is one legal form: what follows names no company of its own.
      if (LEGAL_FORM_FIRST.matcher(after).lookingAt()) {
        continue;
      }
      if (namesAnotherCompany(before, after)
          || INSTITUTION_START.matcher(after).matches() && before.contains(" ")) {
        List<String> both = new ArrayList<>(companies(before));
        both.addAll(companies(after));
        return both;
      }
    }
    return List.of(item);
  }

  /**
   * A university, a ministry or another body whose kind opens its name names itself: "Nokia Bell
   * Labs and University College", "... de Loja y Corporación Nacional de Telecomunicaciones".
   */
  private static final Pattern INSTITUTION_START =
      Pattern.compile(
          "(?:University\\s+(?:of|College)|Université\\s+d|Universidad\\s+d|Universität\\s"
              + "|Ministry\\s+of|Ministère\\s+d|Ministerio\\s+d"
              + "|Association|Asociación|Associação|Foundation|Fondation|Fundación"
              + "|Corporación|Compañía|Empresa|Banco|Banque)\\s.*");

  /** A legal form opening what follows "&": "Rohde & Schwarz GmbH & Co. KG". */
  private static final Pattern LEGAL_FORM_FIRST = Pattern.compile("(?:Co|Cie|Cía)\\b");

  /**
   * A name of two words or more, each capitalised, after a company named with its legal form: "MTN
   * Group Limited and Liquid Intelligent Technologies" names two companies.
   */
  private static final Pattern NAME_IN_CAPITALS =
      Pattern.compile("\\p{Lu}[\\p{L}\\d.-]*(?:\\s+\\p{Lu}[\\p{L}\\d.-]*)+(?:\\s*\\([^()]*\\))?");

  /**
   * A company named whole with its legal form, then a name of its own: "MTN Group Limited" and
   * "Liquid Intelligent Technologies", on one line or the next.
   */
  static boolean namesAnotherCompany(String company, String after) {
    return hasLegalForm(company)
        && (hasLegalForm(after) || NAME_IN_CAPITALS.matcher(after).matches());
  }

  private static final Pattern ENDING_LEGAL_FORM =
      Pattern.compile(".*[\\s,]" + COMPANY_SUFFIX.pattern());

  static boolean hasLegalForm(String name) {
    return LEADING_LEGAL_FORM.matcher(name).matches() || ENDING_LEGAL_FORM.matcher(name).matches();
  }

  /**
   * A unit that is part of a larger body: an institute, department, faculty or project, in English,
   * French or Spanish; a ministry.
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?:(?:.*\\s)?(?:Institute|Department|Faculty|School|Centre|Center|Laboratory|Division"
              + "|Project|Programme|Initiative)"
              + "|(?:Institute|Department|Faculty|School|Centre|Center|Laboratory|Division)"
              + "\\s+(?:of|for)\\s.*"
              + "|(?:Laboratoire|Département|Faculté|École|Centre|Chaire|Laboratorio"
              + "|Departamento|Facultad|Escuela|Centro|Cátedra|Grupo|Groupe)\\s.*"
              // An institute is a unit when it names its field ("Instituto de Ingeniería"), a body
              // of
              // its own when it names itself ("Instituto Costarricense de Electricidad").
              + "|(?:Institut|Instituto)\\s+(?:d['’]|(?:de|des|du|del|für)\\s).*"
              + "|(?:.*\\s)?Research\\s+Group)"
              // "Centre for ... Law (CIPIT)": the unit's acronym after its name.
              + "(?:\\s*\\([^()]*\\))?"
              + "|(?:Ministry|Ministère|Ministerio|Department|Département|Departamento"
              + "|Agency|Agence|Agencia|Authority|Autorité|Autoridad)\\s.*");

  /** A university, to which a unit before it belongs: "…, University of Oxford". */
  private static final Pattern UNIVERSITY =
      Pattern.compile(
          "(?:University|Université|Universidad|Universität|Universitat|Università)\\s.*"
              + "|.*\\sUniversity|.*\\sInstitute\\s+of\\s+Technology");

  /**
   * Joins a unit and the body it belongs to, which a comma separates in an affiliation: "Oxford
   * Internet Institute, University of Oxford", "Ministry of Health and Social Protection, Colombia"
   * are one source each.
   */
  private static List<String> joinAffiliations(List<String> parts) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      String following = i + 1 < parts.size() ? parts.get(i + 1) : null;
      // "University of Ljubljana, Faculty of Electrical Engineering": the university first.
      if (last != null
          && (isAffiliation(last, part)
              || UNIVERSITY.matcher(TextCleaner.strip(last)).matches() && isAffiliation(part, last)
              || isUnitOf(part, last)
              || isCountryOf(part, last, following))) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "," + part);
      } else {
        joined.add(part);
      }
    }
    return joined;
  }

  /** A body that names itself by its acronym: "Office fédéral de la communication (OFCOM)". */
  private static final Pattern WITH_ITS_ACRONYM =
      Pattern.compile("\\p{Lu}.*\\s.*\\(\\p{Lu}[\\p{L}&-]{1,11}\\)");

  /**
   * A public body's country after a comma, written by its short name, belongs to the body: "Office
   * fédéral de la communication (OFCOM), Suisse" is one submitter, as "Universidade de Brasília
   * (Brazil)" is. A company with its legal form ("Telefónica S.A., Spain"), a Member State ("Kenya,
   * Uganda"), a country in the list's long form ("Kenya (Republic of)") or one that opens a list of
   * Member States stays a source of its own.
   */
  static boolean isCountryOf(String country, String body, String following) {
    String countryName = TextCleaner.strip(country);
    String bodyName = TextCleaner.strip(body);
    return Sources.isOneMemberState(countryName)
        && MemberStates.in(countryName).get(0).equals(countryName)
        && (following == null || !Sources.isOnlyMemberStates(TextCleaner.strip(following)))
        && !hasLegalForm(bodyName)
        && MemberStates.spans(bodyName).isEmpty()
        && (WITH_ITS_ACRONYM.matcher(bodyName).matches() || UNIT.matcher(bodyName).matches());
  }

  /**
   * A company's laboratory or unit, after the company's name: "Hitachi, Ltd., Central Research
   * Laboratory", "Acme, Bell Labs", "... (ZAMTEL), Regulatory and Interconnection Unit".
   */
  private static final Pattern COMPANY_UNIT =
      Pattern.compile("(?:.*\\s)?(?:Laborator(?:y|ies)|Labs?|Unit|Division)(?:\\s*\\([^()]*\\))?");

  static boolean isUnitOf(String unit, String body) {
    String unitName = TextCleaner.strip(unit);
    return COMPANY_UNIT.matcher(unitName).matches()
        && !hasLegalForm(unitName)
        && !Sources.isOnlyMemberStates(TextCleaner.strip(body));
  }

  /**
   * A unit named with its university in one phrase: "Facultad de ... de la Universidad de Chile".
   */
  private static final Pattern UNIT_OF_UNIVERSITY =
      Pattern.compile(
          "(?:Faculty|Facultad|Faculté|Department|Departamento|Département|School|Escuela|École"
              + "|Laboratory|Laboratorio|Laboratoire)\\s.*\\s(?:of|de|du|des|del|de\\s+la|de\\s+l['’])"
              + "\\s+(?:the\\s+)?(?:University|Universidad|Université|Universität|Universidade)\\s.*");

  /**
   * Where a unit named with its university ends, "and" and a country's name inside it ("Facultad de
   * Ciencias Físicas y Matemáticas de la Universidad de Chile"): at the first "and" after the
   * university's name, or the item's end; -1 when the item starts with no such unit.
   */
  static int unitOfUniversityEnd(String item) {
    Matcher university = UNIVERSITY_WORD.matcher(item);
    if (!UNIT_OF_UNIVERSITY.matcher(item).matches()
        || item.indexOf(',') >= 0
        || !university.find()) {
      return -1;
    }
    Matcher and = Sources.AND.matcher(item);
    return and.find(university.end()) ? and.start() : item.length();
  }

  private static final Pattern UNIVERSITY_WORD =
      Pattern.compile("\\b(?:University|Universidad|Université|Universität|Universidade)\\b");

  static boolean isAffiliation(String unit, String body) {
    String unitName = TextCleaner.strip(unit);
    String bodyName = TextCleaner.strip(body);
    return UNIT.matcher(unitName).matches()
        && MemberStates.spans(unitName).isEmpty()
        && (UNIVERSITY.matcher(bodyName).matches() || Sources.isOneMemberState(bodyName));
  }

  /** A company's legal form after a comma, alone or before "and" and the next source. */
  private static final Pattern SUFFIX_PART =
      Pattern.compile(COMPANY_SUFFIX.pattern() + "(?:" + Sources.AND.pattern() + ".*)?");

  private static List<String> joinCompanySuffixes(List<String> parts) {
    List<String> joined = new ArrayList<>();
    for (String part : parts) {
      String stripped = TextCleaner.strip(part);
      if (!joined.isEmpty() && SUFFIX_PART.matcher(stripped).matches()) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "," + part);
      } else {
        joined.add(part);
      }
    }
    return joined;
  }

  /**
   * The text cut at each comma or semicolon outside parentheses; where semicolons separate the
   * sources, a comma is part of a name ("Ministry of Health and Social Protection, Colombia; ...").
   */
  private static List<String> splitOutsideParentheses(String text) {
    boolean semicolons = text.indexOf(';') >= 0 && splitsAt(text, ';');
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if ((c == ';' || c == ',' && !semicolons) && depth == 0) {
        parts.add(text.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  private static boolean splitsAt(String text, char separator) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      if (c == separator && depth == 0) {
        return true;
      }
    }
    return false;
  }
}
