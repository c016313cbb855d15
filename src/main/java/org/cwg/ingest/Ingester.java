package org.cwg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.analyze.DocumentIds;
import org.cwg.analyze.FileFingerprint;
import org.cwg.index.CorpusWriter;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SourceFile;
import org.cwg.parse.FailureReason;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;

/**
 * Runs one ingest into an index folder.
 *
 * <p>A file whose size and modification time match the index is not read at all, so re-ingesting an
 * unchanged corpus costs one walk and one pass over the stored bookkeeping. Tika is loaded only
 * when some file needs parsing. Files are parsed on {@code threads} workers with at most twice that
 * many in flight, so memory stays flat whatever the corpus size.
 */
public final class Ingester {

  private final Path indexDir;
  private final IngestOptions options;
  private final IngestListener listener;
  private final AtomicBoolean stopped = new AtomicBoolean();

  /** Records, with each commit, the manifest whose fields the index holds. */
  private static final String MANIFEST_KEY = "cwg.manifest";

  public Ingester(Path indexDir, IngestOptions options, IngestListener listener) {
    this.indexDir = indexDir;
    this.options = options;
    this.listener = listener;
  }

  /**
   * Asks a running ingest to stop: files being read are finished, nothing new is started, and what
   * is done is committed. Safe from any thread (a shutdown hook on Ctrl-C).
   */
  public void stop() {
    stopped.set(true);
  }

  public IngestSummary ingest(List<Path> roots) throws IOException {
    long startNanos = System.nanoTime();
    CorpusWalker.requireExisting(roots);
    // The writer comes first: a second ingest on a busy index must fail at once, not after a
    // long walk of the corpus.
    try (CorpusWriter writer = CorpusWriter.open(indexDir)) {
      if (writer.rebuilding()) {
        listener.rebuilding(
            "the index at "
                + indexDir
                + " was made by an earlier cwg; it is"
                + " rebuilt from the files of this run");
      }
      CorpusWalker walker = new CorpusWalker(options.filter());
      List<CorpusWalker.Found> files = walker.walk(roots);
      List<FailedFile> failed = Collections.synchronizedList(new ArrayList<>(walker.problems()));
      walker.problems().forEach(listener::skipped);
      Map<String, IndexedFile> indexed = writer.indexedFiles();
      Map<String, List<IndexedFile>> members = ArchiveIngest.membersByArchive(indexed.values());
      // A manifest that changed since the last run applies again to the files it names.
      String manifestPrint =
          options.manifest().size() == 0 ? null : options.manifest().fingerprint();
      boolean manifestChanged =
          manifestPrint != null && !manifestPrint.equals(writer.commitData(MANIFEST_KEY));
      listener.started(files.size());
      Counts counts = new Counts(files.size());
      List<CorpusWalker.Found> toParse = new ArrayList<>();
      for (CorpusWalker.Found file : files) {
        String path = file.path().toString();
        List<IndexedFile> known =
            DocumentFilter.isArchive(file.path())
                ? ArchiveIngest.recordsOf(indexed.get(path), members.get(path))
                : indexed.containsKey(path) ? List.of(indexed.get(path)) : List.of();
        boolean same =
            !known.isEmpty()
                && known.stream().allMatch(k -> ArchiveIngest.sameAs(k, file))
                && !(manifestChanged && namedByManifest(known));
        if (!same) {
          toParse.add(file);
          continue;
        }
        for (IndexedFile k : known) {
          counts.seen.add(Path.of(k.path()));
          if (k.failed()) {
            // Reported again on every run, so that stderr always matches the exit code.
            FailedFile failure = new FailedFile(k.path(), k.failure());
            failed.add(failure);
            listener.failed(failure);
          } else {
            counts.unchanged.incrementAndGet();
          }
        }
        listener.progressed(counts.done.incrementAndGet(), counts.total);
      }
      if (!toParse.isEmpty() && !stopped.get()) {
        parseAll(toParse, indexed, members, writer, counts, failed);
      }
      int removed =
          (options.prune() && !stopped.get() ? prune(indexed, files, writer) : 0)
              + counts.removedMembers.get();
      boolean interrupted = stopped.get();
      if (!interrupted) {
        writer.finishBuilding();
        if (manifestPrint != null) {
          writer.setCommitData(MANIFEST_KEY, manifestPrint);
        }
        options
            .manifest()
            .rowsMatchingNone(counts.seen)
            .forEach(row -> listener.warned("manifest row '" + row + "' names no file"));
      }
      writer.commit();
      int written = counts.added.get() + counts.updated.get();
      if (!interrupted
          && written > 0
          && 2 * written >= indexed.size() + counts.added.get() - removed) {
        listener.merging();
        writer.mergeIntoOneSegment();
      }
      listener.finished();
      failed.sort(Comparator.comparing(FailedFile::path));
      return new IngestSummary(
          counts.added.get(),
          counts.updated.get(),
          counts.unchanged.get(),
          removed,
          failed,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
          counts.added.get() + counts.updated.get() + counts.unchanged.get() + failed.size(),
          interrupted);
    }
  }

  private boolean namedByManifest(List<IndexedFile> known) {
    return known.stream().anyMatch(k -> !options.manifest().fieldsFor(Path.of(k.path())).isEmpty());
  }

  private void parseAll(
      List<CorpusWalker.Found> toParse,
      Map<String, IndexedFile> indexed,
      Map<String, List<IndexedFile>> members,
      CorpusWriter writer,
      Counts counts,
      List<FailedFile> failed)
      throws IOException {
    int threads = Math.max(1, options.threads());
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    AtomicInteger sinceCommit = new AtomicInteger();
    List<Throwable> fatal = Collections.synchronizedList(new ArrayList<>());
    try (DocumentAnalyzer analyzer = new DocumentAnalyzer(options.limits(), options.manifest())) {
      ArchiveIngest archives =
          new ArchiveIngest(analyzer, writer, options, stopped, counts.removedMembers);
      Outcome outcome =
          (path, failure, wasKnown) -> {
            counts.seen.add(Path.of(path));
            if (failure == null) {
              (wasKnown ? counts.updated : counts.added).incrementAndGet();
            } else {
              failed.add(failure);
              listener.failed(failure);
            }
            if (sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
              writer.commit();
            }
          };
      for (CorpusWalker.Found file : toParse) {
        if (!fatal.isEmpty() || stopped.get()) {
          break;
        }
        inFlight.acquireUninterruptibly();
        workers.execute(
            () -> {
              try {
                if (stopped.get()) {
                  return;
                }
                String path = file.path().toString();
                if (DocumentFilter.isArchive(file.path())) {
                  archives.ingest(file, indexed.get(path), members.get(path), outcome);
                } else {
                  FailedFile failure = indexOne(analyzer, writer, file, options.limits());
                  outcome.record(path, failure, indexed.containsKey(path));
                }
                listener.progressed(counts.done.incrementAndGet(), counts.total);
              } catch (IOException | RuntimeException | Error e) {
                // A file's own failures end in indexOne; what reaches here (the index refusing
                // writes, the heap running out inside Lucene) stops the run rather than losing
                // the file silently with the worker thread.
                fatal.add(e);
              } finally {
                inFlight.release();
              }
            });
      }
      workers.shutdown();
      awaitQuietly(workers);
    } finally {
      workers.shutdownNow();
    }
    if (!fatal.isEmpty()) {
      Throwable first = fatal.get(0);
      if (first instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(
          new IOException("indexing failed: " + first.getMessage(), first));
    }
  }

  /** Hears how one file or archive member ended. */
  interface Outcome {
    /**
     * @param failure why it could not be indexed, or null when it was
     * @param wasKnown whether the index held it before this run
     */
    void record(String path, FailedFile failure, boolean wasKnown) throws IOException;
  }

  /**
   * Indexes one file; returns its failure, or null when it was indexed. Only a failure of the index
   * itself escapes as an exception, and stops the run.
   */
  static FailedFile indexOne(
      DocumentAnalyzer analyzer, CorpusWriter writer, CorpusWalker.Found file, ParserLimits limits)
      throws IOException {
    String sha256 = null;
    DocumentRecord record = null;
    String reason = null;
    try {
      // A file over the size cap is refused unread; hashing a 1 GB file first would cost seconds.
      if (file.size() <= limits.maxFileBytes()) {
        sha256 = FileFingerprint.sha256(file.path());
      }
      record = analyzer.analyze(file.path(), file.size(), file.modified(), sha256);
    } catch (UnreadableFileException e) {
      reason = e.getMessage();
    } catch (AccessDeniedException e) {
      reason = FailureReason.UNREADABLE.label() + " (permission denied)";
    } catch (NoSuchFileException e) {
      reason = FailureReason.UNREADABLE.label() + " (no such file)";
    } catch (IOException e) {
      String detail =
          e instanceof FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : e.getClass().getSimpleName();
      reason = FailureReason.UNREADABLE.label() + " (" + detail + ")";
    } catch (RuntimeException | StackOverflowError e) {
      // A document that trips the analysis is one bad file, not a reason to stop the run.
      reason = FailureReason.CORRUPT.label() + " (analysis failed: " + oneLine(e) + ")";
    }
    if (record != null) {
      if (writer.tryPut(record)) {
        return null;
      }
      reason = FailureReason.CORRUPT.label() + " (the index refused its text)";
    }
    SourceFile source =
        new SourceFile(file.path().toString(), sha256, file.size(), file.modified(), null);
    writer.putFailure(DocumentIds.of(file.path()), source, reason);
    return new FailedFile(file.path().toString(), reason);
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    return message == null || message.isBlank()
        ? name
        : name + ": " + message.strip().lines().findFirst().orElse("");
  }

  /** Removes indexed files that no longer exist, wherever they were ingested from. */
  private static int prune(
      Map<String, IndexedFile> indexed, List<CorpusWalker.Found> walked, CorpusWriter writer)
      throws IOException {
    Set<String> seen = new HashSet<>();
    walked.forEach(found -> seen.add(found.path().toString()));
    int removed = 0;
    for (IndexedFile file : indexed.values()) {
      // A member of an archive is there as long as its archive is (a changed archive drops the
      // members it no longer holds itself).
      String onDisk = ArchiveIngest.fileOnDisk(file.path());
      if (!seen.contains(onDisk) && !Files.exists(Path.of(onDisk))) {
        writer.delete(file.docId());
        removed++;
      }
    }
    return removed;
  }

  private static void awaitQuietly(ExecutorService workers) {
    try {
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        // Each file is bounded by the parse timeout, so this ends.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counters shared by the worker threads. */
  private static final class Counts {
    final int total;
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger removedMembers = new AtomicInteger();
    final Set<Path> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Counts(int total) {
      this.total = total;
    }
  }
}
