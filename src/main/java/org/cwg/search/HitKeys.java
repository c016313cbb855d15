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
    Segments segments = new Segments(searcher);
    List<Unit> units = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      int doc = hits.doc(i);
      units.add(segments.of(doc).unit(doc, hits.score(i)));
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
    Segments segments = new Segments(searcher);
    for (int i = 0; i < hits.size(); i++) {
      float score = hits.score(i);
      Unit worst = best.worst();
      if (worst != null && score < worst.score()) {
        continue;
      }
      int doc = hits.doc(i);
      LeafFields fields = segments.of(doc);
      if (worst != null && score == worst.score()
          && later(fields.meeting(doc), worst.meeting())) {
        continue;
      }
      best.offer(fields.unit(doc, score));
    }
  }

  /**
   * The doc values of the segment each hit falls in, for hit ids that ascend: a segment is
   * looked up only when a hit passes its end, not by a search over the segments for every hit.
   */
  private static final class Segments {
    private final List<LeafReaderContext> leaves;
    private LeafFields current;
    private int end = -1;

    Segments(IndexSearcher searcher) {
      this.leaves = searcher.getIndexReader().leaves();
    }

    LeafFields of(int doc) throws IOException {
      if (current == null || doc >= end) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        current = new LeafFields(leaf);
        end = leaf.docBase + leaf.reader().maxDoc();
      }
      return current;
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
      strings = new Strings(reader);
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

  /**
   * A segment's doc values for turning ordinals into strings, in any order of hits. They are
   * instances of their own (those of {@link LeafFields} move forward hit by hit), opened the
   * first time a string is asked for: most segments give no hit to the page.
   */
  static final class Strings {
    private final LeafReader reader;
    private SortedSetDocValues number;
    private SortedDocValues date;
    private SortedDocValues path;
    private SortedSetDocValues sources;
    private SortedSetDocValues section;

    Strings(LeafReader reader) {
      this.reader = reader;
    }

    SortedSetDocValues number() throws IOException {
      if (number == null) {
        number = DocValues.getSortedSet(reader, IndexFields.NUMBER);
      }
      return number;
    }

    SortedDocValues date() throws IOException {
      if (date == null) {
        date = DocValues.getSorted(reader, IndexFields.DATE);
      }
      return date;
    }

    SortedDocValues path() throws IOException {
      if (path == null) {
        path = DocValues.getSorted(reader, IndexFields.PATH);
      }
      return path;
    }

    SortedSetDocValues sources() throws IOException {
      if (sources == null) {
        sources = DocValues.getSortedSet(reader, IndexFields.SOURCE);
      }
      return sources;
    }

    SortedSetDocValues section() throws IOException {
      if (section == null) {
        section = DocValues.getSortedSet(reader, IndexFields.SECTION);
      }
      return section;
    }
  }
}
