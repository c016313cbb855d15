package org.cwg.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SourceFile;

/**
 * The single writer of an index folder. Lucene's write lock makes a second writer fail at once;
 * Lucene's commits make a crash leave the index at its last commit. Thread-safe: parser threads add
 * documents concurrently.
 */
public final class CorpusWriter implements AutoCloseable {

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final boolean rebuilding;

  private CorpusWriter(Path dir, Directory directory, IndexWriter writer, boolean rebuilding) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.rebuilding = rebuilding;
  }

  /** Opens (or creates) the index at {@code dir} for writing. */
  public static CorpusWriter open(Path dir) throws IOException {
    Files.createDirectories(dir);
    // Reads through the heap rather than memory-mapping the segments it merges: merging a large
    // index would otherwise map every segment into the ingest's resident memory.
    Directory directory = new NIOFSDirectory(dir);
    IndexWriterConfig config = new IndexWriterConfig(CwgAnalyzers.forIndexing());
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    try {
      // An index of another layout starts over; its last commit stays until the first commit
      // of the new one, so a run that dies leaves it as it was.
      boolean rebuilding = !IndexFormat.of(directory).equals(IndexFormat.CURRENT);
      config.setOpenMode(
          rebuilding
              ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      boolean first = rebuilding || !DirectoryReader.indexExists(directory);
      IndexWriter writer = new IndexWriter(directory, config);
      if (!IndexFormat.recordedIn(writer.getLiveCommitData())) {
        writer.setLiveCommitData(IndexFormat.current().entrySet());
      }
      CorpusWriter opened = new CorpusWriter(dir, directory, writer, rebuilding);
      if (first) {
        // Until the first ingest ends, its commits hold part of the corpus; readers say so.
        opened.setCommitData(IndexFormat.BUILDING_KEY, "true");
      }
      return opened;
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexBusyException(dir);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** What the last commit holds, by absolute path, to decide what changed. */
  public Map<String, IndexedFile> indexedFiles() throws IOException {
    Map<String, IndexedFile> files = new HashMap<>();
    if (!DirectoryReader.indexExists(directory)) {
      return files;
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (IndexedFile file : CorpusReader.filesIn(reader)) {
        files.put(file.path(), file);
      }
    }
    return files;
  }

  /** Adds or replaces a document and its sections. */
  public void put(DocumentRecord record) throws IOException {
    writer.updateDocuments(
        new Term(IndexFields.DOC_ID, record.id()), DocumentMapper.toDocuments(record));
  }

  /**
   * Adds or replaces a document; false when Lucene refuses the document itself (a term longer than
   * Lucene allows, say), which leaves the index as it was.
   */
  public boolean tryPut(DocumentRecord record) throws IOException {
    try {
      put(record);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Adds or replaces the record of a file that could not be read. */
  public void putFailure(String docId, SourceFile file, String reason) throws IOException {
    Document failure = DocumentMapper.failureDocument(docId, file, reason);
    writer.updateDocument(new Term(IndexFields.DOC_ID, docId), failure);
  }

  /** Removes a file's document, sections and failure record. */
  public void delete(String docId) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.DOC_ID, docId));
  }

  /** Makes everything added so far durable and visible to readers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /**
   * Merges the index into one segment and commits it. A search looks each query term up in every
   * segment and sets up its scorers there: on a freshly built index of 10,000 documents, ten
   * segments answered a query a third slower than one. The merge rewrites the whole index, so it
   * pays after a run that wrote most of it, not after a few files were added (the merge policy
   * keeps small segments in check). A crash during the merge leaves the last commit.
   */
  public void mergeIntoOneSegment() throws IOException {
    writer.forceMerge(1);
    writer.commit();
  }

  /** A value the next commits record, or null to stop recording {@code key}. */
  public void setCommitData(String key, String value) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    if (value == null) {
      data.remove(key);
    } else {
      data.put(key, value);
    }
    writer.setLiveCommitData(data.entrySet());
  }

  /** A value recorded with the last commit (or set since), or null. */
  public String commitData(String key) {
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      for (Map.Entry<String, String> entry : live) {
        if (entry.getKey().equals(key)) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  /** The first ingest into this folder is complete: the next commit is the whole corpus. */
  public void finishBuilding() {
    setCommitData(IndexFormat.BUILDING_KEY, null);
  }

  /** Whether the folder held an index of an older layout, which this writer replaces. */
  public boolean rebuilding() {
    return rebuilding;
  }

  public Path dir() {
    return dir;
  }

  /** Closes without committing: what was not committed is dropped, as after a crash. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
