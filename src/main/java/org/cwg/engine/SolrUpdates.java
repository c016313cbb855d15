package org.cwg.engine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;

/**
 * Writes documents in Solr's JSON update format, {@code batch} documents to a line: each line is a
 * JSON array of documents, a whole {@code /update} request on its own, and a file of such lines is
 * one too (Solr reads array after array), so the output can be posted in one go or line by line.
 *
 * <p>Each document is a block: the document, its sections as the child documents under {@code
 * sections} and its front matter as the child under {@code front}. Solr replaces a block whole when
 * a document with the same id is added again, so a re-export overwrites a document, its sections
 * included, and leaves no section behind that it no longer has.
 */
public final class SolrUpdates {

  /** Documents per line unless told otherwise: a request of a few megabytes at most. */
  public static final int DEFAULT_BATCH = 100;

  private final PrintWriter out;
  private final int batch;
  private final List<Map<String, Object>> pending = new ArrayList<>();

  public SolrUpdates(PrintWriter out, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1");
    }
    this.out = out;
    this.batch = batch;
  }

  /** Writes all {@code records}, then flushes. */
  public static void write(Iterable<DocumentRecord> records, PrintWriter out, int batch) {
    SolrUpdates updates = new SolrUpdates(out, batch);
    records.forEach(updates::add);
    updates.finish();
  }

  /** Queues one document, writing a line when the batch is full. */
  public void add(DocumentRecord record) {
    pending.add(block(record));
    if (pending.size() == batch) {
      writeBatch();
    }
  }

  /** Writes what is queued and flushes. */
  public void finish() {
    if (!pending.isEmpty()) {
      writeBatch();
    }
    out.flush();
  }

  /** One document with its sections and front matter as children. */
  static Map<String, Object> block(DocumentRecord record) {
    SearchUnits units = SearchUnits.of(record);
    Map<String, Object> document = units.document();
    List<Map<String, Object>> sections = units.sections();
    if (!sections.isEmpty()) {
      document.put(EngineFields.SECTIONS, sections);
    }
    Map<String, Object> front = units.front();
    if (front != null) {
      document.put(EngineFields.FRONT, front);
    }
    return document;
  }

  private void writeBatch() {
    out.println(Json.compact(pending));
    pending.clear();
  }
}
