package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cover's line is cut into cells: at tabs and at the wide gaps PDF text leaves between
 * columns, and where a narrow column set a number, a date, "Original:" or an amendment's lead after
 * a single space.
 */
final class CoverRowCells {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The label of a cover's original language, "Original:" or "Оригинал:". */
  static final String ORIGINAL_LABEL = "(?:original|оригинал)\\s*:";

  private CoverRowCells() {}

  /** Tabs, and the wide gaps PDF text leaves between columns. */
  private static final Pattern CELL_GAP = Pattern.compile("\\t+|\\s{3,}");

  /**
   * A number cell at a line's end, after a single space ("PLENARY MEETING Document 64-E"), its
   * revision possibly spaced off ("Document CWG-COP-17/1 (Rev.1)-E"). Russian's "Дополнительный
   * документ 1" (Addendum 1) is an amendment's lead, not a number.
   */
  private static final Pattern TRAILING_NUMBER =
      Pattern.compile(
          "(.*?\\S)(?<!дополнительный)\\s+("
              + Amendments.DOCUMENT_WORD
              + "\\s+\\S+(?:\\s\\((?:rev|add|corr)\\.?\\s?\\d{1,2}\\)\\S*)?)",
          FLAGS);

  /**
   * A group's name with a number after it: PDF text sets an ITU-T cover's first row, the study
   * group in the middle cell and the number at the right, on one line ("STUDY GROUP 9 TD 88
   * (WP2/9)", "COMMISSION D'ÉTUDES 12 SG12-TD40/GEN").
   */
  private static final Pattern GROUP_THEN_NUMBER =
      Pattern.compile(
          "((?:study\\s+group|commission\\s+d['’][ée]tudes|comisi[óo]n\\s+de\\s+estudios?"
              + "|исследовательская\\s+комиссия|working\\s+party)\\s+\\d{1,2}[A-Z]?|TSAG)"
              + "\\s+(\\S.*)",
          FLAGS);

  /**
   * A date at a line's end after a number or another date ("229/5 2 February 2026"), or after the
   * sector of a Question whose number the narrow column wrapped ("Question ITU-R 2 February 2026").
   */
  private static final Pattern TRAILING_DATE =
      Pattern.compile(
          "(.*(?:[\\d)]|\\b(?:ITU|UIT|МСЭ)-R))\\s+((?:(?-i:\\p{Lu})[\\p{L} .'’-]{1,40},\\s*)?(?:"
              + Dates.ANY
              + "))\\s*",
          FLAGS);

  /**
   * A date after a masthead's words in capitals, "STUDY GROUPS 6 May 2016": PDF text sets the date
   * cell beside the masthead's row after a single space. A title in capitals writes its month in
   * capitals too, so the date's month here has small letters.
   */
  private static final Pattern DATE_AFTER_MASTHEAD_ROW =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{Lu}'’-]*\\s+){0,4}\\p{Lu}[\\p{Lu}'’-]*)\\s+((?iu:"
              + Dates.ANY
              + "))\\s*",
          Pattern.UNICODE_CASE);

  /**
   * ITU-R's "Subject:" row with the cover's date at its right: a narrow column sets the date after
   * the subject's words by a single space ("Subject: IMT 3 May 2030"). A subject names a Question
   * or an agenda item, never a date of its own.
   */
  private static final Pattern SUBJECT_THEN_DATE =
      Pattern.compile(
          "(" + CoverQuestions.SUBJECT_LABEL + "\\s*\\S.*?)\\s+(" + Dates.ANY + ")\\s*", FLAGS);

  /** The Question(s) or WG(s) label's word, as ITU's templates write it in each language. */
  private static final String GROUPS_WORD =
      "(?:question\\(s\\)|questions?|cuesti[óo]n(?:\\(es\\)|es)?|вопрос(?:\\(ы\\)|ы)?|WG\\(s\\))";

  /**
   * A Question(s) or WG(s) row whose place and dates follow its value after a single space, as PDF
   * text sets a narrow column: "WG(s): Data Kuala Lumpur, 6-8 November 2023". The value is one word
   * or a list of them joined by commas, or words that say there is none, only its first capitalised
   * ("Sans objet", "Not applicable"); the place is what follows it, from its capital.
   */
  private static final Pattern GROUPS_THEN_MEETING =
      Pattern.compile(
          "("
              + GROUPS_WORD
              + "\\s*:\\s*[^\\s,]+(?:\\s+(?-i:\\p{Ll})\\p{L}*)*(?:,\\s*[^\\s,]+)*)\\s+"
              + "((?-i:\\p{Lu})[\\p{L} .'’-]{1,40},\\s*(?:"
              + Dates.ANY
              + "))\\s*",
          FLAGS);

  /**
   * A Question(s) or WG(s) row whose meeting's line follows its value after a single space: "WG(s):
   * WG3 5th FG-XYZ meeting:", the place and dates under it. The meeting starts at a word.
   */
  private static final Pattern GROUPS_LABEL = Pattern.compile(GROUPS_WORD + "\\s*:\\s*\\S", FLAGS);

  /** "Original: English" after a single space at a line's end is a cell of its own. */
  private static final Pattern TRAILING_ORIGINAL =
      Pattern.compile(
          "(.*?\\S)\\s+("
              + ORIGINAL_LABEL
              + "\\s*\\p{L}+|english\\s+only|français\\s+seulement"
              + "|español\\s+(?:solamente|únicamente))\\s*",
          FLAGS);

  /** Longer lines are sentences of the body, whose numbers and dates are not cells. */
  private static final int MAX_ROW_LENGTH = 110;

  /** "Revision 1 to", whose number follows it in the same cell, or a label's colon. */
  private static final Pattern ENDS_IN_TO =
      Pattern.compile("(?iu).*(?:\\b(?:to|au|à|al|del?|к)|:)");

  /** "Revision 1 to" at a line's end: the number it amends is on the next line. */
  private static final Pattern TRAILING_AMENDMENT =
      Pattern.compile("(.*?\\S)\\s+(" + Amendments.LEAD + ")", FLAGS);

  /** The line's cells, in order, none empty. */
  static List<String> of(String line) {
    List<String> cells = new ArrayList<>();
    for (String piece : CELL_GAP.split(line)) {
      for (String part : trailingCells(TextCleaner.strip(piece))) {
        if (!part.isEmpty()) {
          cells.add(part);
        }
      }
    }
    return cells;
  }

  /**
   * PDF text sets a row's cells apart by a single space when a column is narrow: a number or a date
   * that ends a short line after something else is a cell of its own.
   */
  static List<String> trailingCells(String text) {
    if (text.length() > MAX_ROW_LENGTH) {
      return List.of(text);
    }
    Matcher original = TRAILING_ORIGINAL.matcher(text);
    if (original.matches() && !ENDS_IN_TO.matcher(original.group(1)).matches()) {
      List<String> cells = new ArrayList<>(trailingCells(TextCleaner.strip(original.group(1))));
      cells.add(TextCleaner.strip(original.group(2)));
      return cells;
    }
    Matcher number = TRAILING_NUMBER.matcher(text);
    if (number.matches()
        && !ENDS_IN_TO.matcher(number.group(1)).matches()
        && number.group(2).matches(".*\\d.*")) {
      return List.of(TextCleaner.strip(number.group(1)), number.group(2));
    }
    Matcher group = GROUP_THEN_NUMBER.matcher(text);
    if (group.matches() && CoverNumbers.isNumberCell(group.group(2))) {
      return List.of(group.group(1), TextCleaner.strip(group.group(2)));
    }
    Matcher amendment = TRAILING_AMENDMENT.matcher(text);
    if (amendment.matches() && !amendment.group(1).endsWith(":")) {
      return List.of(TextCleaner.strip(amendment.group(1)), amendment.group(2));
    }
    List<String> meetingLine = groupsThenMeetingLine(text);
    if (meetingLine != null) {
      return meetingLine;
    }
    if (Dates.hasFourDigitRun(text)) {
      Matcher meeting = GROUPS_THEN_MEETING.matcher(text);
      if (meeting.matches() && Dates.find(meeting.group(2)) != null) {
        return List.of(TextCleaner.strip(meeting.group(1)), TextCleaner.strip(meeting.group(2)));
      }
      Matcher subject = SUBJECT_THEN_DATE.matcher(text);
      if (subject.matches() && Dates.find(subject.group(2)) != null) {
        return List.of(TextCleaner.strip(subject.group(1)), TextCleaner.strip(subject.group(2)));
      }
      Matcher date = TRAILING_DATE.matcher(text);
      if (date.matches() && Dates.find(date.group(2)) != null) {
        return List.of(TextCleaner.strip(date.group(1)), TextCleaner.strip(date.group(2)));
      }
      Matcher dated = DATE_AFTER_MASTHEAD_ROW.matcher(text);
      if (dated.matches()
          && dated.group(2).chars().anyMatch(Character::isLowerCase)
          && Dates.find(dated.group(2)) != null) {
        return List.of(dated.group(1), TextCleaner.strip(dated.group(2)));
      }
    }
    return List.of(text);
  }

  /** A Question(s) or WG(s) row split before the meeting line that ends it, or null. */
  private static List<String> groupsThenMeetingLine(String text) {
    Matcher label = GROUPS_LABEL.matcher(text);
    if (!label.lookingAt()) {
      return null;
    }
    for (int at = text.indexOf(' ', label.end()); at > 0; at = text.indexOf(' ', at + 1)) {
      String rest = TextCleaner.strip(text.substring(at));
      if (CoverBlock.isMeetingCell(rest)) {
        return List.of(TextCleaner.strip(text.substring(0, at)), rest);
      }
    }
    return null;
  }
}
