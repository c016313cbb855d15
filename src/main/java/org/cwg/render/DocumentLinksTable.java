package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import org.cwg.cite.DocumentLinks;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentSummary;

/**
 * {@code cwg refs DOC --format csv}: one row per reference, outgoing ("refers-to") then incoming
 * ("referred-by"), each with the document at the other end.
 */
public record DocumentLinksTable(DocumentLinks links) implements Tabular {

  @Override
  public List<String> header() {
    return List.of(
        "direction", "id", "text", "start", "resolved", "other_id", "other_number", "other_path");
  }

  @Override
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (DocumentReference r : links.references()) {
      DocumentSummary target = links.targetOf(r).orElse(null);
      rows.add(row("refers-to", r, target));
    }
    for (DocumentLinks.Referrer referrer : links.referencedBy()) {
      for (DocumentReference r : referrer.references()) {
        rows.add(row("referred-by", r, referrer.document()));
      }
    }
    return rows;
  }

  private static List<String> row(String direction, DocumentReference r, DocumentSummary other) {
    return List.of(
        direction,
        r.id(),
        r.text(),
        Integer.toString(r.start()),
        Boolean.toString(r.resolved()),
        other == null ? "" : other.id(),
        other == null || other.number() == null ? "" : other.number(),
        other == null ? "" : other.path());
  }
}
