package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.cwg.index.CorpusReader;
import org.cwg.index.DocumentMapper;
import org.cwg.index.IndexFields;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;
import org.cwg.search.MatchSpans.Span;

/**
 * A whole document with every match of a query in its full text, for counting occurrences. A
 * section filter keeps only the matches inside that kind of section.
 *
 * @param record the document
 * @param spans its matches, in text order
 */
record DocumentMatches(DocumentRecord record, List<Span> spans) {

  /** Every document passing {@code filters} and its matches of {@code text} (possibly none). */
  static List<DocumentMatches> all(CorpusReader reader, Query text, SearchFilters filters)
      throws IOException {
    return collect(reader, null, text, filters);
  }

  /** The documents passing {@code filters} that hold at least one match of {@code text}. */
  static List<DocumentMatches> find(CorpusReader reader, Query text, SearchFilters filters)
      throws IOException {
    return collect(reader, text, text, filters).stream()
        .filter(doc -> !doc.spans().isEmpty()).toList();
  }

  private static List<DocumentMatches> collect(CorpusReader reader, Query required, Query text,
      SearchFilters filters) throws IOException {
    IndexSearcher searcher = reader.searcher();
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(CorpusReader.kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
        .add(filters.withoutSection().toQuery(reader.indexReader()), BooleanClause.Occur.FILTER);
    if (required != null) {
      query.add(required, BooleanClause.Occur.MUST);
    }
    TopDocs top = searcher.search(query.build(), Math.max(1, reader.indexReader().maxDoc()));
    MatchSpans matches = text == null ? null : MatchSpans.of(searcher, text);
    List<DocumentMatches> documents = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      DocumentRecord record = DocumentMapper.toRecord(searcher.storedFields().document(hit.doc));
      List<Span> spans = matches == null ? List.of() : matches.in(hit.doc);
      if (filters.section() != null) {
        spans = spans.stream().filter(span -> inSection(record, span, filters)).toList();
      }
      documents.add(new DocumentMatches(record, spans));
    }
    return documents;
  }

  private static boolean inSection(DocumentRecord record, Span span, SearchFilters filters) {
    Section section = record.sectionAt(span.start());
    return section != null && section.kind() == filters.section();
  }
}
