package org.cwg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;

/**
 * The index as the server reads it while {@code cwg ingest} may be writing it: one reader kept
 * across requests, and replaced when a new commit appears (checked at most every {@link
 * #CHECK_EVERY_NANOS}). A request holds a {@link Snapshot} so that the reader it started with stays
 * open until it is done, even when a newer one has taken its place.
 */
final class LiveIndex implements AutoCloseable {

  /** How often to look for a new commit: often enough to feel live, rarely enough to cost nil. */
  static final long CHECK_EVERY_NANOS = 200_000_000L;

  private final Path dir;
  private Snapshot current;
  private String unavailable;
  private long lastCheck;
  private boolean closed;

  LiveIndex(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /**
   * The newest committed index, held until the snapshot is closed.
   *
   * @throws IndexUnavailable with a message for the user when there is no index to read (none yet,
   *     being built, of an older layout)
   */
  synchronized Snapshot acquire() throws IOException {
    if (closed) {
      throw new IllegalStateException("the server is stopping");
    }
    long now = System.nanoTime();
    if (current == null || now - lastCheck >= CHECK_EVERY_NANOS) {
      lastCheck = now;
      refresh();
    }
    if (current == null) {
      throw new IndexUnavailable(unavailable);
    }
    current.references.incrementAndGet();
    return current;
  }

  private void refresh() throws IOException {
    if (current != null && current.reader.isCurrent()) {
      return;
    }
    try {
      Snapshot fresh = new Snapshot(CorpusReader.open(dir));
      if (current != null) {
        current.release();
      }
      current = fresh;
      unavailable = null;
    } catch (IllegalArgumentException e) {
      // A commit that is not readable yet (an ingest that is still building): keep the last one.
      unavailable = e.getMessage();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (current != null) {
      current.release();
      current = null;
    }
  }

  /** One commit of the index, with what the pages compute from all of it, computed once. */
  static final class Snapshot implements AutoCloseable {

    private final CorpusReader reader;
    private final AtomicInteger references = new AtomicInteger(1);
    private final Map<String, Object> derived = new HashMap<>();

    private Snapshot(CorpusReader reader) {
      this.reader = reader;
    }

    CorpusReader reader() {
      return reader;
    }

    /** Every document, decoded once per commit: what citations, references and graphs read. */
    List<DocumentRecord> documents() throws IOException {
      return derived("documents", reader::documents);
    }

    /** A value computed from this commit once, the first time a request needs it. */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Computation<T> computation) throws IOException {
      synchronized (derived) {
        Object value = derived.get(key);
        if (value == null) {
          value = computation.compute();
          derived.put(key, value);
        }
        return (T) value;
      }
    }

    @Override
    public void close() throws IOException {
      release();
    }

    private void release() throws IOException {
      if (references.decrementAndGet() == 0) {
        reader.close();
      }
    }
  }

  /** A computation over the index. */
  @FunctionalInterface
  interface Computation<T> {
    T compute() throws IOException;
  }
}
