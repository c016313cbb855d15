package org.cwg.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ITU-T's published Supplements to a series of Recommendations, canonical as {@code ITU-T L
 * Suppl.52} however they are written: "ITU-T L Suppl. 52", "ITU-T Y.Sup55", "Supplement 52 to ITU-T
 * L-series Recommendations", on a cover "Series L" above "Supplement 52", in a file name
 * "T-REC-L.Sup52-202105". A Supplement without its series ("its Supplement 2") names nothing.
 */
public final class SupplementNumbers {

  private static final String ITU_T = "(?:ITU|UIT)[-\\u2010\\u2011]?T";
  private static final String SUPPLEMENT = "(?i:supplement|suppl\\.?|sup\\.?)";

  /** "ITU-T L Suppl. 52", "ITU-T Y.Sup55", "Series L Supplement 52". */
  private static final String SERIES_FIRST =
      "(?:"
          + ITU_T
          + "|(?i:series))[\\s\\u00a0]+(?<series>[A-Z]{1,2})(?:[\\s\\u00a0]+|\\.)"
          + SUPPLEMENT
          + "[\\s\\u00a0]*(?<num>\\d{1,3})(?!\\w|\\.\\d)";

  /** "Supplement 52 to (the) ITU-T L-series Recommendations". */
  private static final String SERIES_AFTER =
      "(?i:supplement)[\\s\\u00a0]+(?<num2>\\d{1,3})[\\s\\u00a0]+(?i:to)[\\s\\u00a0]+"
          + "(?:(?i:the)[\\s\\u00a0]+)?"
          + ITU_T
          + "[\\s\\u00a0]+(?<series2>[A-Z]{1,2})[-\\u2010\\u2011\\s\\u00a0](?i:series)"
          + "(?:[\\s\\u00a0]+(?i:recommendations))?";

  /** A Supplement named in running text, series included. */
  public static final Pattern FINDER =
      Pattern.compile("(?<![\\w.-])(?:" + SERIES_FIRST + "|" + SERIES_AFTER + ")");

  /** ITU's file name of a published Supplement: "T-REC-L.Sup52-202105". */
  private static final Pattern FILE_ID =
      Pattern.compile("(?<series>[A-Z]{1,2})\\.Sup(?<num>\\d{1,3})");

  private SupplementNumbers() {}

  /** The canonical number of a Supplement written whole ("ITU-T L Suppl. 52"), if it is one. */
  public static Optional<String> canonical(String written) {
    Matcher m = FINDER.matcher(written.strip());
    return m.matches() ? Optional.of(canonical(m)) : Optional.empty();
  }

  /** The canonical number of a match of {@link #FINDER}. */
  public static String canonical(Matcher finder) {
    return finder.group("series") != null
        ? of(finder.group("series"), finder.group("num"))
        : of(finder.group("series2"), finder.group("num2"));
  }

  /** The canonical number of a file name's id ("L.Sup52"), if it names a Supplement. */
  public static Optional<String> ofFileId(String id) {
    Matcher m = FILE_ID.matcher(id);
    return m.matches() ? Optional.of(of(m.group("series"), m.group("num"))) : Optional.empty();
  }

  /** Whether a canonical number is a Supplement's. */
  public static boolean isSupplement(String canonical) {
    return canonical != null && canonical.matches("ITU-T [A-Z]{1,2} Suppl\\.\\d+");
  }

  private static String of(String series, String number) {
    return "ITU-T " + series + " Suppl." + Integer.parseInt(number);
  }
}
