package org.cwg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;

/**
 * Where a cover's title is among its lines and how far it runs: a paragraph in capitals, and the
 * lines a long title wrapped onto, up to what starts the next part of the cover (a proposal id, a
 * place and date, a masthead line).
 */
final class CoverTitleLines {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * Proposal ids ("ACP/64A1/1", "B/38/2"), MOD/ADD/SUP marks and bracketed texts start what follows
   * a title; a bracket inside a line is a draft's placeholder name ("ITU-R M.[D2D-MSS]"), and a
   * slash between words ("USERS/CONSUMERS") is the title's own.
   */
  private static final Pattern NOT_A_TITLE_LINE =
      Pattern.compile(
          "(?<![\\p{L}\\d/])\\p{Lu}+(?:/\\p{Lu}+)*/\\d+\\w*/\\d+|^\\[|^(?:MOD|ADD|SUP|NOC)\\b");

  /**
   * A report's title names its meeting's place and dates in brackets, often on a line of its own:
   * "(Geneva, 15-26 July 2024)" ends the title.
   */
  static final Pattern MEETING_IN_BRACKETS =
      Pattern.compile(
          "\\(\\s*(?<place>\\p{L}[\\p{L} .'’-]{0,40}),\\s*(?<date>" + Dates.ANY + ")\\s*\\)",
          FLAGS);

  /** A year or a period, alone or in its brackets: "2024-2025", "(2020-2022)". */
  private static final Pattern YEARS =
      Pattern.compile(
          "(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?"
              + "|\\(\\s*(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*\\)");

  /** The units a measure is written in, in mixed case even in a title in capitals. */
  private static final String UNITS = "(?:[kMGT]Hz|dB[a-zA-Z]?|km|kW|mW)";

  /**
   * A frequency band or a measure, whose unit is written in mixed case: "5 725-5 850 MHz", "3.4-3.8
   * GHz". A title in capitals wraps it onto a line of its own.
   */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?:\\d[\\d .,]*(?:\\s*[-–]\\s*\\d[\\d .,]*)?\\s*" + UNITS + "(?:\\s*(?:AND|,)\\s*)?)+");

  /**
   * A word that a number completes, at the end of a line of a title in capitals: "... IN REGION" /
   * "1", "... OF RESOLUTION" / "76", "... AGENDA ITEM" / "1.6.1".
   */
  private static final Pattern NUMBERED_WORD_AT_END =
      Pattern.compile(
          "(?<!\\p{L})(?:REGION|R[ÉE]GION|REGI[ÓO]N|RESOLUTION|R[ÉE]SOLUTION|RESOLUCI[ÓO]N|ITEM|POINT|PUNTO"
              + "|ARTICLE|ART[ÍI]CULO|ANNEX|ANNEXE|ANEXO|APPENDIX|APPENDICE|AP[ÉE]NDICE|QUESTION"
              + "|CUESTI[ÓO]N|GROUP|GROUPE|GRUPO|PARTY|SECTION|SECCI[ÓO]N|CHAPTER|CHAPITRE"
              + "|CAP[ÍI]TULO|NO\\.)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether a line is a numbered item: numbered, and not by the number that a word ending the line
   * before takes, its rest going on in lower case or in a bracket ("... meeting of Study Group" /
   * "9 in the study period", "... Study Group" / "20 (Geneva, ...)"), where the line before
   * wrapped. An item's text opens on a capital.
   */
  static boolean isNumberedItem(List<Line> lines, int at) {
    List<HeadingNumber> readings = HeadingNumber.parse(lines.get(at).text());
    String rest = readings.isEmpty() ? "" : readings.get(0).rest();
    boolean wrappedNumber =
        at > 0
            && NUMBERED_WORD_AT_END.matcher(lines.get(at - 1).text()).find()
            && !rest.isEmpty()
            && (Character.isLowerCase(rest.codePointAt(0)) || rest.charAt(0) == '(');
    return !readings.isEmpty() && !wrappedNumber;
  }

  /**
   * A draft or proposed Recommendation's or Report's cover names it in capitals, then gives its own
   * title in running case on the next line: "DRAFT REVISION OF RECOMMENDATION ITU-R RS.1861" /
   * "Typical technical ...", "DRAFT NEW REPORT ITU-R M.[LMS.IOT]" / "Land mobile systems ...", and
   * in ITU's other languages "PROPOSITION DE RÉVISION DU RAPPORT UIT-R SM.2158" / "Incidence ...".
   */
  private static final Pattern NAMES_A_RECOMMENDATION =
      Pattern.compile(
          "(?:(?:PRELIMINARY\\s+)?DRAFT|PROPOSED|PROPOSALS?|(?:AVANT-)?PROJET|PROPOSITIONS?"
              + "|(?:ANTE)?PROYECTO|PROPUESTAS?|ПРОЕКТ|ПРЕДЛОЖЕНИЯ?"
              // Changes proposed to a draft: "MODIFICATIONS PROPOSÉES AU PROJET DE RÉVISION DE LA".
              + "|MODIFICATIONS?|AMENDMENTS?|MODIFICACIONES|ИЗМЕНЕНИЯ)"
              // What is drafted: "NEW", "REVISION OF", "DE RÉVISION DU", "DE NOUVEAU".
              + "(?:\\s+[\\p{Lu}'’-]+){0,7}?"
              + "\\s+(?:RECOMMENDATION|REPORT|RECOMMANDATION|RAPPORT|RECOMENDACI[ÓO]N|INFORME"
              + "|РЕКОМЕНДАЦИ\\p{Lu}*|ОТЧЕТ\\p{Lu}*)"
              + "\\s+(?:ITU|UIT|МСЭ)-[RTD]\\s+[A-Z]{1,3}\\.(?:\\d[\\d.-]*|\\[[^\\]]+\\])\\s*");

  /** A Recommendation's title is one phrase, no sentence, and names no document. */
  private static final int MAX_RECOMMENDATION_TITLE_WORDS = 40;

  private static boolean isRecommendationsTitle(String line) {
    String text = line.strip();
    return !text.isEmpty()
        && Character.isUpperCase(text.codePointAt(0))
        && !text.endsWith(".")
        && !DocumentNumber.FINDER.matcher(text).find()
        && text.split("\\s+").length <= MAX_RECOMMENDATION_TITLE_WORDS;
  }

  /** A unit alone, which a line ending in the measure's number wrapped: "... BAND OF 5" / "GHz". */
  private static final Pattern UNIT_ALONE = Pattern.compile(UNITS);

  /** The number such a word takes: "1", "1.6.1", "5D", "12-3/1". */
  private static final Pattern BARE_NUMBER =
      Pattern.compile("\\d{1,3}(?:[.-]\\d{1,3})*[A-Z]?(?:/\\d{1,2})?");

  private CoverTitleLines() {}

  /**
   * The words that carry a title on from a kind word set alone on its line: "AGENDA" / "OF THE" /
   * "SECOND PLENARY MEETING".
   */
  private static final Pattern GOES_ON_FROM_A_KIND =
      Pattern.compile("(?:OF|FOR|ON|TO|DE|DU|DES|DEL|DE LA|PARA|ДЛЯ)(?:\\s+\\S.*)?");

  /** A kind word in capitals is a title's first line when the next line goes on from it. */
  private static boolean opensATitle(List<String> lines, int at) {
    if (at + 1 >= lines.size() || CoverCells.kindOf(lines.get(at)) == null) {
      return false;
    }
    String next = lines.get(at + 1).strip();
    return isCapitals(next) && GOES_ON_FROM_A_KIND.matcher(next).matches();
  }

  /** Without a source line, a title is the paragraph written in capitals: its index, or -1. */
  static int capitalisedTitleAt(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (opensATitle(lines, i)) {
        return i;
      }
      // A masthead cut mid-phrase goes on in capitals on the next line, which is its rest, no
      // title: "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE OF THE" / "ITU 2030 (WTDC-30)".
      if (i > 0
          && CoverCells.isMasthead(lines.get(i - 1))
          && CoverCells.endsMidPhrase(lines.get(i - 1))) {
        continue;
      }
      // A committee's name in capitals over the line naming its chairman as the source, and the
      // title in capitals under it: "STANDING COMMITTEE ON X" / "Report by the Chairman of ..." /
      // "SUMMARY OF ...". The name heads the cover; the title is the line under the source.
      if (isCapitalisedTitle(lines.get(i))
          && !(i + 2 < lines.size()
              && AuthoredLine.parse(lines.get(i + 1)) != null
              && isCapitalisedTitle(lines.get(i + 2)))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a line, alone, reads as a title in capitals. */
  private static boolean isCapitalisedTitle(String line) {
    // A report's title ends in its meeting's place and dates in running case: "REPORT OF THE
    // MEETING (Geneva, 3-7 May 2027)" is a title, not the cover's place-and-date line.
    String words = withoutMeetingInBrackets(line);
    long letters = words.chars().filter(Character::isLetter).count();
    // A short line in capitals is a title only when it names a kind of text: "DRAFT AGENDA".
    boolean longEnough = letters >= 12 && words.split("\\s+").length >= 3;
    return (longEnough || letters >= 6 && TitleKind.of(words) != null)
        && isCapitals(words)
        && !DocumentNumber.FINDER.matcher(line).lookingAt()
        && !Banner.isBanner(line)
        && !CoverCells.neverTitleOrSource(line)
        // An agenda item's row says what the document answers, never its title.
        && !CoverBlock.AGENDA.matcher(line).matches()
        && !SessionLine.isDatesAlone(line)
        && CoverCells.placeAndDate(words) == null;
  }

  /** The line without the meeting's place and dates in brackets at its end, if it has them. */
  private static String withoutMeetingInBrackets(String line) {
    Matcher meeting = MEETING_IN_BRACKETS.matcher(line);
    String before = line;
    while (meeting.find()) {
      if (meeting.end() == line.stripTrailing().length() && meeting.start() > 0) {
        before = line.substring(0, meeting.start()).stripTrailing();
      }
    }
    return before;
  }

  /**
   * A title that wrapped goes on: in capitals on the next lines in capitals, and in running case on
   * the next line when its line ends mid-phrase ("... Working Group on").
   */
  static String wrappedTitle(List<String> lines, int at) {
    StringBuilder title = new StringBuilder(lines.get(at));
    boolean capitals = isCapitals(lines.get(at));
    boolean recommendations = false;
    for (int j = at + 1; j < lines.size(); j++) {
      String next = lines.get(j);
      // The Recommendation's own title, which PDF text wraps: "... (passive) systems" / "using
      // ...".
      if (recommendations
          && !next.isBlank()
          && Character.isLowerCase(next.strip().codePointAt(0))) {
        title.append(' ').append(next.strip());
        continue;
      }
      // PDF text may wrap the Recommendation's number alone: "... RECOMMANDATION UIT-R" / "S.1503".
      boolean namesItsNumber =
          capitals && NAMES_A_RECOMMENDATION.matcher(title + " " + next.strip()).matches();
      recommendations =
          capitals
              && (NAMES_A_RECOMMENDATION.matcher(lines.get(j - 1)).matches()
                  || NAMES_A_RECOMMENDATION.matcher(title).matches())
              && isRecommendationsTitle(next);
      // A title in capitals may wrap its last word alone, a year or a period ("... 2024-2025",
      // "... PANDEMIC" / "(2020-2022)"), a band in its units ("... IN THE BAND" / "5 725-5 850
      // MHz"), a band's unit alone ("... 960-1 164" / "MHz"), or the number a word takes ("... IN
      // REGION" / "1").
      boolean goesOn =
          capitals
              ? isCapitals(next)
                  || recommendations
                  || namesItsNumber
                  || YEARS.matcher(next).matches()
                  || BARE_NUMBER.matcher(next.strip()).matches()
                      && NUMBERED_WORD_AT_END.matcher(lines.get(j - 1)).find()
                  || QUANTITY.matcher(next.strip()).matches()
                  || UNIT_ALONE.matcher(next.strip()).matches()
                      && lines.get(j - 1).stripTrailing().matches(".*\\d")
              : CoverCells.endsMidPhrase(lines.get(j - 1));
      if (MEETING_IN_BRACKETS.matcher(next).matches()) {
        title.append(' ').append(next);
        break;
      }
      // A title cut mid-phrase goes on even on a word a masthead also has ("... OF THE" /
      // "RADIOCOMMUNICATION").
      boolean cutMidPhrase =
          capitals && isCapitals(next) && CoverCells.endsMidPhrase(lines.get(j - 1));
      // A masthead stands above the title, never between its lines: a masthead's word with the
      // title going on in capitals under it is a word the title wrapped ("... OF THE WORLD" /
      // "RADIOCOMMUNICATION" / "CONFERENCE (WRC-15) ...").
      boolean betweenItsLines =
          capitals && betweenItsLines(next, j + 1 < lines.size() ? lines.get(j + 1) : null);
      if (!goesOn
          || CoverCells.neverTitleOrSource(next)
              && !((cutMidPhrase || betweenItsLines)
                  && CoverCells.isMasthead(next)
                  && !CoverBlock.ORIGINAL.matcher(next).matches())
          || CoverCells.placeAndDate(next) != null
          || Dates.isOnlyDate(next)
          || NOT_A_TITLE_LINE.matcher(next).find()) {
        break;
      }
      title.append(' ').append(next);
    }
    return title.toString();
  }

  /**
   * What a title in capitals still writes in lower case: a unit after a number, or at the start of
   * the line a wrapped number left ("100 GHz", "GHz BANDS"), and the plural of an acronym ("SDGs").
   */
  private static final Pattern LOWER_CASE_IN_CAPITALS =
      Pattern.compile("(?:(?<=\\d\\s?)|^)" + UNITS + "\\b|(?<=\\b\\p{Lu}{2,})s\\b");

  /**
   * A title cut mid-phrase goes on with the group, the text or the body it names, though a group's
   * name, a text's number or a masthead's words alone stand apart: "... for" / "Study Group 3",
   * "... for draft" / "Recommendation ITU-T Y.1", "... de las" / "Comisiones de Estudio del UIT-T".
   * A masthead stands above the labels, so its words between two lines of a title in capitals are
   * words the title wrapped too.
   */
  static boolean wrapsWhatItNames(String line, String next, String after) {
    boolean masthead = CoverCells.isMasthead(next) && !CoverBlock.ORIGINAL.matcher(next).matches();
    return CoverCells.endsMidPhrase(line)
            && (CoverCells.isStudyGroupName(next) || CoverNumbers.isNumberCell(next) || masthead)
        || masthead && isCapitals(line) && betweenItsLines(next, after);
  }

  /** A line in capitals with the title going on in capitals under it. */
  private static boolean betweenItsLines(String next, String after) {
    return isCapitals(next)
        && after != null
        && isCapitals(after)
        && !CoverCells.neverTitleOrSource(after);
  }

  static boolean isCapitals(String line) {
    String words = LOWER_CASE_IN_CAPITALS.matcher(line).replaceAll("");
    long letters = words.chars().filter(Character::isLetter).count();
    long capitals = words.chars().filter(Character::isUpperCase).count();
    return letters >= 2 && capitals * 10 >= letters * 9;
  }

  /** The rest of a source line that wrapped: "(Hashemite Kingdom of)", "Republic of)". */
  private static final Pattern WRAPPED_SOURCE = Pattern.compile("\\(.*\\)|[^(]*\\)|\\p{Ll}.*");

  /**
   * A conference's cover names who proposes on a line of Member States alone ("France", "Canada,
   * Mexico"), co-sponsors one per line, and its title on the next line, in capitals or in running
   * case ("Proposals for the work of the Conference"); a sentence there is the body's.
   */
  static String afterMemberStates(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (CoverCells.neverTitleOrSource(lines.get(i))
          || !Sources.isOnlyMemberStates(lines.get(i))) {
        continue;
      }
      int last = i;
      while (last + 1 < lines.size() && Sources.isOnlyMemberStates(lines.get(last + 1))) {
        last++;
      }
      String title = afterSource(lines, last);
      return title == null || title.strip().endsWith(".") ? null : title;
    }
    return null;
  }

  /** ITU puts the title right after the line naming the source. */
  static String afterSource(List<String> lines, int sourceLine) {
    for (int i = sourceLine + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (CoverBlock.ORIGINAL.matcher(line).matches()
          || ChineseCover.ORIGINAL.matcher(line).matches()
          || CoverBlock.AGENDA.matcher(line).matches()
          || DocumentNumber.FINDER.matcher(line).lookingAt()
          || Dates.isOnlyDate(line)
          || CoverCells.neverTitleOrSource(line)
          || WRAPPED_SOURCE.matcher(line).matches()) {
        continue;
      }
      return wrappedTitle(lines, i);
    }
    return null;
  }
}
