package org.cwg.cite;

import static org.cwg.cite.ResolutionBodies.WS;
import static org.cwg.cite.ResolutionBodies.words;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolution cited as one "of that Conference": the phrase points back, so the resolution is the
 * body's the text named last, in the same sentence or the one before ("The World Telecommunication
 * Development Conference (Buenos Aires, 1994) adopted an Action Plan. Resolution 2 of that
 * Conference ..." is WTDC's).
 */
final class ConferenceNamedBefore {

  /**
   * "Of that/this Conference" after the number, in English, French, Spanish, Russian and Arabic:
   * "of the said Assembly", "de cette Conférence", "de dicha Conferencia", "этой конференции",
   * "لذلك المؤتمر", "الصادر عن هذا المؤتمر".
   */
  private static final Pattern POINTER =
      Pattern.compile(
          "\\G"
              + WS
              + "*(?:"
              + String.join(
                  "|",
                  words(
                      "(?iu:(?:of|adopted by) (?:that|(?<this>this)|the said|the same)"
                          + " (?:Conference|Assembly))"),
                  words(
                      "(?iu:(?:de|adopt[ée]e?s? par) (?:(?<cette>cette)|ladite|la m[êe]me)"
                          + " (?:Conf[ée]rence|Assembl[ée]e))"),
                  words(
                      "(?iu:(?:de|adoptadas? por|aprobadas? por)"
                          + " (?:dicha|esa|(?<esta>esta)|aquella|la citada|la misma)"
                          + " (?:Conferencia|Asamblea))"),
                  words(
                      "(?iu:(?:(?<etoi>этой|данной)|той|указанной|упомянутой)"
                          + " (?:конференции|ассамблеи))"),
                  words(
                      "(?:الصادرة? عن )?ل?(?:ذلك|(?<hatha>هذا)) المؤتمر"
                          + "|(?:الصادرة? عن )?ل?(?:تلك|(?<hathihi>هذه)) الجمعية"))
              + ")(?![\\p{L}\\p{N}_-])");

  /** Only a conference or an assembly is pointed to so: the Council and the UN bodies are not. */
  private static final List<String> CONFERENCES =
      List.of(
          ResolutionBodies.PP,
          ResolutionBodies.WTSA,
          ResolutionBodies.WTDC,
          ResolutionBodies.WRC,
          ResolutionBodies.RA);

  private ConferenceNamedBefore() {}

  /** The words for "this", which in a conference's own text name that conference itself. */
  private static final List<String> THIS =
      List.of("this", "cette", "esta", "etoi", "hatha", "hathihi");

  /**
   * The conference a pointer written at {@code at} points back to, or null when none is written
   * there, the text names no conference or assembly in that sentence or the one before, or the
   * pointer says "this" in a text whose own body is known: there it is that body ("Resolution 15 of
   * this Conference" in a WTDC's proposals is the WTDC's own).
   *
   * @param citation where the citation starts: the conference must be named before it
   */
  static String at(String text, int citation, int at, String ownBody) {
    Matcher pointer = POINTER.matcher(text);
    if (at < 0 || at > text.length() || !MatchAt.offset(pointer, text, at)) {
      return null;
    }
    if (ownBody != null && THIS.stream().anyMatch(word -> pointer.group(word) != null)) {
      return null;
    }
    int from = Sentences.aroundWrapped(text, citation)[0];
    int before = from - 1;
    while (before > 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before > 0) {
      from = Sentences.aroundWrapped(text, before)[0];
    }
    String window = text.substring(from, citation);
    int[] named = BodyNames.lastNamed(window, CONFERENCES);
    int after = named == null ? 0 : named[0] + 1;
    String english = ResolutionBodies.namedNear(window.substring(after), window.length() - after);
    String body =
        english != null && CONFERENCES.contains(english)
            ? english
            : named != null ? ResolutionBodies.ALL.get(named[1]) : null;
    return body;
  }
}
