package org.cwg.structure;

import java.util.regex.Pattern;

/**
 * Where a contact sits, as its block writes it under the organization: a city, a country or both,
 * an address and no part of whom the person works for.
 */
final class ContactPlaces {

  private ContactPlaces() {}

  /**
   * Where the person works, under the organization: a city with its country ("Cambridge, United
   * Kingdom", or the short name ITU's list writes before a long form: "Pusan, Korea"), or alone
   * right before the Tel or E-mail line ("Bangui"); a word alone before the country line is the end
   * of an organization's name that wrapped ("... and Digital" / "Affairs").
   */
  static boolean isPlace(String cell, String following) {
    String text = cell.strip();
    int comma = text.lastIndexOf(',');
    String place = comma < 0 ? text : text.substring(0, comma).strip();
    return PLACE_NAME.matcher(place).matches()
        && (comma < 0
            ? CoverContacts.isPart(following)
            : CoverContacts.isCountry(text.substring(comma + 1))
                || MemberStates.isShortName(text.substring(comma + 1).strip()));
  }

  /**
   * Whether all a line holds after its first comma is where the organization sits: a city, a
   * country or both ("Nairobi", "Sweden", "Lyon, France"), or nothing yet, the city on the line
   * after.
   */
  static boolean endsOnPlace(String line) {
    String after = line.substring(line.indexOf(',') + 1).strip();
    return after.isEmpty()
        || CoverContacts.isCountry(after)
        || PLACE_NAME.matcher(after).matches()
        || isPlace(after, "");
  }

  /**
   * A place's name: one or two capitalised words, "Bogotá", "Addis Ababa", or one word in a script
   * without capitals ("القاهرة", "北京").
   */
  private static final Pattern PLACE_NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?|\\p{IsArabic}[\\p{IsArabic}\\p{M}]*|\\p{IsHan}{2,6}");
}
