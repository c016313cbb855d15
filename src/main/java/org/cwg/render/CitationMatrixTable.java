package org.cwg.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.cite.CitationMatrix;

/** {@code cwg cites --matrix}: one row per document, one column per resolution. */
public record CitationMatrixTable(CitationMatrix matrix) implements Tabular {

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>(List.of("document", "meeting"));
    header.addAll(matrix.resolutions());
    return header;
  }

  @Override
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (CitationMatrix.Row row : matrix.documents()) {
      List<String> cells = new ArrayList<>();
      cells.add(
          row.document().number() != null
              ? row.document().number()
              : String.valueOf(Path.of(row.document().path()).getFileName()));
      cells.add(row.document().meeting() == null ? "" : row.document().meeting().toString());
      for (String key : matrix.resolutions()) {
        Integer count = row.mentions().get(key);
        cells.add(count == null ? "" : count.toString());
      }
      rows.add(cells);
    }
    return rows;
  }
}
