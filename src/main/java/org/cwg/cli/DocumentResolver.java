package org.cwg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.cite.DocumentDirectory;
import org.cwg.cite.ReferenceResolver;
import org.cwg.index.CorpusReader;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentVersion;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.search.FilterQueries;
import org.cwg.structure.Manifest;

/**
 * Finds the document a command names: in the index by number, id or id prefix, path or file name;
 * failing that, a file is analysed on the fly, so that show and sections work without an index.
 * Tika is loaded only in that last case. Where there is an index, the document's references are
 * resolved against it.
 */
final class DocumentResolver {

  /** The shortest id prefix DOC may be: shorter ones match too many documents to be useful. */
  static final int MIN_ID_PREFIX = 4;

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
   * The indexed document DOC names: its number (any written form), id or path; failing those, a
   * unique id prefix of at least {@value #MIN_ID_PREFIX} characters, or a unique file name (or end
   * of path), as {@code list} shows them; a one-line error when there is none.
   *
   * @throws AmbiguousDocumentException when DOC fits several documents
   */
  static DocumentRecord indexed(CorpusReader reader, String doc) throws IOException {
    return find(reader, doc)
        .orElseThrow(() -> new IllegalArgumentException("no document '" + doc + "' in the index"));
  }

  /**
   * The indexed document DOC names, as {@link #indexed} finds it, or none.
   *
   * @throws AmbiguousDocumentException when DOC fits several documents
   */
  static Optional<DocumentRecord> find(CorpusReader reader, String doc) throws IOException {
    Optional<DocumentRecord> exact = reader.find(doc);
    if (exact.isPresent()) {
      return exact;
    }
    String wanted = doc.strip();
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    String idPrefix = wanted.toLowerCase(Locale.ROOT);
    String pathEnd = "/" + wanted.replace('\\', '/').replaceFirst("^(\\./)+", "");
    Map<String, IndexedFile> candidates = new LinkedHashMap<>();
    for (IndexedFile file : reader.indexedFiles()) {
      boolean byId = wanted.length() >= MIN_ID_PREFIX && file.docId().startsWith(idPrefix);
      boolean byName = file.path().replace('\\', '/').endsWith(pathEnd);
      if (byId || byName) {
        candidates.putIfAbsent(file.docId(), file);
      }
    }
    if (candidates.size() > 1) {
      List<IndexedFile> sorted = new ArrayList<>(candidates.values());
      sorted.sort(Comparator.comparing(IndexedFile::path));
      throw new AmbiguousDocumentException(wanted, sorted);
    }
    return candidates.isEmpty()
        ? Optional.empty()
        : reader.find(candidates.values().iterator().next().docId());
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
    String code = FilterQueries.languageCode(written);
    if (code.equals(record.metadata().language())) {
      return record;
    }
    for (DocumentVersion version : versions) {
      if (code.equals(version.language())) {
        try (CorpusReader reader = CorpusReader.open(indexDir)) {
          return withResolvedReferences(reader.find(version.id()).orElseThrow(), reader);
        }
      }
    }
    String name =
        record.metadata().number() != null ? record.metadata().number() : record.file().path();
    throw new IllegalArgumentException(
        "no version of "
            + name
            + " in '"
            + written
            + "'"
            + (versions.isEmpty()
                ? ""
                : "; it exists in "
                    + String.join(
                        ", ",
                        versions.stream()
                            .map(v -> v.language() == null ? "?" : v.language())
                            .toList())));
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
    return record.withReferences(ReferenceResolver.resolve(record.references(), directory));
  }
}
