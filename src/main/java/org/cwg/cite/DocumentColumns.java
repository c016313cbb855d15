package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.cwg.model.DocumentReference;

/**
 * The bare numbers of a table column headed "Document", read by {@link NumberColumns}: the
 * documents of the meeting's or conference's series, or of the ITU-R study group a cell prints
 * ("6/162"). Thread-safe.
 */
final class DocumentColumns {

  private DocumentColumns() {}

  /**
   * The references of the tables' document columns.
   *
   * @param series the document's series, such as {@code WTDC-06/}; or null when only cells that
   *     print their study group ("6/162") name documents
   * @param own the document's own canonical number, never a reference of its own; or null
   */
  static List<DocumentReference> find(String text, String series, String own) {
    List<DocumentReference> found = new ArrayList<>();
    for (Matcher cell : NumberColumns.DOCUMENTS.cells(text)) {
      Matcher one = NumberColumns.ONE.matcher(text).region(cell.start(), cell.end());
      while (one.find()) {
        String amendment = one.group("amendment");
        String printed = one.group("printed");
        // A printed study group belongs to ITU-R's series, never to a conference's or a
        // meeting's.
        if (printed == null ? series == null : series != null) {
          continue;
        }
        ReferenceFinder.addShortForm(
            found,
            (printed == null ? series : printed)
                + Integer.parseInt(one.group("number"))
                + (amendment == null ? "" : amendment.replaceAll("[ \\u00a0]", "")),
            own,
            one.group(),
            one.start(),
            one.end());
      }
    }
    return found;
  }
}
