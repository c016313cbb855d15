package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What "held", "will be held" or "to be held" dates. A meeting held is the one the text reports on,
 * when the clause calls it a meeting ("The meeting was held ...", "the ninth meeting of the Working
 * Group, held ..."); an event called otherwise (an assembly, a conference, a forum, a session of
 * another body, "RA-07 was held ...", "The second session of the Conference Preparatory Meeting was
 * held ...") is not the document's meeting. One that will be held is a coming event (the group's
 * next meeting, an assembly or conference the text prepares for), and is the document's own only
 * when the sentence says so plainly: an agenda's or a convening note's "The meeting will be held in
 * Geneva from ...", or "The fifth meeting will be held ..." when the fifth is the document's
 * meeting.
 */
final class ComingMeeting {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "will be", "is to be", "to be", "would be", "shall also be" just before "held". */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:will|would|shall|to)(?:\\s+\\p{L}+ly|\\s+also|\\s+now)?\\s+be\\s*$", FLAGS);

  /** The sentence's subject, when it is the meeting itself: "The meeting", "This third meeting". */
  private static final Pattern OWN =
      Pattern.compile(
          "^\\s*(?:the|this)\\s+(?:(" + Ordinals.PATTERN + ")\\s+)?meeting\\s*$", FLAGS);

  /** A word that calls the event a meeting: "the meeting", "its meetings", "an e-meeting". */
  private static final Pattern MEETING =
      Pattern.compile("\\b(?:meetings?|réunions?|reuni(?:ón|ones))\\b", FLAGS);

  /**
   * "The second session of the Conference Preparatory Meeting": a session of a body whose name ends
   * in "Meeting" is that body's, not a meeting the document is for.
   */
  private static final Pattern SESSION_OF =
      Pattern.compile("\\b(?:sessions?|sesi(?:ón|ones))\\s+(?:of|de)\\b", FLAGS);

  private ComingMeeting() {}

  /** Whether the "held" at {@code heldAt} in {@code text} dates the document's own meeting. */
  static boolean isOwn(String text, int heldAt, MetadataDraft draft) {
    int start = heldAt;
    while (start > 0 && ".;:\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String before = text.substring(start, heldAt);
    Matcher future = FUTURE.matcher(before);
    if (!future.find()) {
      // The document's meeting is always called a meeting; an event named otherwise is another.
      Matcher meeting = MEETING.matcher(before);
      if (!meeting.find()) {
        return false;
      }
      return !SESSION_OF.matcher(before.substring(0, meeting.start())).find();
    }
    Matcher own = OWN.matcher(before.substring(0, future.start()));
    if (!own.matches()) {
      return false;
    }
    Object meeting = draft.get(MetadataDraft.MEETING);
    return own.group(1) == null
        || meeting != null
            && String.valueOf(Ordinals.valueOf(own.group(1))).equals(meeting.toString());
  }
}
