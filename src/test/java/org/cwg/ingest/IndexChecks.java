package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cwg.index.CorpusReader;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentRecord;

/** What the robustness tests ask of an index after every run: Lucene finds nothing wrong. */
final class IndexChecks {

  private IndexChecks() {}

  /** True when the folder holds a committed index. */
  static boolean exists(Path indexDir) throws IOException {
    if (!indexDir.toFile().isDirectory()) {
      return false;
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /**
   * Runs Lucene's CheckIndex over every segment. CheckIndex wants the write lock, which only a live
   * ingest holds, so call this between runs.
   */
  static void assertClean(Path indexDir) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory directory = FSDirectory.open(indexDir);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, () -> "CheckIndex found problems:\n" + log);
    }
  }

  /** Paths of the documents indexed, failures excluded. */
  static Set<String> documentPaths(Path indexDir) throws IOException {
    Set<String> paths = new TreeSet<>();
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      for (DocumentRecord record : reader.documents()) {
        paths.add(record.file().path());
      }
    }
    return paths;
  }

  /** Paths of the files recorded as unreadable. */
  static Set<String> failurePaths(Path indexDir) throws IOException {
    Set<String> paths = new TreeSet<>();
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      for (IndexedFile file : reader.failures()) {
        paths.add(file.path());
      }
    }
    return paths;
  }
}
