package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.cwg.cite.ResolutionFinder.Mention;

/**
 * The bare numbers of a table column headed "Resolution": a report lists the resolutions it deals
 * with by number alone there ("Resolution | Subject | Status" over "9 | Spectrum management |
 * Ongoing"), each row citing its resolution as the text's "Resolution 9" does. Their body is
 * inferred as a bare number's in the text is. Thread-safe.
 */
final class ResolutionColumns {

  private ResolutionColumns() {}

  /**
   * @param found the citations read so far, whose bodies a number cited before takes again
   * @param contextBody whose resolutions a bare number means in this document, or null
   */
  static List<Mention> find(
      String text, List<Mention> found, BodyInference bodies, String contextBody) {
    List<Mention> cells = new ArrayList<>();
    for (Matcher cell : NumberColumns.RESOLUTIONS.cells(text)) {
      Matcher one = NumberColumns.ONE.matcher(text).region(cell.start(), cell.end());
      while (one.find()) {
        // A resolution is numbered alone: an amended or study-group number is a document's.
        if (one.group("printed") != null || one.group("amendment") != null) {
          continue;
        }
        String number = String.valueOf(Integer.parseInt(one.group("number")));
        String body = bodies.of(text, number, one.start(), one.end(), null, contextBody, found);
        cells.add(new Mention(body, number, null, null, one.start(), one.end(), true));
      }
    }
    return cells;
  }
}
