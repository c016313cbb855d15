package org.cwg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.structure.Manifest;

/**
 * Finds the document a command names: in the index by id, number or path; failing that, a file
 * is analysed on the fly, so that show and sections work without an index. Tika is loaded only
 * in that last case.
 */
final class DocumentResolver {

  private DocumentResolver() {}

  /**
   * @param manifest analyst metadata; when given for an existing file, the file is analysed
   *     afresh so that the manifest applies
   */
  static DocumentRecord resolve(Path indexDir, String doc, Manifest manifest)
      throws IOException, UnreadableFileException {
    Path file = Path.of(doc);
    boolean isFile = Files.isRegularFile(file);
    if (!(isFile && manifest.size() > 0)) {
      Optional<DocumentRecord> indexed = findIndexed(indexDir, doc);
      if (indexed.isPresent()) {
        return indexed.get();
      }
    }
    if (isFile) {
      try (DocumentAnalyzer analyzer = new DocumentAnalyzer(ParserLimits.defaults(), manifest)) {
        return analyzer.analyze(file);
      }
    }
    throw new IllegalArgumentException("no document '" + doc + "' in the index at " + indexDir
        + ", and no such file");
  }

  private static Optional<DocumentRecord> findIndexed(Path indexDir, String doc)
      throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return Optional.empty();
    }
    try (FSDirectory directory = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
    }
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      return reader.find(doc);
    }
  }
}
