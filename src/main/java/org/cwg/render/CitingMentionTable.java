package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import org.cwg.cite.CitingDocuments;

/** {@code cwg cites RESOLUTION --format csv}: one row per mention. */
public record CitingMentionTable(CitingDocuments citing) implements Tabular {

  @Override
  public List<String> header() {
    return List.of(
        "id",
        "number",
        "meeting",
        "section",
        "qualifier",
        "inferred",
        "text",
        "start",
        "context",
        "path");
  }

  @Override
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (CitingDocuments.Document d : citing.documents()) {
      for (CitingDocuments.Mention m : d.mentions()) {
        rows.add(
            List.of(
                d.document().id(),
                orEmpty(d.document().number()),
                d.document().meeting() == null ? "" : d.document().meeting().toString(),
                m.section() == null ? "" : m.section().id(),
                orEmpty(m.qualifier()),
                Boolean.toString(m.inferred()),
                m.text(),
                Integer.toString(m.start()),
                m.context(),
                d.document().path()));
      }
    }
    return rows;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
