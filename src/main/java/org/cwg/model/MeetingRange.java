package org.cwg.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meetings a filter keeps, both ends included.
 *
 * @param from first meeting
 * @param to last meeting
 */
public record MeetingRange(int from, int to) {

  private static final Pattern WRITTEN =
      Pattern.compile("(\\d{1,4})(?:\\s*(?:-|\\.\\.)\\s*(\\d{1,4}))?");

  public MeetingRange {
    if (from > to) {
      throw new IllegalArgumentException(
          "--meeting " + from + "-" + to + ": the range must go upwards");
    }
  }

  /** Parses "20", "18-22" or "18..22". */
  public static MeetingRange parse(String written) {
    Matcher m = WRITTEN.matcher(written.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--meeting '"
              + written
              + "': expected a meeting number such as 20 or a range such as 18-22");
    }
    int from = Integer.parseInt(m.group(1));
    return new MeetingRange(from, m.group(2) == null ? from : Integer.parseInt(m.group(2)));
  }

  public boolean contains(Integer meeting) {
    return meeting != null && from <= meeting && meeting <= to;
  }
}
