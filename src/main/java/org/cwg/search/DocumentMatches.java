package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
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
 * <p>The words of a document are indexed once, in its sections and front matter; the matches are
 * found there and carried over to offsets in the document's text.
 *
 * @param record the document
 * @param spans its matches, in text order
 */
record DocumentMatches(DocumentRecord record, List<Span> spans) {

  private static final Set<String> DOC_ID = Set.of(IndexFields.DOC_ID);
  private static final Set<String> UNIT_KEYS =
      Set.of(IndexFields.DOC_ID, IndexFields.SECTION_INDEX);

  /** Every document passing {@code filters} and its matches of {@code text} (possibly none). */
  static List<DocumentMatches> all(CorpusReader reader, Query text, SearchFilters filters)
      throws IOException {
    return collect(reader, text, filters, false);
  }

  /** The documents passing {@code filters} that hold at least one match of {@code text}. */
  static List<DocumentMatches> find(CorpusReader reader, Query text, SearchFilters filters)
      throws IOException {
    return collect(reader, text, filters, true);
  }

  private static List<DocumentMatches> collect(
      CorpusReader reader, Query text, SearchFilters filters, boolean matchedOnly)
      throws IOException {
    IndexSearcher searcher = reader.searcher();
    Query passing = filters.withoutSection().toQuery(reader.indexReader());
    Map<String, List<UnitMatch>> unitsByDoc =
        text == null ? Map.of() : unitMatches(searcher, text, passing);
    Query documents =
        new BooleanQuery.Builder()
            .add(CorpusReader.kind(IndexFields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
            .add(passing, BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(documents, Math.max(1, reader.indexReader().maxDoc()));
    StoredFields stored = searcher.storedFields();
    List<DocumentMatches> found = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      String id = stored.document(hit.doc, DOC_ID).get(IndexFields.DOC_ID);
      List<UnitMatch> units = unitsByDoc.get(id);
      if (matchedOnly && units == null) {
        continue;
      }
      DocumentRecord record = DocumentMapper.toRecord(stored.document(hit.doc));
      List<Span> spans = units == null ? List.of() : UnitOffsets.inDocument(record, units);
      if (filters.section() != null) {
        spans = spans.stream().filter(span -> inSection(record, span, filters)).toList();
      }
      if (!matchedOnly || !spans.isEmpty()) {
        found.add(new DocumentMatches(record, spans));
      }
    }
    return found;
  }

  /** The sections and front matters matching {@code text}, with their spans, by document id. */
  private static Map<String, List<UnitMatch>> unitMatches(
      IndexSearcher searcher, Query text, Query passing) throws IOException {
    Query units =
        CorpusReader.rankedUnits()
            .add(passing, BooleanClause.Occur.FILTER)
            .add(text, BooleanClause.Occur.MUST)
            .build();
    TopDocs top = searcher.search(units, Math.max(1, searcher.getIndexReader().maxDoc()));
    MatchSpans matches = MatchSpans.of(searcher, text);
    StoredFields stored = searcher.storedFields();
    Map<String, List<UnitMatch>> byDoc = new HashMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document keys = stored.document(hit.doc, UNIT_KEYS);
      IndexableField index = keys.getField(IndexFields.SECTION_INDEX);
      byDoc
          .computeIfAbsent(keys.get(IndexFields.DOC_ID), id -> new ArrayList<>())
          .add(
              new UnitMatch(
                  index == null ? -1 : index.numericValue().intValue(), matches.in(hit.doc)));
    }
    return byDoc;
  }

  private static boolean inSection(DocumentRecord record, Span span, SearchFilters filters) {
    Section section = record.sectionAt(span.start());
    return section != null && section.kind() == filters.section();
  }

  /**
   * The matches in one section (by its index) or, with index -1, in the front matter, as offsets
   * into that unit's indexed text.
   */
  record UnitMatch(int sectionIndex, List<Span> spans) {}
}
