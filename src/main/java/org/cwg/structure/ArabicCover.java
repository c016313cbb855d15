package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting line of an ITU cover in Arabic, as the secretariat's Arabic texts write it: the noun
 * first and its ordinal after it, then the group, place and dates, "الاجتماع الرابع للجنة الدراسات
 * 2: جنيف، 14-18 سبتمبر 2009" (the fourth meeting of Study Group 2: Geneva, ...), with the Arabic
 * comma.
 */
final class ArabicCover {

  /** "الاجتماع" (the meeting), its ordinal, what meeting it is, then place and dates. */
  private static final Pattern MEETING =
      Pattern.compile(
          "(?:ال)?اجتماع\\s+(?<n>"
              + Ordinals.ARABIC
              + ")(?![\\p{L}])(?:\\s+[^:：،,]{1,80}?)?\\s*(?:[:：–—-]\\s*)?"
              + "(?:(?<place>\\p{IsArabic}[\\p{IsArabic} ]{0,40}?)\\s*[،,]\\s*)?(?<date>.*)");

  private ArabicCover() {}

  /** A meeting line read, its number, place and first day; null when the line is not one. */
  static MeetingLine meeting(String line) {
    Matcher m = MEETING.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String date = m.group("date").isBlank() ? null : Dates.find(m.group("date"));
    return new MeetingLine(
        Ordinals.valueOf(m.group("n")), date == null ? null : m.group("place"), date);
  }
}
