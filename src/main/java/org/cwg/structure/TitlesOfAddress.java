package org.cwg.structure;

import java.util.regex.Pattern;

/**
 * What a contact's name is addressed with, never part of the name: a courtesy title ("Mr", "Mme",
 * "Sra", "Г-н", the Spanish "D." and "Dña." for don and doña) or an academic or professional one,
 * as English, French, Spanish and Russian covers write them ("Dr", "Prof", "Eng." and "Engr." for
 * an engineer as Spanish writes "Ing.", "Lic.", "Mtra.", "д-р").
 */
final class TitlesOfAddress {

  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Eng|Engr|Pr|M|Mme|Mlle|Sr|Sra|Srta|Dra|Ing|Lic|Lcdo|Lcda"
              + "|Mtro|Mtra|Dña|Г-н|Г-жа|г-н|г-жа|[Дд]-р|[Пп]роф)\\.?\\s+"
              // "D." is don only before a whole name (given name and surname), never an initial.
              + "|^D\\.\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})",
          Pattern.UNICODE_CASE);

  private TitlesOfAddress() {}

  /** The name without the title it was addressed with: "Eng. Jane Doe" is "Jane Doe". */
  static String strip(String name) {
    return TITLE.matcher(name).replaceFirst("");
  }
}
