package org.cwg.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meetings a command looks at: one ("20") or an inclusive range ("18-22").
 *
 * @param from first meeting
 * @param to last meeting
 */
public record MeetingRange(int from, int to) {

  private static final Pattern WRITTEN = Pattern.compile("(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?");

  /** @throws IllegalArgumentException when the text is neither a meeting nor a range */
  public static MeetingRange parse(String written) {
    Matcher m = WRITTEN.matcher(written.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--meeting takes a meeting number or a range such as 18-22, not '" + written + "'");
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    if (to < from) {
      throw new IllegalArgumentException("--meeting range " + written + " ends before it starts");
    }
    return new MeetingRange(from, to);
  }

  /** Whether a document of this meeting (null when unknown) is in the range. */
  public boolean contains(Integer meeting) {
    return meeting != null && from <= meeting && meeting <= to;
  }
}
