package org.cwg.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.cwg.model.CorpusOrder;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.DocumentVersion;
import org.cwg.model.ProposalItem;

/**
 * Reads the last commit of an index folder. Never takes the write lock, so it works while an ingest
 * runs (and sees the ingest's last commit).
 */
public final class CorpusReader implements AutoCloseable {

  private static final Set<String> FILE_FIELDS =
      Set.of(
          IndexFields.DOC_ID,
          IndexFields.PATH,
          IndexFields.SHA256,
          IndexFields.SIZE,
          IndexFields.MODIFIED,
          IndexFields.FAILURE);

  private static final Set<String> RECORD_FIELDS = Set.of(IndexFields.RECORD);

  private static final Set<String> VERSION_FIELDS =
      Set.of(IndexFields.DOC_ID, IndexFields.PATH, IndexFields.LANGUAGE);

  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final DocumentFinder finder;

  private CorpusReader(Path dir, Directory directory, DirectoryReader reader) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.finder = new DocumentFinder(searcher, reader);
  }

  /** Whether {@code dir} holds a committed index. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Opens the index at {@code dir}; a missing index is the user's error, not a crash. */
  public static CorpusReader open(Path dir) throws IOException {
    return open(dir, false);
  }

  /**
   * Opens the index at {@code dir} for a command that reads most of it once, such as text reuse
   * over the whole corpus: files are read through buffers, not mapped, so that the pages read do
   * not count in the process's resident memory.
   */
  public static CorpusReader openForScan(Path dir) throws IOException {
    return open(dir, true);
  }

  private static CorpusReader open(Path dir, boolean buffered) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "no index at " + dir + "; run 'cwg ingest FOLDER' first, or pass --index DIR");
    }
    Directory directory = buffered ? new NIOFSDirectory(dir) : FSDirectory.open(dir);
    return new CorpusReader(dir, directory, CommittedIndex.open(dir, directory));
  }

  /**
   * Whether this reader still sees the folder's last commit; a long-running reader (the server)
   * opens a new one when not.
   */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  public Path dir() {
    return dir;
  }

  public IndexReader indexReader() {
    return reader;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** Every indexed document, in corpus order ({@link CorpusOrder}). */
  public List<DocumentRecord> documents() throws IOException {
    List<DocumentRecord> records = new ArrayList<>();
    for (Document stored : storedOfKind(IndexFields.KIND_DOCUMENT)) {
      records.add(DocumentMapper.toRecord(stored));
    }
    records.sort(
        CorpusOrder.of(
            (DocumentRecord r) -> r.metadata().meeting(),
            r -> r.metadata().number(),
            r -> r.file().path()));
    return records;
  }

  /** Files that could not be read, by path. */
  public List<IndexedFile> failures() throws IOException {
    return filesIn(reader).stream()
        .filter(IndexedFile::failed)
        .sorted(Comparator.comparing(IndexedFile::path))
        .toList();
  }

  /** The files that were indexed as documents (failures left out): id and path of each. */
  public List<IndexedFile> indexedFiles() throws IOException {
    return filesIn(reader).stream().filter(f -> !f.failed()).toList();
  }

  /**
   * The document with this id, this number (case-insensitive, in any written form such as {@code
   * CWG-Internet-20/1R2}) or this path.
   */
  public Optional<DocumentRecord> find(String idNumberOrPath) throws IOException {
    return finder.find(idNumberOrPath);
  }

  /**
   * The summaries of the documents with these ids, by id, read from the few fields stored for them:
   * what a list of many documents needs, without decoding their records.
   */
  public Map<String, DocumentSummary> summaries(Collection<String> ids) throws IOException {
    Map<String, DocumentSummary> summaries = new HashMap<>();
    if (ids.isEmpty()) {
      return summaries;
    }
    TopDocs top =
        searcher.search(
            new BooleanQuery.Builder()
                .add(kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(
                    new TermInSetQuery(
                        IndexFields.DOC_ID, ids.stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER)
                .build(),
            ids.size());
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      DocumentSummary summary =
          DocumentMapper.summaryOf(fields.document(hit.doc, DocumentMapper.SUMMARY_FIELDS));
      summaries.put(summary.id(), summary);
    }
    return summaries;
  }

  /**
   * The language versions of the document numbered {@code number} (canonical), in ITU's order of
   * languages, then by path; empty for a null number.
   */
  public List<DocumentVersion> versions(String number) throws IOException {
    if (number == null) {
      return List.of();
    }
    TopDocs top =
        searcher.search(
            new BooleanQuery.Builder()
                .add(kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(
                    new TermQuery(new Term(IndexFields.NUMBER, number)), BooleanClause.Occur.FILTER)
                .build(),
            Math.max(1, reader.maxDoc()));
    List<DocumentVersion> versions = new ArrayList<>();
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = fields.document(hit.doc, VERSION_FIELDS);
      versions.add(
          new DocumentVersion(
              doc.get(IndexFields.LANGUAGE),
              doc.get(IndexFields.DOC_ID),
              doc.get(IndexFields.PATH)));
    }
    versions.sort(
        Comparator.comparingInt(DocumentVersion::languageOrder)
            .thenComparing(DocumentVersion::path));
    return versions;
  }

  /** The proposal items of the document with this id: what a hit on a Proposal section shows. */
  public List<ProposalItem> proposals(String id) throws IOException {
    TopDocs top =
        searcher.search(
            new BooleanQuery.Builder()
                .add(kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.DOC_ID, id)), BooleanClause.Occur.FILTER)
                .build(),
            1);
    if (top.scoreDocs.length == 0) {
      throw new IllegalStateException("index damaged: no record for " + id);
    }
    return DocumentMapper.proposals(
        searcher.storedFields().document(top.scoreDocs[0].doc, RECORD_FIELDS));
  }

  /**
   * Document id to canonical number, for every document that has one: what reference resolution
   * needs, without decoding the stored records.
   */
  public Map<String, String> documentNumbers() throws IOException {
    return finder.documentNumbers();
  }

  /**
   * A query builder kept to what search ranks, sections and front matters. The two other kinds are
   * excluded rather than those two required: they are one Lucene document in a dozen, so skipping
   * them costs less than intersecting every match with a filter that holds nearly all.
   */
  public static BooleanQuery.Builder rankedUnits() {
    return new BooleanQuery.Builder()
        .add(kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.MUST_NOT)
        .add(kind(IndexFields.KIND_FAILURE), BooleanClause.Occur.MUST_NOT);
  }

  /** A query for one kind of Lucene document: document, section, front or failure. */
  public static Query kind(String kind) {
    return new TermQuery(new Term(IndexFields.KIND, kind));
  }

  private List<Document> storedOfKind(String kind) throws IOException {
    List<Document> stored = new ArrayList<>();
    TopDocs top = searcher.search(kind(kind), Math.max(1, reader.maxDoc()));
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      stored.add(fields.document(hit.doc));
    }
    return stored;
  }

  /** The file bookkeeping of every document and failure in a reader. */
  static List<IndexedFile> filesIn(IndexReader reader) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query fileKinds =
        new BooleanQuery.Builder()
            .add(kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.SHOULD)
            .add(kind(IndexFields.KIND_FAILURE), BooleanClause.Occur.SHOULD)
            .build();
    List<IndexedFile> files = new ArrayList<>();
    TopDocs top = searcher.search(fileKinds, Math.max(1, reader.maxDoc()));
    StoredFields storedFields = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = storedFields.document(hit.doc, FILE_FIELDS);
      files.add(
          new IndexedFile(
              doc.get(IndexFields.DOC_ID),
              doc.get(IndexFields.PATH),
              doc.get(IndexFields.SHA256),
              doc.getField(IndexFields.SIZE).numericValue().longValue(),
              doc.getField(IndexFields.MODIFIED).numericValue().longValue(),
              doc.get(IndexFields.FAILURE)));
    }
    return files;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
