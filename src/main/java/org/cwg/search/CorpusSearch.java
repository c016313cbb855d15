package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.cwg.index.CorpusReader;
import org.cwg.index.IndexFields;
import org.cwg.index.RecordSummary;
import org.cwg.index.RecordSummary.SectionLabel;
import org.cwg.model.CorpusOrder;
import org.cwg.model.ProposalItem;
import org.cwg.model.SectionKind;
import org.cwg.search.MatchSpans.Span;

/**
 * Ranked, section-level search. What BM25 ranks are the sections of every document plus each
 * document's front matter, so a hit names the section it falls in, and a query that matches inside
 * a Proposal returns that proposal (and the proposal items that match).
 *
 * <p>An instance serves one search at a time, and many in turn: it keeps what searches on its
 * reader share (the records read, the strings behind doc-value ordinals, the collector's arrays).
 */
public final class CorpusSearch {

  private static final int SNIPPET_WIDTH = 200;
  private static final int MAX_SNIPPETS = 3;
  private static final Set<String> UNIT_TEXT = Set.of(IndexFields.TEXT);

  private final CorpusReader reader;
  private final HitKeys keys;
  private final AllHits all;
  private final Records records;
  private final SnippetBuilder snippets = new SnippetBuilder(SNIPPET_WIDTH, MAX_SNIPPETS);

  public CorpusSearch(CorpusReader reader) {
    this.reader = reader;
    this.keys = new HitKeys(reader);
    this.all = new AllHits(reader);
    this.records = new Records(reader);
  }

  public SearchResult search(SearchRequest request) throws IOException {
    Query text = UserQuery.parse(request.query(), request.exact());
    Query query =
        CorpusReader.rankedUnits()
            .add(text, BooleanClause.Occur.MUST)
            .add(request.filters().toQuery(reader.indexReader()), BooleanClause.Occur.FILTER)
            .build();
    IndexSearcher searcher = reader.searcher();
    all.clear();
    searcher.search(query, all);
    BestUnits best = new BestUnits(order(request.sort()), request.limit());
    SearchResult.Facets facets = null;
    if (request.facets() || request.sort() != SortOrder.RELEVANCE) {
      List<Unit> units = keys.of(all);
      facets = request.facets() ? HitFacets.of(units) : null;
      best.offerAll(units);
    } else {
      // Relevance order without facets shows only the best hits: the rest need no keys.
      keys.offerByRelevance(all, best);
    }
    StoredFields stored = searcher.storedFields();
    MatchSpans matches = request.snippets() ? MatchSpans.of(searcher, text) : null;
    List<SearchHit> hits = new ArrayList<>();
    for (Unit unit : best.inOrder()) {
      RecordSummary record = records.get(unit.path());
      if (matches == null) {
        hits.add(hit(unit, record, null, List.of()));
        continue;
      }
      String unitText = stored.document(unit.doc(), UNIT_TEXT).get(IndexFields.TEXT);
      hits.add(hit(unit, record, unitText, matches.in(unit.doc())));
    }
    return new SearchResult(request.query(), all.size(), all.documents(), hits, facets);
  }

  private SearchHit hit(Unit unit, RecordSummary record, String text, List<Span> spans) {
    SectionLabel section =
        unit.sectionIndex() < 0 ? null : record.sections().get(unit.sectionIndex());
    List<ProposalItem> proposals =
        text != null && section != null && SectionKind.PROPOSAL.id().equals(unit.sectionKind())
            ? ProposalMatches.itemsWithMatches(record.proposals(), text, spans)
            : List.of();
    return new SearchHit(
        record.id(),
        record.path(),
        record.number(),
        record.meeting(),
        record.date(),
        record.sources(),
        record.title(),
        record.type(),
        section == null ? null : unit.sectionKind(),
        section == null ? null : section.heading(),
        section == null ? null : section.number(),
        unit.score(),
        text == null ? List.of() : passages(section, text, spans),
        proposals);
  }

  /**
   * The best passages of a section. A section's indexed text starts with its heading, which the hit
   * already names; passages leave it out unless the heading itself matched.
   */
  private List<Snippet> passages(SectionLabel section, String text, List<Span> spans) {
    int bodyStart = section == null ? 0 : section.heading().length() + 1;
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

  private static Comparator<Unit> order(SortOrder sort) {
    Comparator<Unit> byScore = Comparator.comparingDouble(u -> -u.score());
    Comparator<Unit> inCorpus =
        CorpusOrder.of(Unit::meeting, Unit::number, Unit::path)
            .thenComparingInt(Unit::sectionIndex);
    return switch (sort) {
      case RELEVANCE -> byScore.thenComparing(inCorpus);
      case DATE ->
          Comparator.comparing(Unit::date, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(byScore)
              .thenComparing(inCorpus);
      case MEETING -> inCorpus;
    };
  }

  /** Summaries by the document's path, each read from the index once. */
  static final class Records {
    private final CorpusReader reader;
    private final Map<String, RecordSummary> byPath = new HashMap<>();

    Records(CorpusReader reader) {
      this.reader = reader;
    }

    RecordSummary get(String path) throws IOException {
      RecordSummary record = byPath.get(path);
      if (record == null) {
        record =
            reader
                .summaryByPath(path)
                .orElseThrow(
                    () -> new IllegalStateException("index damaged: no record for " + path));
        byPath.put(path, record);
      }
      return record;
    }
  }
}
