package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;

/**
 * One document as {@code cwg export} writes it: the flat fields that {@code list}, {@code show} and
 * {@code search} write, then the record as it always was, its {@code file} and {@code metadata}
 * still nested, so that nothing that reads an export breaks.
 *
 * @param summary the document's summary, written flat
 * @param record the full record (its {@code id} is already in the summary)
 */
public record ExportedDocument(
    @JsonUnwrapped DocumentSummary summary,
    @JsonUnwrapped @JsonIgnoreProperties("id") DocumentRecord record) {

  public static ExportedDocument of(DocumentRecord record) {
    return new ExportedDocument(DocumentSummary.of(record), record);
  }
}
