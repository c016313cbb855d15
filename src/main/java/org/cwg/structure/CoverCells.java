package org.cwg.structure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single cover cell is on its own: the masthead, the study period, "Original: English", the
 * kind line (CONTRIBUTION, TD, INPUT DOCUMENT, LIAISON STATEMENT...), place and dates, a document
 * number, or a part of a contact block. Such cells end a label's value and are never a title or a
 * source.
 */
final class CoverCells {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern MASTHEAD =
      Pattern.compile(
          "(?:international\\s+telecommunication\\s+union|union\\s+internationale\\s+des\\s+"
              + "t[ée]l[ée]communications|uni[óo]n\\s+internacional\\s+de\\s+telecomunicaciones"
              + "|telecommunication(?:\\s+standardization)?(?:\\s+sector)?(?:\\s+of\\s+itu)?"
              + "|standardization\\s+sector(?:\\s+of\\s+itu)?"
              + "|radiocommunication(?:\\s+(?:sector|study\\s+groups|assembly|bureau))?"
              + "|telecommunication\\s+development(?:\\s+(?:sector|bureau))?|development\\s+sector"
              // A Sector's advisory group names itself with its acronym under the Union's name, as
              // a study group does: "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)", its last
              // words alone where a narrow cell wraps it; without the acronym it may be a source.
              + "|(?:(?:telecommunication\\s+(?:development|standardization)|radiocommunication)"
              + "\\s+)?advisory\\s+group\\s*\\(\\p{Lu}+\\)"
              + "|of\\s+itu|itu-[tdr]|study\\s+period\\s+\\d{4}\\s*[-–]\\s*\\d{4}"
              + "|(?:telecommunication\\s+standardization\\s+sector\\s+)?study\\s+period.*"
              + "|english\\s+only|français\\s+seulement|(?:original|оригинал|原文|الأصل)\\s*[:：].*|\\(\\d{2}/\\d{4}\\)"
              + "|study\\s+group\\s+\\d{1,2}(?:\\s+rapporteur\\s+group.*)?"
              // A sector's study groups as a whole: "ITU-D STUDY GROUPS", "COMMISSIONS D'ÉTUDES DE
              // L'UIT-D", "ИССЛЕДОВАТЕЛЬСКИЕ КОМИССИИ МСЭ-D".
              + "|itu-[dtr]\\s+study\\s+groups|commissions\\s+d['’][ée]tudes\\s+de\\s+l['’]uit-[dtr]"
              + "|comisiones\\s+de\\s+estudio\\s+del\\s+uit-[dtr]|исследовательские\\s+комиссии\\s+мсэ-[dtr]"
              + "|commissions\\s+d['’][ée]tudes\\s+des\\s+radiocommunications"
              + "|comisiones\\s+de\\s+estudio\\s+de\\s+radiocomunicaciones"
              + "|исследовательские\\s+комиссии\\s+по\\s+радиосвязи"
              + "|(?:itu-t\\s+)?focus\\s+group\\s+on\\s+.*|\\(FG-[\\w-]+\\)"
              // A Council working group's name heads its covers: "COUNCIL WORKING GROUP ON ...".
              + "|(?:council\\s+working\\s+group|groupe\\s+de\\s+travail\\s+du\\s+conseil"
              + "|grupo\\s+de\\s+trabajo\\s+del\\s+consejo|рабочая\\s+группа\\s+совета)"
              + "\\s+(?:on|for|sur|pour|sobre|para|по)\\s+.*"
              + "|(?:(?:world\\s+telecommunication\\s+(?:standardization|development)\\s+"
              + "(?:assembly|conference)|plenipotentiary\\s+conference|(?:world|regional)\\s+radiocommunication"
              + "\\s+conference|radiocommunication\\s+assembly|world\\s+conference\\s+on\\s+"
              + "international\\s+telecommunications)(?:\\s+\\d{4}(?=\\s*\\())?"
              + "|(?:council|conseil|consejo|совет)\\s+\\d{4}"
              + "|(?:"
              + ConferenceNames.localNames()
              // "... de développement des télécommunications": the name's last words.
              + ")[\\p{L}\\d ]{0,40}|международный\\s+союз\\s+электросвязи"
              + ")(?:\\s*\\(.*\\))?)\\s*",
          FLAGS);

  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("CONTRIBUTION", "contribution"),
          Map.entry("INPUT DOCUMENT", "contribution"),
          Map.entry("DELAYED CONTRIBUTION", "contribution"),
          Map.entry("TD", "td"),
          Map.entry("TEMPORARY DOCUMENT", "td"),
          Map.entry("LIAISON STATEMENT", "liaison"),
          Map.entry("OUTGOING LIAISON STATEMENT", "liaison"),
          Map.entry("INCOMING LIAISON STATEMENT", "liaison"),
          Map.entry("LS", "liaison"),
          Map.entry("REPORT", "report"),
          Map.entry("AGENDA", "agenda"),
          Map.entry("NOTE", "note"),
          Map.entry("INFORMATION DOCUMENT", "information"),
          Map.entry("DOCUMENT", "contribution"),
          Map.entry("CONTRIBUTION ÉCRITE", "contribution"),
          Map.entry("CONTRIBUCIÓN", "contribution"),
          Map.entry("CONTRIBUCIÓN TARDÍA", "contribution"),
          Map.entry("CONTRIBUTION TARDIVE", "contribution"),
          Map.entry("DOCUMENT TEMPORAIRE", "td"),
          Map.entry("DOCUMENTO TEMPORAL", "td"),
          Map.entry("DÉCLARATION DE LIAISON", "liaison"),
          Map.entry("DECLARACIÓN DE COORDINACIÓN", "liaison"),
          Map.entry("RAPPORT", "report"),
          Map.entry("INFORME", "report"),
          Map.entry("ORDRE DU JOUR", "agenda"),
          Map.entry("ORDEN DEL DÍA", "agenda"),
          // Russian: "ВКЛАД" (contribution), "ЗАЯВЛЕНИЕ О ВЗАИМОДЕЙСТВИИ" (liaison statement).
          Map.entry("ВКЛАД", "contribution"),
          Map.entry("ВРЕМЕННЫЙ ДОКУМЕНТ", "td"),
          Map.entry("ЗАЯВЛЕНИЕ О ВЗАИМОДЕЙСТВИИ", "liaison"),
          Map.entry("ЗАЯВЛЕНИЕ О СВЯЗИ", "liaison"),
          Map.entry("ОТЧЕТ", "report"),
          Map.entry("ОТЧЁТ", "report"),
          Map.entry("ПОВЕСТКА ДНЯ", "agenda"));

  private static final Pattern PLACE_AND_DATE =
      Pattern.compile(
          // Arabic has no capitals and writes its own comma: "بوسان، 20 أكتوبر 2014". The meeting
          // named before the place runs to some 90 characters in French and Spanish ("Reunión del
          // Grupo de Relator para la Cuestión 1/9 de la Comisión de Estudio 9 del UIT-D: ...").
          "(?:[^,،]{0,120}[—–,،:-]\\s*)?(?<place>(?:\\p{Lu}|\\p{IsArabic}|\\p{IsHan})"
              + "[\\p{L} .'’()/-]{1,60}?)"
              + "\\s*[,،，]\\s*(?<date>"
              + Dates.ANY
              + "|(?:\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\s+)?\\p{L}+"
              + "(?:\\s*[-–—]\\s*\\d{1,2}\\s+\\p{L}+)?\\s+\\d{4})"
              // How the meeting is held may follow its dates in brackets: "(hybrid)", "(virtual)".
              + "(?:\\s*\\(\\p{L}[\\p{L} -]{0,30}\\))?\\s*",
          FLAGS);

  /** "Revision 1 to", "Addendum 5 to": the number it amends follows in the next cell. */
  private static final Pattern AMENDMENT_LEAD =
      Pattern.compile(
          Amendments.LEAD + "(?:\\s+(?:the\\s+)?" + Amendments.DOCUMENT_WORD + ")?\\s*", FLAGS);

  /** The heading of a table of contents, which ends a cover. */
  private static final Pattern CONTENTS =
      Pattern.compile(
          "(?:table\\s+of\\s+)?contents|sommaire|table\\s+des\\s+mati[èe]res|[íi]ndice", FLAGS);

  private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern CONTACT_PART =
      Pattern.compile(
          "(?:tel|tél|phone(?:\\s+number)?|teléfono|n[úu]mero\\s+de\\s+tel[ée]fono"
              + "|num[ée]ro\\s+de\\s+t[ée]l[ée]phone|номер\\s+телефона|fax|e-?mail|courriel|correo(?:-e)?(?:\\s+electr[óo]nico)?|mobile"
              + "|тел|факс|эл\\.\\s*почта|электронная\\s+почта"
              // Arabic and Chinese covers label them too, Chinese with its full-width colon.
              + "|الهاتف|الفاكس|البريد\\s+الإلكتروني|الجوال|电话|传真|电子邮件|电子信箱|手机)"
              + "\\.?\\s*[:：].*",
          FLAGS);

  /**
   * Words a line of a value never ends on: the line wrapped (PDF text) and the value goes on. A
   * Recommendation's sector ("Recommendation ITU-T") is never without its number.
   */
  private static final Pattern ENDS_MID_PHRASE =
      Pattern.compile(
          ".*\\b(?:of|on|the|and|for|to|in|with|by|a|an|de|la|le|les|des|du|et|en|del|los|las|y"
              + "|para|sur|pour)\\s*|.*[,–-]\\s*|.*\\brecommendations?\\s+ITU-[TRD]\\s*"
              // A word that its number completes: "... meeting on Question" / "8/2, Geneva, ...".
              + "|.*\\b(?:questions?|cuesti[óo]n|resolutions?|r[ée]solutions?|resoluci[óo]n)\\s*"
              // A draft after its article or preposition waits for the text it drafts: "... for
              // draft" / "Recommendation ITU-T X.1", "... of the draft new" / "Report ITU-R M.2".
              + "|.*\\b(?:of|on|the|for|to|a|an|into)\\s+(?:preliminary\\s+)?draft(?:\\s+new"
              + "|\\s+revised)?\\s*"
              // An ordinal after its article waits for its noun: "... of the third" / "meeting";
              // Spanish writes the masculine ones short before it ("del tercer").
              + "|.*\\b(?:the|its|their|this|a|le|la|du|des|el|del)\\s+(?:"
              + Ordinals.PATTERN
              + "|primer[ao]?|segund[ao]|tercer[ao]?)\\s*",
          FLAGS);

  /**
   * The word an organization's name ends on, alone on a line (with its acronym): "Institute
   * (ETRI)", "Corporation". PDF text wraps a narrow column's long name before it. A government's
   * agency ends on "Administration" as others on "Agency" or "Authority".
   */
  private static final Pattern ORGANIZATION_TAIL =
      Pattern.compile(
          "(?:Institute|Corporation|Company|Co\\.,?\\s+Ltd\\.?|Ltd\\.?|Limited|Inc\\.?|GmbH"
              + "|Authority|Agency|Administration|Association|University|Laborator(?:y|ies)|Foundation"
              + "|Organi[sz]ation|Commission|Committee|Council|Bureau|Office|Board|Centre|Center"
              + "|Unit|Division|Department|Labs?|Ministry|Tbk)"
              // its acronym or the short name it goes by, in brackets: "(ETRI)", "(Example Mobile)"
              + "(?:\\s*\\((?:[\\p{Lu}\\d&-]{2,12}|\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){1,3})\\))?");

  /** A line that ends an organization's name, then maybe goes on with the next source. */
  private static final Pattern ORGANIZATION_TAIL_LINE =
      Pattern.compile(ORGANIZATION_TAIL.pattern() + "(?:\\s*[,;]\\s*\\S.*)?");

  /** The same line in a name set in capitals, which writes its last word in capitals too. */
  private static final Pattern ORGANIZATION_TAIL_LINE_IN_CAPITALS =
      Pattern.compile(ORGANIZATION_TAIL_LINE.pattern(), FLAGS);

  /** An organization's head noun and its "of": "University of Munich", "Institute for ...". */
  private static final Pattern ORGANIZATION_HEAD =
      Pattern.compile(
          "(?:University|Institute|Academy|College|School|Laborator(?:y|ies)|Centre|Center"
              + "|Agency|Authority|Association|Foundation|Organi[sz]ation|Ministry|Council)"
              + "\\s+(?:of|for|on)\\s");

  /**
   * Whether a list's last item is a single word that is no Member State: "..., Technical" is the
   * start of a name that wrapped, as "University of Warwick, Technical" / "University of Munich".
   */
  private static boolean endsWithOneWordItem(String previous) {
    String last = previous.substring(previous.lastIndexOf(',') + 1).strip();
    return previous.contains(",")
        && !last.isEmpty()
        && !last.contains(" ")
        && Character.isUpperCase(last.charAt(0))
        && MemberStates.spans(last).isEmpty();
  }

  private CoverCells() {}

  /**
   * Whether a line ends where no value ends: on "of", "and", "des", a comma or a dash, or a word
   * that a number completes ("Question").
   */
  static boolean endsMidPhrase(String line) {
    return ENDS_MID_PHRASE.matcher(line).matches();
  }

  /**
   * Whether the next line goes on with a value that wrapped: it starts in lower case or with a
   * parenthesis ("of Kenya", "(Republic of), Tanzania"), or the line before ended mid-phrase or
   * inside a parenthesis. A list set apart by semicolons wraps anywhere, inside a name too: its
   * semicolons, not its line ends, say where an item ends.
   */
  static boolean continuesLine(String previous, String next) {
    if (next.isEmpty() || standsAlone(next) || isContactPart(next) || CoverLabel.in(next) != null) {
      return false;
    }
    char first = next.charAt(0);
    long open = previous.chars().filter(c -> c == '(').count();
    long closed = previous.chars().filter(c -> c == ')').count();
    return Character.isLowerCase(first)
        || first == '('
        || open > closed
        || previous.indexOf(';') >= 0
        || endsMidPhrase(previous)
        || (inCapitals(previous) ? ORGANIZATION_TAIL_LINE_IN_CAPITALS : ORGANIZATION_TAIL_LINE)
            .matcher(next)
            .matches()
        || ORGANIZATION_HEAD.matcher(next).lookingAt() && endsWithOneWordItem(previous);
  }

  /** Whether a line has letters and none in lower case: "NIPPON TELEGRAPH AND TELEPHONE". */
  private static boolean inCapitals(String line) {
    return line.chars().anyMatch(Character::isLetter)
        && line.chars().noneMatch(Character::isLowerCase);
  }

  /** A title set in capitals, as ITU covers set it: three words or more, no Member State. */
  static boolean isTitleInCapitals(String cell) {
    long letters = cell.chars().filter(Character::isLetter).count();
    long capitals = cell.chars().filter(Character::isUpperCase).count();
    return letters >= 12
        && capitals * 10 >= letters * 9
        && cell.strip().split("\\s+").length >= 3
        && !Sources.isOnlyMemberStates(cell)
        && !neverTitleOrSource(cell);
  }

  static boolean isMasthead(String cell) {
    return MASTHEAD.matcher(cell).matches()
        || SessionLine.of(cell) != null
        || SessionLine.isPlaceAndDays(cell);
  }

  /** The type a kind line names, or null when the cell is not one. */
  static String kindOf(String cell) {
    String upper = cell.strip();
    if (!upper.equals(upper.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return KINDS.get(upper.replaceAll("\\s+", " "));
  }

  /** Chinese may put the dates first: "2022年9月26日-10月14日，布加勒斯特". */
  private static final Pattern DATE_AND_PLACE =
      Pattern.compile(
          "(?<date>\\d{4}\\s*年" + "[^，,]*日)\\s*[，,]\\s*(?<place>\\p{IsHan}[\\p{IsHan}\\s]*)");

  /** A year alone on a line, as PDF text wraps it off a place and dates: "DE 1998", "1998". */
  private static final Pattern YEAR_ALONE =
      Pattern.compile("(?:(?:de|of|du|del)\\s+)?\\d{4}\\.?", FLAGS);

  /**
   * The place and dates of cell {@code at}, read with the next line when PDF text wrapped the year
   * off a narrow cell ("GENEVA, 14-18 SEPTEMBER" and "1998"): the dates only date a meeting with
   * their year.
   */
  static Matcher placeAndDate(List<Cover.Cell> cells, int at) {
    String cell = cells.get(at).text();
    Matcher alone = placeAndDate(cell);
    if (alone != null || at + 1 >= cells.size()) {
      return alone;
    }
    Cover.Cell next = cells.get(at + 1);
    return next.row() == cells.get(at).row() + 1
            && YEAR_ALONE.matcher(TextCleaner.strip(next.text())).matches()
        ? placeAndDate(cell.strip() + " " + TextCleaner.strip(next.text()))
        : null;
  }

  /**
   * Place and dates ("Virtual, 21-23 July 2026", "Geneva, 17-27 June 2025", "日内瓦，2010年4月20-29日"),
   * or null.
   */
  static Matcher placeAndDate(String cell) {
    if (!Dates.hasFourDigitRun(cell)) {
      return null;
    }
    Matcher m = PLACE_AND_DATE.matcher(cell);
    if (!m.matches()) {
      m = DATE_AND_PLACE.matcher(cell.strip());
    }
    return m.matches()
            && (Dates.find(m.group("date")) != null || Dates.monthYear(m.group("date")) != null)
        ? m
        : null;
  }

  static boolean hasEmail(String cell) {
    return cell.indexOf('@') > 0 && EMAIL.matcher(cell).find();
  }

  static String emailIn(String cell) {
    Matcher m = EMAIL.matcher(cell);
    return m.find() ? m.group() : null;
  }

  /**
   * A run-in contact line that PDF text wrapped: lines ending in a comma, then one ending on a Tel
   * or E-mail label ("Jane Doe, ACME," / "France, E-mail:"), go on to the address under them.
   */
  static boolean wrapsBeforeAddress(List<String> cells) {
    int at = 0;
    while (at < cells.size() - 1 && cells.get(at).endsWith(",")) {
      at++;
    }
    String cell = cells.get(at);
    String last = cell.substring(cell.lastIndexOf(',') + 1).strip();
    return last.endsWith(":") && isContactPart(last);
  }

  static boolean isContactPart(String cell) {
    return CONTACT_PART.matcher(cell).matches() || hasEmail(cell);
  }

  /**
   * A study group, or a focus group, which sends its liaisons and outputs under its own name like a
   * study group: "ITU-T Focus Group on Smart Grids (FG-SG)".
   */
  private static final Pattern STUDY_GROUP_NAME =
      Pattern.compile("study\\s+group\\s+\\d{1,2}|(?:itu-t\\s+)?focus\\s+group\\s+on\\s+.*", FLAGS);

  /**
   * "Study Group 5", "ITU-T Focus Group on ...": a masthead line above the labels, but after
   * "Source:" the group that sends the document.
   */
  static boolean isStudyGroupName(String cell) {
    return STUDY_GROUP_NAME.matcher(cell.strip()).matches();
  }

  /** Whether a cell is a thing of its own, which ends the value of a label before it. */
  static boolean standsAlone(String cell) {
    return isMasthead(cell)
        || kindOf(cell) != null
        || placeAndDate(cell) != null
        || CoverBlock.isMeetingCell(cell)
        || CoverNumbers.isNumberCell(cell)
        || AMENDMENT_LEAD.matcher(cell).matches()
        || CONTENTS.matcher(cell).matches()
        || cell.contains("....") && TableOfContents.isEntry(cell.strip());
  }

  /** ITU-R's "Subject:" cell: the Question or agenda item a text answers, never its title. */
  private static final Pattern SUBJECT =
      Pattern.compile(CoverQuestions.SUBJECT_LABEL + ".*", FLAGS);

  /** Whether a cell can never be a title or a source. */
  static boolean neverTitleOrSource(String cell) {
    return isMasthead(cell)
        || kindOf(cell) != null
        || isContactPart(cell)
        || CoverLabel.in(cell) != null
        || SUBJECT.matcher(cell.strip()).matches()
        || CoverNumbers.isNumberCell(cell)
        || AMENDMENT_LEAD.matcher(cell).matches();
  }
}
