package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;

/** The indexed documents as {@code cwg list} shows them: one entry per document. */
public record DocumentList(List<Entry> entries) implements Tabular {

  /**
   * One document. The JSON field names are a scripting interface: add, never rename.
   *
   * @param document the document, its fields written flat in the JSON
   * @param mediaType media type detected from the content
   * @param size file size in bytes
   * @param words words of text
   */
  public record Entry(
      @JsonUnwrapped DocumentSummary document, String mediaType, long size, int words) {}

  public static DocumentList of(List<DocumentRecord> records) {
    return new DocumentList(records.stream().map(DocumentList::entryOf).toList());
  }

  private static Entry entryOf(DocumentRecord record) {
    return new Entry(
        DocumentSummary.of(record),
        record.file().mediaType(),
        record.file().size(),
        record.words());
  }

  /** JSON is the bare array of entries. */
  @JsonValue
  public List<Entry> entries() {
    return entries;
  }

  @Override
  public List<String> header() {
    return List.of("id", "number", "meeting", "date", "type", "sources", "title", "path");
  }

  /** On a narrow terminal the number, date, title and path matter most. */
  @Override
  public List<String> optionalColumns() {
    return List.of("sources", "type", "meeting");
  }

  @Override
  public List<List<String>> rows() {
    return entries.stream()
        .map(
            entry -> {
              DocumentSummary doc = entry.document();
              return List.of(
                  doc.id(),
                  orEmpty(doc.number()),
                  doc.meeting() == null ? "" : doc.meeting().toString(),
                  orEmpty(doc.date()),
                  orEmpty(doc.type()),
                  String.join("; ", doc.sources()),
                  orEmpty(doc.title()),
                  doc.path());
            })
        .toList();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
