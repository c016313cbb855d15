package org.cwg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.analyze.DocumentIds;
import org.cwg.analyze.FileFingerprint;
import org.cwg.index.CorpusWriter;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SourceFile;
import org.cwg.parse.ArchiveMembers;
import org.cwg.parse.FailureReason;
import org.cwg.parse.UnreadableFileException;

/**
 * Ingests a zip archive member by member: each document in it is indexed as {@code
 * archive.zip!/member.docx}. Members carry the archive's modification time, so a changed archive is
 * read again whole, and the members it no longer holds leave the index. An archive that holds no
 * document, or cannot be opened, is recorded as a failure under its own path.
 */
final class ArchiveIngest {

  /** Between an archive's path and its member's name. */
  static final String SEPARATOR = "!/";

  private static final String ARCHIVE_MARK = "." + DocumentFilter.ARCHIVE_EXTENSION + SEPARATOR;

  private final DocumentAnalyzer analyzer;
  private final CorpusWriter writer;
  private final IngestOptions options;
  private final AtomicBoolean stopped;
  private final AtomicInteger removed;

  /**
   * @param removed counts the members dropped because their changed archive no longer holds them
   */
  ArchiveIngest(
      DocumentAnalyzer analyzer,
      CorpusWriter writer,
      IngestOptions options,
      AtomicBoolean stopped,
      AtomicInteger removed) {
    this.analyzer = analyzer;
    this.writer = writer;
    this.options = options;
    this.stopped = stopped;
    this.removed = removed;
  }

  /** The archive a member's path names, or the path itself when it names no member. */
  static String fileOnDisk(String path) {
    int mark = path.toLowerCase(Locale.ROOT).indexOf(ARCHIVE_MARK);
    return mark < 0 ? path : path.substring(0, mark + ARCHIVE_MARK.length() - SEPARATOR.length());
  }

  static Map<String, List<IndexedFile>> membersByArchive(Collection<IndexedFile> indexed) {
    Map<String, List<IndexedFile>> byArchive = new HashMap<>();
    for (IndexedFile file : indexed) {
      String archive = fileOnDisk(file.path());
      if (!archive.equals(file.path())) {
        byArchive.computeIfAbsent(archive, a -> new ArrayList<>()).add(file);
      }
    }
    return byArchive;
  }

  /** What the index holds of an archive: its own failure record and its members. */
  static List<IndexedFile> recordsOf(IndexedFile own, List<IndexedFile> members) {
    List<IndexedFile> records = new ArrayList<>();
    if (own != null) {
      records.add(own);
    }
    if (members != null) {
      records.addAll(members);
    }
    return records;
  }

  /** Whether an indexed file or member is as the walk found its file. */
  static boolean sameAs(IndexedFile known, CorpusWalker.Found file) {
    boolean member = !fileOnDisk(known.path()).equals(known.path());
    return known.modified() == file.modified() && (member || known.size() == file.size());
  }

  void ingest(
      CorpusWalker.Found archive,
      IndexedFile own,
      List<IndexedFile> oldMembers,
      Ingester.Outcome outcome)
      throws IOException {
    Set<String> now = new HashSet<>();
    Map<String, IndexedFile> old = new HashMap<>();
    if (oldMembers != null) {
      oldMembers.forEach(member -> old.put(member.path(), member));
    }
    String archivePath = archive.path().toString();
    String failure = null;
    try {
      ArchiveMembers.read(
          archive.path(),
          options.filter()::takesMember,
          options.limits(),
          new ArchiveMembers.Visitor() {
            @Override
            public void member(String name, Path extracted, long size) throws IOException {
              if (stopped.get()) {
                return;
              }
              String path = archivePath + SEPARATOR + name;
              now.add(path);
              outcome.record(
                  path, indexMember(path, extracted, size, archive), old.containsKey(path));
            }

            @Override
            public void failed(String name, UnreadableFileException why) throws IOException {
              String path = archivePath + SEPARATOR + name;
              now.add(path);
              putFailure(path, null, 0, archive.modified(), why.getMessage());
              outcome.record(path, new FailedFile(path, why.getMessage()), old.containsKey(path));
            }
          });
      if (now.isEmpty()) {
        failure = FailureReason.UNSUPPORTED.label() + " (an archive without documents)";
      }
    } catch (UnreadableFileException e) {
      failure = e.getMessage();
    }
    if (stopped.get()) {
      // Members not read yet keep their old entries; the next run reads the archive again.
      return;
    }
    for (IndexedFile member : old.values()) {
      if (!now.contains(member.path())) {
        writer.delete(member.docId());
        removed.incrementAndGet();
      }
    }
    if (failure != null) {
      putFailure(archivePath, null, archive.size(), archive.modified(), failure);
      outcome.record(archivePath, new FailedFile(archivePath, failure), own != null);
    } else if (own != null) {
      writer.delete(own.docId());
    }
  }

  private FailedFile indexMember(String path, Path extracted, long size, CorpusWalker.Found archive)
      throws IOException {
    String sha256 = FileFingerprint.sha256(extracted);
    String reason;
    try {
      DocumentRecord record =
          analyzer.analyzeAs(extracted, Path.of(path), size, archive.modified(), sha256);
      if (writer.tryPut(record)) {
        return null;
      }
      reason = FailureReason.CORRUPT.label() + " (the index refused its text)";
    } catch (UnreadableFileException e) {
      reason = e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      reason = FailureReason.CORRUPT.label() + " (analysis failed: " + e + ")";
    }
    putFailure(path, sha256, size, archive.modified(), reason);
    return new FailedFile(path, reason);
  }

  private void putFailure(String path, String sha256, long size, long modified, String reason)
      throws IOException {
    writer.putFailure(
        DocumentIds.of(Path.of(path)), new SourceFile(path, sha256, size, modified, null), reason);
  }
}
