package org.cwg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * Finds references to other documents: full numbers in any of their written forms, and the
 * short "Contribution 5" of meeting reports, which means document 5 of the meeting at hand.
 * Thread-safe.
 */
final class ReferenceFinder {

  private static final Pattern SHORT_FORM = Pattern.compile(
      "(?<![\\w/-])(?i:Contribution|Document)[\\s\\u00a0]+(?<number>\\d{1,3})(?![\\w/]|\\.\\d)");

  /**
   * @param ownNumber the document's own number, never a reference of its own; or null
   */
  List<DocumentReference> find(String text, String ownNumber) {
    String own = ownNumber == null ? null : DocumentNumber.canonical(ownNumber).orElse(ownNumber);
    List<DocumentReference> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      String id = DocumentNumber.canonical(m);
      if (!id.equals(own)) {
        found.add(new DocumentReference(id, m.group(), m.start(), m.end(), false, null));
      }
    }
    String series = seriesOf(own, found);
    if (series != null) {
      List<DocumentReference> shortForms = new ArrayList<>();
      Matcher s = SHORT_FORM.matcher(text);
      while (s.find()) {
        String id = series + Integer.parseInt(s.group("number"));
        if (!id.equals(own)) {
          shortForms.add(new DocumentReference(id, s.group(), s.start(), s.end(), false, null));
        }
      }
      found.addAll(shortForms);
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    return found;
  }

  /**
   * The meeting's document series, such as {@code CWG-Internet-20/}: the document's own, else
   * the one its references name most (a report refers to its meeting's documents throughout).
   */
  private static String seriesOf(String own, List<DocumentReference> references) {
    if (own != null) {
      return seriesOf(own);
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (DocumentReference reference : references) {
      String series = seriesOf(reference.id());
      int count = counts.merge(series, 1, Integer::sum);
      if (best == null || count > counts.get(best)) {
        best = series;
      }
    }
    return best;
  }

  private static String seriesOf(String canonical) {
    String base = DocumentNumber.base(canonical);
    return base.substring(0, base.lastIndexOf('/') + 1);
  }
}
