package org.cwg.outcome;

import java.util.List;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;

/**
 * A document as outcome and meeting results name it. The JSON field names are a scripting
 * interface: add, never rename.
 */
public record DocumentSummary(
    String id,
    String path,
    String number,
    Integer meeting,
    String date,
    String type,
    List<String> sources,
    String title,
    String language) {

  public DocumentSummary {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  public static DocumentSummary of(DocumentRecord record) {
    Metadata m = record.metadata();
    return new DocumentSummary(
        record.id(),
        record.file().path(),
        m.number(),
        m.meeting(),
        m.date(),
        m.type(),
        m.sources(),
        m.title(),
        m.language());
  }
}
