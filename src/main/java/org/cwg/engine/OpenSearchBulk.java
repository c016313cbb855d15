package org.cwg.engine;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;

/**
 * Writes documents in OpenSearch's bulk format (NDJSON): for every unit, an action line naming the
 * index and the unit's id, then the unit itself. Units are flat (the document, each section, the
 * front matter), as in cwg's index; ids are stable, so a re-export overwrites each unit.
 */
public final class OpenSearchBulk {

  /** The index the action lines name unless told otherwise; the index template matches it. */
  public static final String DEFAULT_INDEX = "cwg";

  private OpenSearchBulk() {}

  /** Writes every unit of every record, two lines each, then flushes. */
  public static void write(Iterable<DocumentRecord> records, PrintWriter out, String index) {
    for (DocumentRecord record : records) {
      for (Map<String, Object> unit : SearchUnits.of(record).all()) {
        out.println(Json.compact(action(index, (String) unit.get(EngineFields.ID))));
        out.println(Json.compact(unit));
      }
    }
    out.flush();
  }

  /** {@code {"index":{"_index":…,"_id":…}}}: create the unit, or replace it. */
  static Map<String, Object> action(String index, String id) {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("_index", index);
    target.put("_id", id);
    return Map.of("index", target);
  }
}
