package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an ITU cover in Chinese, as the secretariat's Chinese texts write them: a meeting
 * line "第十一次会议 – 日内瓦，2018年2月1日" (the eleventh meeting, place, date), and a source line
 * "中华人民共和国提交的文稿" (contribution submitted by ...), whose title follows on the next line.
 */
final class ChineseCover {

  /**
   * "第二十次会议 – 日内瓦，2024年10月4日": ordinal, "meeting", then place and date, after a dash or, as ITU-D
   * writes it, a colon ("第一次会议：日内瓦，...").
   */
  private static final Pattern MEETING =
      Pattern.compile(
          "第(?<n>[零〇一二三四五六七八九十百\\d]+)次会议\\s*[–—:：-]?\\s*"
              + "(?:(?<place>[^，,\\d]+?)\\s*[，,]\\s*)?(?<date>\\d{4}\\s*年.*)?");

  /** "X提交的文稿", "X的文稿", "X提交的文件": a contribution and who submits it. */
  private static final Pattern CONTRIBUTION =
      Pattern.compile("(?:由)?(?<source>\\S.*?)(?:提交|提出)?的(?:文稿|来文|提案)");

  /** "原文：中文": the original language, never a title. */
  static final Pattern ORIGINAL = Pattern.compile("原文\\s*[：:].*");

  private ChineseCover() {}

  static MeetingLine meeting(String line) {
    Matcher m = MEETING.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String date = m.group("date") == null ? null : Dates.find(m.group("date"));
    return new MeetingLine(numeral(m.group("n")), m.group("place"), date);
  }

  /** Who submits the contribution a source line names, or null when the line is not one. */
  static String contributionSource(String line) {
    Matcher m = CONTRIBUTION.matcher(line.strip());
    return m.matches() ? m.group("source") : null;
  }

  /** A number in Chinese numerals up to 999 ("十一" 11, "二十三" 23, "一百零五" 105), or digits. */
  static Integer numeral(String written) {
    if (written.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(written);
    }
    String digits = "零一二三四五六七八九";
    int total = 0;
    int pending = 0;
    for (char c : written.toCharArray()) {
      int digit = c == '〇' ? 0 : digits.indexOf(c);
      if (digit >= 0) {
        pending = digit;
      } else if (c == '十') {
        total += (pending == 0 ? 1 : pending) * 10;
        pending = 0;
      } else if (c == '百') {
        total += (pending == 0 ? 1 : pending) * 100;
        pending = 0;
      } else {
        return null;
      }
    }
    return total + pending;
  }
}
