package org.cwg.cite;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentSummary;

/**
 * Documents × resolutions: how many times each document cites each resolution. The JSON field names
 * are a scripting interface: add, never rename.
 *
 * @param resolutions the resolutions, as keys such as {@code Council 1305}, most cited first
 * @param documents one row per citing document, by meeting then number
 * @param columns the same resolutions as objects, in the same order
 */
public record CitationMatrix(List<String> resolutions, List<Row> documents, List<Column> columns) {

  public CitationMatrix {
    resolutions = List.copyOf(resolutions);
    documents = List.copyOf(documents);
    columns = List.copyOf(columns);
  }

  /**
   * @param document the document, its fields written flat in the JSON
   * @param mentions resolution key to mention count, for the resolutions it cites
   */
  public record Row(@JsonUnwrapped DocumentSummary document, Map<String, Integer> mentions) {

    public Row {
      mentions = Collections.unmodifiableMap(new LinkedHashMap<>(mentions));
    }
  }

  /**
   * A resolution of the matrix.
   *
   * @param key the key its cells are written under, such as {@code Council 1305}
   * @param body the body that adopted it
   * @param number its number
   * @param qualifier always null: a cell counts every revision of the resolution
   */
  public record Column(String key, String body, String number, String qualifier) {

    static Column of(ResolutionId id) {
      return new Column(id.key(), id.body(), id.number(), null);
    }
  }
}
