package org.cwg.model;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The number forms of ITU-R's joint working parties, each shared by two study groups and named by
 * them, counting up, and a letter: "Document 4-9S/215" of WP 4-9S (Study Groups 4 and 9), file
 * R00-WP4-9S-C-0215. Without the letter the same two numbers are a task group's or a Question's.
 */
final class JointWorkingParties {

  /**
   * Two study groups counting up, the second up to 11, then the party's letter: "4-9S", "10-11S".
   */
  private static final String PARTY =
      "(?:1-(?:[2-9]|1[01])|2-(?:[3-9]|1[01])|3-(?:[4-9]|1[01])|4-(?:[5-9]|1[01])"
          + "|5-(?:[6-9]|1[01])|6-(?:[7-9]|1[01])|7-(?:[89]|1[01])|8-(?:9|1[01])|9-1[01]|10-11)"
          + "[A-Z]";

  /** "Document 4-9S/215", "WP 4-9S/215", and the series it keeps apart, "4-9S/TEMP/12". */
  static final NumberForms.Form DOCUMENT =
      new NumberForms.Form(
          DocumentNumber.ITU_R,
          "(?:WP\\s?)?(?<g>" + PARTY + ")/" + NumberForms.R_SERIES + "(?<n>\\d{1,4})",
          m ->
              upper(m)
                  + "/"
                  + NumberForms.series(m).toUpperCase(Locale.ROOT)
                  + Integer.parseInt(m.group("n")),
          m -> "WP" + upper(m),
          m -> null);

  /** The file name: R00-WP4-9S-C-0215. */
  static final NumberForms.Form FILE =
      new NumberForms.Form(
          DocumentNumber.ITU_R,
          "R\\d{2}-WP(?<g>" + PARTY + ")-C-(?<n>\\d{1,4})",
          m -> upper(m) + "/" + Integer.parseInt(m.group("n")),
          m -> "WP" + upper(m),
          m -> null);

  private JointWorkingParties() {}

  private static String upper(Matcher m) {
    return m.group("g").toUpperCase(Locale.ROOT);
  }
}
