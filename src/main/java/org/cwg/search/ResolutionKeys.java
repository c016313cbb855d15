package org.cwg.search;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what users type after {@code --cites} into the index's key, such as "Council 1305". */
public final class ResolutionKeys {

  private static final Map<String, String> BODIES = Map.of(
      "pp", "PP",
      "council", "Council",
      "wtsa", "WTSA",
      "wtdc", "WTDC",
      "wrc", "WRC",
      "ra", "RA",
      "unga", "UNGA",
      "ecosoc", "ECOSOC");

  private static final Pattern WRITTEN = Pattern.compile(
      "(?:(?<body>PP|Council|WTSA|WTDC|WRC|RA|UNGA|ECOSOC)\\s*)?"
          + "(?:Res(?:olution)?\\.?\\s*)?(?<number>\\d{1,4}(?:/\\d{1,4})?)",
      Pattern.CASE_INSENSITIVE);

  private ResolutionKeys() {}

  /**
   * The key of a resolution written as "1305", "Council 1305", "PP 102", "Res 102" or
   * "Resolution 1305". Without a body, a four-digit number from 1000 is a Council resolution
   * (Council numbers them so) and anything else a Plenipotentiary one.
   */
  public static String normalise(String written) {
    Matcher m = WRITTEN.matcher(written.strip().replaceAll("\\s+", " "));
    if (!m.matches()) {
      throw new IllegalArgumentException("--cites '" + written
          + "': expected a resolution such as 1305, \"Council 1305\", \"PP 102\" or \"Res 102\"");
    }
    String number = m.group("number");
    String body = m.group("body") != null
        ? BODIES.get(m.group("body").toLowerCase(Locale.ROOT))
        : number.matches("1\\d{3}") ? "Council" : "PP";
    return body + " " + number;
  }
}
