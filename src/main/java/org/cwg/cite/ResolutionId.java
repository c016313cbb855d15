package org.cwg.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.ResolutionMention;

/**
 * A resolution, as the body that adopted it and its number.
 *
 * @param body PP, Council, WTSA, WTDC, WRC, RA, UNGA or ECOSOC
 * @param number its number as a string ("1305", "70/125")
 */
public record ResolutionId(String body, String number) {

  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?<body>.*?)[\\s.-]*(?:(?i:r[eé]solutions?|res)\\.?[\\s-]*)?"
              + "(?:A/RES/)?(?<number>\\d{1,4}(?:/\\d{1,4})?)");

  public static ResolutionId of(ResolutionMention mention) {
    return new ResolutionId(mention.body(), mention.number());
  }

  /**
   * Reads what a user types: "1305", "Council 1305", "PP 102", "PP-102", "Res 102", "Resolution
   * 140", "WTSA-16 75", "A/RES/70/125". A number alone is given its body by the same rule as a
   * number written alone in a document, and reports so through {@link Parsed#bodyGiven()}.
   *
   * @throws IllegalArgumentException when the text names no resolution
   */
  public static Parsed parse(String written) {
    Matcher m = WRITTEN.matcher(written.strip());
    if (m.matches()) {
      String bodyText = m.group("body").strip();
      String number = m.group("number");
      if (bodyText.isEmpty()) {
        String body =
            written.contains("A/RES/") ? ResolutionBodies.UNGA : ResolutionBodies.byNumber(number);
        return new Parsed(new ResolutionId(body, number), false);
      }
      String body = ResolutionBodies.bodyNamed(bodyText);
      if (body != null) {
        return new Parsed(new ResolutionId(body, number), true);
      }
    }
    throw new IllegalArgumentException(
        "'"
            + written
            + "' is not a resolution; write it as "
            + "1305, \"Council 1305\", \"PP 102\" or \"WTSA 75\"");
  }

  /** The key the index and the JSON use, such as {@code Council 1305}. */
  public String key() {
    return body + " " + number;
  }

  /** As a reader says it: "Council Resolution 1305". */
  public String spoken() {
    return body + " Resolution " + number;
  }

  @Override
  public String toString() {
    return key();
  }

  /**
   * A resolution read from the command line.
   *
   * @param id the resolution
   * @param bodyGiven false when only a number was typed and the body was deduced
   */
  public record Parsed(ResolutionId id, boolean bodyGiven) {}
}
