package org.cwg.model;

/**
 * A resolution as every JSON output names it: {@code {body, number, qualifier}}, the fields a
 * {@link ResolutionMention} starts with. Outputs that count every revision together leave the
 * qualifier null.
 *
 * @param body PP, Council, WTSA, WTDC, WRC, RA, UNGA, ECOSOC or UNSC; null when unknown
 * @param number the resolution's number as a string ("1305", "70/125")
 * @param qualifier revision or adoption ("Rev. Bucharest, 2022"), or null
 */
public record ResolutionRef(String body, String number, String qualifier) {

  /**
   * The resolution a key such as {@code Council 1305} names, every revision together; null for
   * null.
   */
  public static ResolutionRef ofKey(String key) {
    if (key == null) {
      return null;
    }
    int space = key.lastIndexOf(' ');
    if (space < 0) {
      return new ResolutionRef(null, key, null);
    }
    String body = key.substring(0, space);
    return new ResolutionRef("null".equals(body) ? null : body, key.substring(space + 1), null);
  }
}
