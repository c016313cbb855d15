package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conference named with its meeting before a resolution cited by its number alone, in the same
 * sentence: "World Telecommunication Standardization Conference (Geneva, 1996): follow-up of
 * Resolutions 1 and 2" cites that meeting's resolutions, whichever body the document gave those
 * numbers before. The meeting must be one the catalogue knows as that body's, so that the brackets
 * say which conference it was, not merely when something happened. Thread-safe.
 */
final class MeetingNamedBefore {

  /** A meeting in brackets: "(Geneva, 1996)", "(Kyoto, 1994)", "(Ginebra, 1996)". */
  private static final Pattern MEETING = Pattern.compile("\\((?<meeting>[^()\\n]{1,40}\\d{4})\\)");

  /** A body's name in English that ends where the meeting's brackets open. */
  private static final Pattern ENGLISH_NAME_AT_END =
      Pattern.compile("(?:" + ResolutionBodies.PREFIX + ")" + WS + "*$");

  private MeetingNamedBefore() {}

  /**
   * The body of the last conference named with its meeting before {@code offset} in its sentence,
   * when the catalogue holds that meeting as the same body's; else null.
   */
  static String at(String text, int offset, ResolutionCatalogue catalogue) {
    int[] sentence = Sentences.aroundWrapped(text, offset);
    String before = text.substring(sentence[0], Math.min(offset, sentence[1]));
    Matcher meeting = MEETING.matcher(before);
    String body = null;
    while (meeting.find()) {
      Optional<String> held = catalogue.bodyOfConference(meeting.group("meeting"));
      String named = nameEnding(before.substring(0, meeting.start()));
      body = held.isPresent() && held.get().equals(named) ? named : null;
    }
    return body;
  }

  /** The body whose name, in any language cwg reads, ends {@code text}; or null. */
  private static String nameEnding(String text) {
    Matcher english = ENGLISH_NAME_AT_END.matcher(text);
    if (english.find()) {
      return ResolutionBodies.bodyOf(english);
    }
    return BodyNames.endingAt(text);
  }
}
