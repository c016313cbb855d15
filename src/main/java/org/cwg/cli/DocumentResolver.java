package org.cwg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentVersion;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.query.IndexedDocuments;
import org.cwg.structure.Manifest;

/**
 * Finds the document a command names: in the index by number, id or id prefix, path or file name;
 * failing that, a file is analysed on the fly, so that show and sections work without an index.
 * Tika is loaded only in that last case. Where there is an index, the document's references are
 * resolved against it.
 */
final class DocumentResolver {

  private DocumentResolver() {}

  /**
   * @param manifest analyst metadata; when given for an existing file, the file is analysed afresh
   *     so that the manifest applies
   */
  static DocumentRecord resolve(Path indexDir, String doc, Manifest manifest)
      throws IOException, UnreadableFileException {
    Path file = Path.of(doc);
    boolean isFile = Files.isRegularFile(file);
    if (!CorpusReader.exists(indexDir)) {
      return analyze(file, isFile, doc, indexDir, manifest);
    }
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      Optional<DocumentRecord> indexed =
          isFile && manifest.size() > 0 ? Optional.empty() : find(reader, doc);
      DocumentRecord record =
          indexed.isPresent() ? indexed.get() : analyze(file, isFile, doc, indexDir, manifest);
      return withResolvedReferences(record, reader);
    }
  }

  /**
   * The indexed document DOC names (see {@link IndexedDocuments#find}); a one-line error when there
   * is none.
   *
   * @throws org.cwg.query.AmbiguousDocumentException when DOC fits several documents
   */
  static DocumentRecord indexed(CorpusReader reader, String doc) throws IOException {
    return IndexedDocuments.indexed(reader, doc);
  }

  /**
   * The indexed document DOC names, or none.
   *
   * @throws org.cwg.query.AmbiguousDocumentException when DOC fits several documents
   */
  static Optional<DocumentRecord> find(CorpusReader reader, String doc) throws IOException {
    return IndexedDocuments.find(reader, doc);
  }

  /**
   * The language versions of an indexed document's number, itself included; empty when there is no
   * index or the document has no number.
   */
  static List<DocumentVersion> versions(Path indexDir, DocumentRecord record) throws IOException {
    if (record.metadata().number() == null || !CorpusReader.exists(indexDir)) {
      return List.of();
    }
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      return reader.versions(record.metadata().number());
    }
  }

  /**
   * The version of {@code record} in the language {@code written} names.
   *
   * @throws IllegalArgumentException when its number has no version in that language
   */
  static DocumentRecord version(
      Path indexDir, DocumentRecord record, List<DocumentVersion> versions, String written)
      throws IOException {
    try (CorpusReader reader = CorpusReader.open(indexDir)) {
      return IndexedDocuments.version(reader, record, versions, written);
    }
  }

  private static DocumentRecord analyze(
      Path file, boolean isFile, String doc, Path indexDir, Manifest manifest)
      throws UnreadableFileException {
    if (!isFile) {
      throw new IllegalArgumentException(
          "no document '" + doc + "' in the index at " + indexDir + ", and no such file");
    }
    try (DocumentAnalyzer analyzer = new DocumentAnalyzer(ParserLimits.defaults(), manifest)) {
      return analyzer.analyze(file);
    }
  }

  private static DocumentRecord withResolvedReferences(DocumentRecord record, CorpusReader reader)
      throws IOException {
    return IndexedDocuments.withResolvedReferences(record, reader);
  }
}
