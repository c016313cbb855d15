package org.cwg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.cite.DocumentDirectory;
import org.cwg.cite.ReferenceResolver;
import org.cwg.index.CorpusReader;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.structure.Manifest;

/**
 * Finds the document a command names: in the index by id, number or path; failing that, a file is
 * analysed on the fly, so that show and sections work without an index. Tika is loaded only in that
 * last case. Where there is an index, the document's references are resolved against it.
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
          isFile && manifest.size() > 0 ? Optional.empty() : reader.find(doc);
      DocumentRecord record =
          indexed.isPresent() ? indexed.get() : analyze(file, isFile, doc, indexDir, manifest);
      return withResolvedReferences(record, reader);
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
    DocumentDirectory directory = new DocumentDirectory(reader.documentNumbers());
    return new DocumentRecord(
        record.id(),
        record.file(),
        record.metadata(),
        record.sections(),
        record.proposals(),
        record.footnotes(),
        record.resolutions(),
        ReferenceResolver.resolve(record.references(), directory),
        record.text(),
        record.words());
  }
}
