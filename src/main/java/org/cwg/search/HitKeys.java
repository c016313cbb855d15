package org.cwg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.cwg.index.CorpusReader;
import org.cwg.index.FileBlocks;
import org.cwg.index.IndexFields;

/**
 * Reads what ordering, facets and counts need of every hit from doc values, which cost a few
 * nanoseconds a hit; the stored record of a document is decoded only for the hits shown.
 */
final class HitKeys {

  private HitKeys() {}

  /** The keys of every hit, in index order. */
  static List<Unit> of(CorpusReader reader, AllHits hits) throws IOException {
    Segments segments = new Segments(reader);
    List<Unit> units = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      int doc = hits.doc(i);
      units.add(segments.of(doc).unit(doc, hits.score(i)));
    }
    return units;
  }

  /**
   * Offers {@code best} every hit that can still make a page in relevance order, reading as few
   * keys as it can: a citation query is one big tie, broken by meeting, number, path and section.
   *
   * <ul>
   *   <li>A hit tying the worst one kept but from a later meeting is passed over on its meeting
   *       alone, and so are the other hits of its file with that score (they share the meeting).
   *   <li>A tying hit is passed over when an earlier section of its file, with the same score,
   *       was just passed over: it ties on everything but its position, and loses on that.
   * </ul>
   *
   * <p>Neither rule can pass over a hit that would be kept: the worst hit kept only gets better.
   */
  static void offerByRelevance(CorpusReader reader, AllHits hits, BestUnits best)
      throws IOException {
    Segments segments = new Segments(reader);
    Unit passedOver = null;
    float lostScore = Float.NaN;
    int lostFileEnd = -1;
    for (int i = 0; i < hits.size(); i++) {
      float score = hits.score(i);
      Unit worst = best.worst();
      if (worst != null && score < worst.score()) {
        continue;
      }
      int doc = hits.doc(i);
      LeafFields fields = segments.of(doc);
      if (worst != null && score == worst.score()) {
        if (doc < lostFileEnd && score == lostScore
            && (passedOver == null || fields.sectionIndex(doc) > passedOver.sectionIndex())) {
          continue;
        }
        if (later(fields.meeting(doc), worst.meeting())) {
          passedOver = null;
          lostScore = score;
          lostFileEnd = fields.fileEnd(doc);
          continue;
        }
      }
      Unit unit = fields.unit(doc, score);
      if (!best.offer(unit)) {
        passedOver = unit;
        lostScore = score;
        lostFileEnd = fields.fileEnd(doc);
      }
    }
  }

  /**
   * The doc values of the segment each hit falls in, for hit ids that ascend: a segment is
   * looked up only when a hit passes its end, not by a search over the segments for every hit.
   */
  private static final class Segments {
    private final CorpusReader reader;
    private final List<LeafReaderContext> leaves;
    private LeafFields current;
    private int end = -1;

    Segments(CorpusReader reader) {
      this.reader = reader;
      this.leaves = reader.indexReader().leaves();
    }

    LeafFields of(int doc) throws IOException {
      if (current == null || doc >= end) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        current = new LeafFields(leaf, reader.fileBlocks(leaf));
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
    private final FileBlocks fileBlocks;
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
    private int sectionDoc = -1;
    private int sectionValue;

    LeafFields(LeafReaderContext leaf, FileBlocks fileBlocks) throws IOException {
      LeafReader reader = leaf.reader();
      docBase = leaf.docBase;
      this.fileBlocks = fileBlocks;
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
      return new Unit(globalDoc, score, meetingValue, sectionIndex(globalDoc), strings,
          first(number, doc), ord(date, doc), ord(path, doc), first(section, doc),
          all(sources, doc));
    }

    /** Where the file of a hit ends in the index: the start of the next, or the segment's end. */
    int fileEnd(int globalDoc) {
      return docBase + fileBlocks.endOf(globalDoc - docBase);
    }

    /**
     * The section's position in its document, -1 for the front matter; ids must not go
     * backwards. Kept for the last hit asked about, which {@link #unit} may ask about again.
     */
    int sectionIndex(int globalDoc) throws IOException {
      if (globalDoc != sectionDoc) {
        sectionDoc = globalDoc;
        int doc = globalDoc - docBase;
        sectionValue = stored != null ? storedIndex(doc)
            : sectionIndex.advanceExact(doc) ? (int) sectionIndex.longValue() : -1;
      }
      return sectionValue;
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
   * Turns a segment's ordinals into strings, for hits in any order. Its doc values are instances
   * of their own (those of {@link LeafFields} move forward hit by hit), opened the first time a
   * string is asked for, since most segments give no hit to the page. Strings are remembered by
   * ordinal: ties are broken on numbers and paths, which the sections of a document share, and
   * facets count a few sources and kinds over thousands of hits.
   */
  static final class Strings {
    private final Column number;
    private final Column date;
    private final Column path;
    private final Column sources;
    private final Column section;

    Strings(LeafReader reader) {
      number = new Column(reader, IndexFields.NUMBER);
      date = new Column(reader, IndexFields.DATE);
      path = new Column(reader, IndexFields.PATH);
      sources = new Column(reader, IndexFields.SOURCE);
      section = new Column(reader, IndexFields.SECTION);
    }

    String number(long ord) {
      return number.text(ord);
    }

    String date(long ord) {
      return date.text(ord);
    }

    String path(long ord) {
      return path.text(ord);
    }

    String source(long ord) {
      return sources.text(ord);
    }

    String section(long ord) {
      return section.text(ord);
    }
  }

  /** One doc-values field of a segment, as strings by ordinal. */
  private static final class Column {
    private final LeafReader reader;
    private final String field;
    private final Map<Long, String> texts = new HashMap<>();
    private SortedSetDocValues values;

    Column(LeafReader reader, String field) {
      this.reader = reader;
      this.field = field;
    }

    String text(long ord) {
      String text = texts.get(ord);
      if (text == null) {
        try {
          if (values == null) {
            // Single-valued fields come wrapped, with the same ordinals.
            values = DocValues.getSortedSet(reader, field);
          }
          text = values.lookupOrd(ord).utf8ToString();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        texts.put(ord, text);
      }
      return text;
    }
  }
}
