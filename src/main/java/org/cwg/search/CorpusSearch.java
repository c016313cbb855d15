package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsCollectorManager.FacetsResult;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.cwg.index.CorpusReader;
import org.cwg.index.DocumentMapper;
import org.cwg.index.IndexFields;
import org.cwg.model.ProposalItem;
import org.cwg.model.SectionKind;
import org.cwg.search.MatchSpans.Span;

/**
 * Ranked, section-level search. What BM25 ranks are the sections of every document plus each
 * document's front matter, so a hit names the section it falls in, and a query that matches inside
 * a Proposal returns that proposal (and the proposal items that match).
 *
 * <p>Lucene sorts the hits (ties in corpus order, by the key the index keeps for it) and counts
 * them per document and facet in the same pass; a hit is read from the stored fields of its own
 * section or front matter.
 */
public final class CorpusSearch {

  private static final int SNIPPET_WIDTH = 200;
  private static final int MAX_SNIPPETS = 3;

  private static final SortField IN_CORPUS =
      new SortField(IndexFields.CORPUS_ORDER, SortField.Type.STRING);

  /** The front matter (no position) comes before the sections of its file. */
  private static final SortField IN_FILE = sectionPosition();

  private final CorpusReader reader;
  private final SnippetBuilder snippets = new SnippetBuilder(SNIPPET_WIDTH, MAX_SNIPPETS);

  public CorpusSearch(CorpusReader reader) {
    this.reader = reader;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    Query text = UserQuery.parse(request.query(), request.exact(), reader.indexReader());
    Query query = ranked(text, request);
    IndexSearcher searcher = reader.searcher();
    FacetsResult found =
        FacetsCollectorManager.search(
            searcher,
            query,
            Math.max(1, request.limit()), // Lucene keeps at least one; --limit 0 shows none
            sort(request.sort()),
            true,
            new FacetsCollectorManager());
    HitFacets counts = new HitFacets(reader.indexReader(), found.facetsCollector());
    TopDocs top = found.topDocs();
    int total = Math.toIntExact(top.totalHits.value);
    StoredFields stored = searcher.storedFields();
    MatchSpans matches = request.snippets() ? MatchSpans.of(searcher, text) : null;
    List<SearchHit> hits = new ArrayList<>();
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      if (hits.size() == request.limit()) {
        break;
      }
      Document unit = stored.document(scoreDoc.doc);
      hits.add(
          matches == null
              ? hit(unit, scoreDoc.score, null, List.of())
              : hit(unit, scoreDoc.score, unit.get(IndexFields.TEXT), matches.in(scoreDoc.doc)));
    }
    return new SearchResult(
        request.query(),
        total,
        counts.documents(),
        hits,
        request.facets() ? counts.facets(total) : null);
  }

  /**
   * How many hits {@link #search} finds for the request, without ranking or reading them: what a
   * filter not among the facets would leave, counted before it is chosen.
   */
  public int count(SearchRequest request) throws IOException {
    Query text = UserQuery.parse(request.query(), request.exact(), reader.indexReader());
    return reader.searcher().count(ranked(text, request));
  }

  /**
   * The documents the hits fall in, each once, in the order of its best hit; at most {@code
   * request.limit()} of them.
   */
  public List<MatchingDocument> documents(SearchRequest request) throws IOException {
    Query query =
        ranked(UserQuery.parse(request.query(), request.exact(), reader.indexReader()), request);
    IndexSearcher searcher = reader.searcher();
    int total = searcher.count(query);
    if (total == 0 || request.limit() == 0) {
      return List.of();
    }
    TopDocs top = searcher.search(query, total, sort(request.sort()), false);
    StoredFields stored = searcher.storedFields();
    Map<String, MatchingDocument> byId = new LinkedHashMap<>();
    for (ScoreDoc scoreDoc : top.scoreDocs) {
      Document unit = stored.document(scoreDoc.doc, DocumentMapper.SUMMARY_FIELDS);
      String id = unit.get(IndexFields.DOC_ID);
      MatchingDocument seen = byId.get(id);
      if (seen != null) {
        byId.put(id, seen.withOneMoreHit());
      } else if (byId.size() < request.limit()) {
        byId.put(id, new MatchingDocument(DocumentMapper.summaryOf(unit), 1));
      }
    }
    return List.copyOf(byId.values());
  }

  /** The query over sections and front matters, filters applied. */
  private Query ranked(Query text, SearchRequest request) throws IOException {
    return CorpusReader.rankedUnits()
        .add(text, BooleanClause.Occur.MUST)
        .add(request.filters().toQuery(reader.indexReader()), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, IN_CORPUS, IN_FILE);
      case DATE -> {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.STRING);
        date.setMissingValue(SortField.STRING_LAST);
        yield new Sort(date, SortField.FIELD_SCORE, IN_CORPUS, IN_FILE);
      }
      case MEETING -> new Sort(IN_CORPUS, IN_FILE);
    };
  }

  private static SortField sectionPosition() {
    SortField position = new SortField(IndexFields.SECTION_INDEX, SortField.Type.INT);
    position.setMissingValue(-1);
    return position;
  }

  /** A hit from its unit's stored fields; {@code text} null when no passages are asked for. */
  private SearchHit hit(Document unit, float score, String text, List<Span> spans)
      throws IOException {
    String kind = unit.get(IndexFields.SECTION);
    String heading = unit.get(IndexFields.HEADING);
    String id = unit.get(IndexFields.DOC_ID);
    List<ProposalItem> proposals =
        text != null && SectionKind.PROPOSAL.id().equals(kind)
            ? ProposalMatches.itemsWithMatches(reader.proposals(id), text, spans)
            : List.of();
    return new SearchHit(
        DocumentMapper.summaryOf(unit),
        kind,
        heading,
        unit.get(IndexFields.SECTION_NUMBER),
        score,
        text == null ? List.of() : passages(heading, text, spans),
        proposals);
  }

  /**
   * The best passages of a section. A section's indexed text starts with its heading, which the hit
   * already names; passages leave it out unless the heading itself matched.
   */
  private List<Snippet> passages(String heading, String text, List<Span> spans) {
    int bodyStart = heading == null ? 0 : heading.length() + 1;
    if (bodyStart == 0
        || bodyStart > text.length()
        || spans.stream().anyMatch(span -> span.start() < bodyStart)) {
      return snippets.build(text, spans);
    }
    List<Span> shifted =
        spans.stream()
            .map(span -> new Span(span.start() - bodyStart, span.end() - bodyStart))
            .toList();
    return snippets.build(text.substring(bodyStart), shifted);
  }
}
