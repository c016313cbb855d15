package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.cwg.index.IndexFields;

/**
 * Reads what ordering, facets and counts need of every hit from doc values, which cost a few
 * nanoseconds a hit; the stored record of a document is decoded only for the hits shown.
 */
final class HitKeys {

  private HitKeys() {}

  /** The keys of every hit, in index order. */
  static List<Unit> of(IndexSearcher searcher, AllHits hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Unit> units = new ArrayList<>();
    LeafFields fields = null;
    int leafIndex = -1;
    for (int i = 0; i < hits.size(); i++) {
      int doc = hits.doc(i);
      int wanted = ReaderUtil.subIndex(doc, leaves);
      if (wanted != leafIndex) {
        leafIndex = wanted;
        fields = new LeafFields(leaves.get(leafIndex));
      }
      units.add(fields.unit(doc, hits.score(i)));
    }
    return units;
  }

  /**
   * Offers {@code best} every hit that can still make a page in relevance order. Relevance ties
   * are broken by meeting first, so a hit tying the worst one kept but from a later meeting is
   * passed over on its meeting alone, without reading its other keys (a citation query is one
   * big tie).
   */
  static void offerByRelevance(IndexSearcher searcher, AllHits hits, BestUnits best)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafFields fields = null;
    int leafIndex = -1;
    for (int i = 0; i < hits.size(); i++) {
      float score = hits.score(i);
      Unit worst = best.worst();
      if (worst != null && score < worst.score()) {
        continue;
      }
      int doc = hits.doc(i);
      int wanted = ReaderUtil.subIndex(doc, leaves);
      if (wanted != leafIndex) {
        leafIndex = wanted;
        fields = new LeafFields(leaves.get(leafIndex));
      }
      if (worst != null && score == worst.score()
          && later(fields.meeting(doc), worst.meeting())) {
        continue;
      }
      best.offer(fields.unit(doc, score));
    }
  }

  /** Whether meeting {@code a} sorts after {@code b}, no meeting last. */
  private static boolean later(Integer a, Integer b) {
    return a == null ? b != null : b != null && a > b;
  }

  /** The doc values of one segment, read forward as hit ids ascend. */
  private static final class LeafFields {
    private final int docBase;
    private final NumericDocValues meeting;
    private final SortedSetDocValues number;
    private final SortedDocValues date;
    private final SortedDocValues path;
    private final SortedSetDocValues sources;
    private final SortedSetDocValues section;
    private final NumericDocValues sectionIndex;
    private final StoredFields stored;
    private final Strings strings;
    private int meetingDoc = -1;
    private Integer meetingValue;

    LeafFields(LeafReaderContext leaf) throws IOException {
      LeafReader reader = leaf.reader();
      docBase = leaf.docBase;
      meeting = DocValues.getNumeric(reader, IndexFields.MEETING);
      number = DocValues.getSortedSet(reader, IndexFields.NUMBER);
      date = DocValues.getSorted(reader, IndexFields.DATE);
      path = DocValues.getSorted(reader, IndexFields.PATH);
      sources = DocValues.getSortedSet(reader, IndexFields.SOURCE);
      section = DocValues.getSortedSet(reader, IndexFields.SECTION);
      sectionIndex = DocValues.getNumeric(reader, IndexFields.SECTION_POSITION);
      // Indexes written before sections had their position as a doc value keep it stored only.
      stored = reader.getFieldInfos().fieldInfo(IndexFields.SECTION_POSITION) == null
          ? reader.storedFields() : null;
      // Instances of their own for look-ups: those above move forward hit by hit.
      strings = new Strings(DocValues.getSortedSet(reader, IndexFields.NUMBER),
          DocValues.getSorted(reader, IndexFields.DATE),
          DocValues.getSorted(reader, IndexFields.PATH),
          DocValues.getSortedSet(reader, IndexFields.SOURCE),
          DocValues.getSortedSet(reader, IndexFields.SECTION));
    }

    /** The meeting of a hit; ids must not go backwards. */
    Integer meeting(int globalDoc) throws IOException {
      if (globalDoc != meetingDoc) {
        meetingDoc = globalDoc;
        int doc = globalDoc - docBase;
        meetingValue = meeting.advanceExact(doc) ? (int) meeting.longValue() : null;
      }
      return meetingValue;
    }

    Unit unit(int globalDoc, float score) throws IOException {
      int doc = globalDoc - docBase;
      Integer meetingValue = meeting(globalDoc);
      int index = stored != null ? storedIndex(doc)
          : sectionIndex.advanceExact(doc) ? (int) sectionIndex.longValue() : -1;
      return new Unit(globalDoc, score, meetingValue, index, strings, first(number, doc),
          ord(date, doc), ord(path, doc), first(section, doc), all(sources, doc));
    }

    private int storedIndex(int doc) throws IOException {
      IndexableField field = stored.document(doc, Set.of(IndexFields.SECTION_INDEX))
          .getField(IndexFields.SECTION_INDEX);
      return field == null ? -1 : field.numericValue().intValue();
    }

    private static int ord(SortedDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.ordValue() : -1;
    }

    private static long first(SortedSetDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.nextOrd() : -1;
    }

    private static long[] all(SortedSetDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        return new long[0];
      }
      long[] ords = new long[values.docValueCount()];
      for (int i = 0; i < ords.length; i++) {
        ords[i] = values.nextOrd();
      }
      return ords;
    }
  }

  /** A segment's doc values kept for turning ordinals into strings, in any order of hits. */
  record Strings(SortedSetDocValues number, SortedDocValues date, SortedDocValues path,
      SortedSetDocValues sources, SortedSetDocValues section) {}
}
