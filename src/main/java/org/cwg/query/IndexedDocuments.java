package org.cwg.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cwg.cite.DocumentDirectory;
import org.cwg.cite.ReferenceResolver;
import org.cwg.index.CorpusReader;
import org.cwg.index.IndexedFile;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentVersion;
import org.cwg.render.DocumentView;
import org.cwg.search.FilterQueries;

/**
 * Finds the indexed document a user names: by number (any written form), id or path; failing those,
 * a unique id prefix of at least {@value #MIN_ID_PREFIX} characters, or a unique file name (or end
 * of path), as {@code list} shows them.
 */
public final class IndexedDocuments {

  /** The shortest id prefix DOC may be: shorter ones match too many documents to be useful. */
  public static final int MIN_ID_PREFIX = 4;

  private IndexedDocuments() {}

  /**
   * The indexed document DOC names; a one-line error when there is none.
   *
   * @throws AmbiguousDocumentException when DOC fits several documents
   */
  public static DocumentRecord indexed(CorpusReader reader, String doc) throws IOException {
    return find(reader, doc)
        .orElseThrow(() -> new IllegalArgumentException("no document '" + doc + "' in the index"));
  }

  /**
   * The indexed document DOC names, or none.
   *
   * @throws AmbiguousDocumentException when DOC fits several documents
   */
  public static Optional<DocumentRecord> find(CorpusReader reader, String doc) throws IOException {
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

  /** The record with its references resolved against the documents of the index. */
  public static DocumentRecord withResolvedReferences(DocumentRecord record, CorpusReader reader)
      throws IOException {
    DocumentDirectory directory = new DocumentDirectory(reader.documentNumbers());
    return record.withReferences(ReferenceResolver.resolve(record.references(), directory));
  }

  /**
   * The version of {@code record} in the language {@code written} names (a code, an ITU letter or a
   * name), its references resolved.
   *
   * @throws IllegalArgumentException when its number has no version in that language
   */
  public static DocumentRecord version(
      CorpusReader reader, DocumentRecord record, List<DocumentVersion> versions, String written)
      throws IOException {
    String code = FilterQueries.languageCode(written);
    if (code.equals(record.metadata().language())) {
      return record;
    }
    for (DocumentVersion version : versions) {
      if (code.equals(version.language())) {
        return withResolvedReferences(reader.find(version.id()).orElseThrow(), reader);
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

  /**
   * What {@code cwg show DOC [--lang L]} shows of an indexed document: DOC's record (or its version
   * in language L) with resolved references, and the language versions of its number.
   */
  public static DocumentView view(CorpusReader reader, DocumentRecord found, String language)
      throws IOException {
    DocumentRecord record = withResolvedReferences(found, reader);
    List<DocumentVersion> versions = reader.versions(record.metadata().number());
    if (language != null) {
      record = version(reader, record, versions, language);
    }
    return DocumentView.of(record, versions);
  }
}
