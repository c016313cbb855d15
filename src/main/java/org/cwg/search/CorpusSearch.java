package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.cwg.index.IndexFields;
import org.cwg.model.DocumentRecord;
import org.cwg.model.NaturalOrder;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.search.MatchSpans.Span;

/**
 * Ranked, section-level search. What BM25 ranks are the sections of every document plus each
 * document's front matter, so a hit names the section it falls in, and a query that matches
 * inside a Proposal returns that proposal (and the proposal items that match).
 */
public final class CorpusSearch {

  private static final int SNIPPET_WIDTH = 200;
  private static final int MAX_SNIPPETS = 3;
  private static final Set<String> UNIT_FIELDS =
      Set.of(IndexFields.DOC_ID, IndexFields.SECTION_INDEX);

  private final CorpusReader reader;
  private final Records records;
  private final SnippetBuilder snippets = new SnippetBuilder(SNIPPET_WIDTH, MAX_SNIPPETS);

  public CorpusSearch(CorpusReader reader) {
    this.reader = reader;
    this.records = new Records(reader);
  }

  public SearchResult search(SearchRequest request) throws IOException {
    Query text = UserQuery.parse(request.query(), request.exact());
    Query query = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(units(), BooleanClause.Occur.FILTER)
        .add(request.filters().toQuery(reader.indexReader()), BooleanClause.Occur.FILTER)
        .build();
    IndexSearcher searcher = reader.searcher();
    TopDocs top = searcher.search(query, Math.max(1, reader.indexReader().maxDoc()));
    StoredFields stored = searcher.storedFields();
    List<Unit> units = new ArrayList<>();
    for (ScoreDoc scored : top.scoreDocs) {
      Document fields = stored.document(scored.doc, UNIT_FIELDS);
      IndexableField index = fields.getField(IndexFields.SECTION_INDEX);
      DocumentRecord record = records.get(fields.get(IndexFields.DOC_ID));
      int sectionIndex = index == null ? -1 : index.numericValue().intValue();
      units.add(new Unit(scored.doc, scored.score, record,
          sectionIndex < 0 ? null : record.sections().get(sectionIndex), sectionIndex));
    }
    SearchResult.Facets facets = request.facets() ? HitFacets.of(units) : null;
    units.sort(order(request.sort()));
    MatchSpans matches = MatchSpans.of(searcher, text);
    List<SearchHit> hits = new ArrayList<>();
    for (Unit unit : units.subList(0, Math.min(request.limit(), units.size()))) {
      String unitText = stored.document(unit.doc(), Set.of(IndexFields.TEXT))
          .get(IndexFields.TEXT);
      hits.add(hit(unit, unitText, matches.in(unit.doc())));
    }
    int documents = (int) units.stream().map(u -> u.record().id()).distinct().count();
    return new SearchResult(request.query(), units.size(), documents, hits, facets);
  }

  /** The Lucene documents search ranks: sections and front matters. */
  private static Query units() {
    return new BooleanQuery.Builder()
        .add(CorpusReader.kind(IndexFields.KIND_SECTION), BooleanClause.Occur.SHOULD)
        .add(CorpusReader.kind(IndexFields.KIND_FRONT), BooleanClause.Occur.SHOULD)
        .build();
  }

  private SearchHit hit(Unit unit, String text, List<Span> spans) {
    DocumentRecord record = unit.record();
    Section section = unit.section();
    List<ProposalItem> proposals = section != null && section.kind() == SectionKind.PROPOSAL
        ? ProposalMatches.itemsWithMatches(record.proposals(), text, spans)
        : List.of();
    return new SearchHit(record.id(), record.file().path(), record.metadata().number(),
        record.metadata().meeting(), record.metadata().date(), record.metadata().sources(),
        record.metadata().title(), record.metadata().type(),
        section == null ? null : section.kind().id(),
        section == null ? null : section.heading(),
        section == null ? null : section.number(),
        unit.score(), passages(section, text, spans), proposals);
  }

  /**
   * The best passages of a section. A section's indexed text starts with its heading, which the
   * hit already names; passages leave it out unless the heading itself matched.
   */
  private List<Snippet> passages(Section section, String text, List<Span> spans) {
    int bodyStart = section == null ? 0 : section.heading().length() + 1;
    if (bodyStart == 0 || bodyStart > text.length()
        || spans.stream().anyMatch(span -> span.start() < bodyStart)) {
      return snippets.build(text, spans);
    }
    List<Span> shifted = spans.stream()
        .map(span -> new Span(span.start() - bodyStart, span.end() - bodyStart)).toList();
    return snippets.build(text.substring(bodyStart), shifted);
  }

  private static Comparator<Unit> order(SortOrder sort) {
    Comparator<Unit> byScore = Comparator.comparingDouble(u -> -u.score());
    Comparator<Unit> inCorpus = Comparator
        .comparing((Unit u) -> u.record().metadata().meeting(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(u -> u.record().metadata().number(),
            Comparator.nullsLast(NaturalOrder.INSTANCE))
        .thenComparing(u -> u.record().file().path())
        .thenComparingInt(Unit::sectionIndex);
    return switch (sort) {
      case RELEVANCE -> byScore.thenComparing(inCorpus);
      case DATE -> Comparator
          .comparing((Unit u) -> u.record().metadata().date(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(byScore).thenComparing(inCorpus);
      case MEETING -> inCorpus;
    };
  }

  /**
   * A ranked Lucene document with what sorting, facets and hits need.
   *
   * @param doc index-wide Lucene id
   * @param score BM25 score
   * @param record the document it belongs to
   * @param section the section, or null for the front matter
   * @param sectionIndex the section's position, -1 for the front matter
   */
  record Unit(int doc, float score, DocumentRecord record, Section section, int sectionIndex) {}

  /** Records by id, each read from the index once per search. */
  static final class Records {
    private final CorpusReader reader;
    private final Map<String, DocumentRecord> byId = new HashMap<>();

    Records(CorpusReader reader) {
      this.reader = reader;
    }

    DocumentRecord get(String id) throws IOException {
      DocumentRecord record = byId.get(id);
      if (record == null) {
        record = reader.find(id).orElseThrow(
            () -> new IllegalStateException("index damaged: no record for " + id));
        byId.put(id, record);
      }
      return record;
    }
  }
}
