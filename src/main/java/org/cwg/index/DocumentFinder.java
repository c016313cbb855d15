package org.cwg.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Language;

/**
 * Finds one document the way a user names it: by id, by number in any written form or letter case,
 * or by path; of a number's language versions, the English one. Numbers are compared through their
 * stored field, so only the record found is decoded.
 */
final class DocumentFinder {

  private static final Set<String> NUMBER_FIELDS = Set.of(IndexFields.DOC_ID, IndexFields.NUMBER);

  private static final Set<String> VERSION_FIELDS =
      Set.of(IndexFields.DOC_ID, IndexFields.PATH, IndexFields.LANGUAGE);

  private final IndexSearcher searcher;
  private final IndexReader reader;

  DocumentFinder(IndexSearcher searcher, IndexReader reader) {
    this.searcher = searcher;
    this.reader = reader;
  }

  /** The document with this id, this number or this path. */
  Optional<DocumentRecord> find(String idNumberOrPath) throws IOException {
    String written = idNumberOrPath.strip();
    String wanted = DocumentNumber.canonical(written).orElse(written);
    Optional<DocumentRecord> byKey =
        preferredVersion(
            new BooleanQuery.Builder()
                .add(CorpusReader.kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(
                    new BooleanQuery.Builder()
                        .add(
                            new TermQuery(new Term(IndexFields.DOC_ID, wanted)),
                            BooleanClause.Occur.SHOULD)
                        .add(
                            new TermQuery(new Term(IndexFields.NUMBER, wanted)),
                            BooleanClause.Occur.SHOULD)
                        .add(
                            new TermQuery(
                                new Term(
                                    IndexFields.PATH,
                                    Path.of(wanted).toAbsolutePath().normalize().toString())),
                            BooleanClause.Occur.SHOULD)
                        .build(),
                    BooleanClause.Occur.MUST)
                .build());
    if (byKey.isPresent()) {
      return byKey;
    }
    // A number of a form DocumentNumber does not know, in other letter case: compare the
    // stored numbers only, and decode just the record that matches.
    for (Map.Entry<String, String> number : documentNumbers().entrySet()) {
      if (number.getValue().equalsIgnoreCase(wanted)) {
        return first(
            new BooleanQuery.Builder()
                .add(CorpusReader.kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(
                    new TermQuery(new Term(IndexFields.DOC_ID, number.getKey())),
                    BooleanClause.Occur.FILTER)
                .build());
      }
    }
    return Optional.empty();
  }

  /** Document id to canonical number, for every document that has one. */
  Map<String, String> documentNumbers() throws IOException {
    Map<String, String> numbers = new HashMap<>();
    TopDocs top =
        searcher.search(CorpusReader.kind(IndexFields.KIND_DOCUMENT), Math.max(1, reader.maxDoc()));
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = fields.document(hit.doc, NUMBER_FIELDS);
      if (doc.get(IndexFields.NUMBER) != null) {
        numbers.put(doc.get(IndexFields.DOC_ID), doc.get(IndexFields.NUMBER));
      }
    }
    return numbers;
  }

  /**
   * The document a query finds; of the language versions of one number, the English one (ITU's
   * working language), else the first in ITU's order of languages.
   */
  private Optional<DocumentRecord> preferredVersion(Query query) throws IOException {
    TopDocs top = searcher.search(query, Language.values().length * 2);
    StoredFields fields = searcher.storedFields();
    int best = -1;
    int bestOrder = Integer.MAX_VALUE;
    for (ScoreDoc hit : top.scoreDocs) {
      String language = fields.document(hit.doc, VERSION_FIELDS).get(IndexFields.LANGUAGE);
      int order = Language.versionOrder(language);
      if (order < bestOrder) {
        best = hit.doc;
        bestOrder = order;
      }
    }
    return best < 0
        ? Optional.empty()
        : Optional.of(DocumentMapper.toRecord(fields.document(best)));
  }

  private Optional<DocumentRecord> first(Query query) throws IOException {
    TopDocs top = searcher.search(query, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(DocumentMapper.toRecord(stored));
  }
}
