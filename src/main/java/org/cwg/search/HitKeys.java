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
 *
 * <p>One instance serves every search on a reader, and remembers the strings behind the ordinals it
 * has read for the reader's life: turning an ordinal into a string decompresses a block of doc
 * values, and the same numbers and paths come back search after search (the first files of a
 * meeting break the ties of every citation query). Not thread-safe.
 */
final class HitKeys {

  private final CorpusReader reader;
  private final Strings[] strings;

  HitKeys(CorpusReader reader) {
    this.reader = reader;
    this.strings = new Strings[reader.indexReader().leaves().size()];
  }

  /** The strings of a segment of this reader, made the first time it gives a hit. */
  private Strings strings(LeafReaderContext leaf) {
    if (strings[leaf.ord] == null) {
      strings[leaf.ord] = new Strings(leaf.reader());
    }
    return strings[leaf.ord];
  }

  /** The keys of every hit, in index order. */
  List<Unit> of(AllHits hits) throws IOException {
    Segments segments = new Segments();
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
   *   <li>A tying hit is passed over when an earlier section of its file, with the same score, was
   *       just passed over: it ties on everything but its position, and loses on that.
   * </ul>
   *
   * <p>Neither rule can pass over a hit that would be kept: the worst hit kept only gets better.
   */
  void offerByRelevance(AllHits hits, BestUnits best) throws IOException {
    Segments segments = new Segments();
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
        if (doc < lostFileEnd
            && score == lostScore
            && (passedOver == null || laterInFile(fields, doc, lostFileEnd, passedOver))) {
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
   * The doc values of the segment each hit falls in, for hit ids that ascend: a segment is looked
   * up only when a hit passes its end, not by a search over the segments for every hit.
   */
  private final class Segments {
    private final List<LeafReaderContext> leaves = reader.indexReader().leaves();
    private LeafFields current;
    private int end = -1;

    LeafFields of(int doc) throws IOException {
      if (current == null || doc >= end) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        current = new LeafFields(leaf, reader.fileBlocks(leaf), strings(leaf));
        end = leaf.docBase + leaf.reader().maxDoc();
      }
      return current;
    }
  }

  /**
   * Whether {@code doc}, a hit after {@code passedOver} in the same file (which ends at {@code
   * fileEnd}), comes after it in corpus order. A file's block holds its sections in order and ends
   * with its front matter, which comes first in corpus order ({@link
   * org.cwg.index.DocumentMapper#toDocuments}): only the block's last document can be either, and
   * only its position is read.
   */
  private static boolean laterInFile(LeafFields fields, int doc, int fileEnd, Unit passedOver)
      throws IOException {
    if (doc < fileEnd - 1 && passedOver.sectionIndex() >= 0) {
      return true;
    }
    return fields.sectionIndex(doc) > passedOver.sectionIndex();
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

    LeafFields(LeafReaderContext leaf, FileBlocks fileBlocks, Strings strings) throws IOException {
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
      stored =
          reader.getFieldInfos().fieldInfo(IndexFields.SECTION_POSITION) == null
              ? reader.storedFields()
              : null;
      this.strings = strings;
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
      return new Unit(
          globalDoc,
          score,
          meetingValue,
          sectionIndex(globalDoc),
          strings,
          first(number, doc),
          ord(date, doc),
          ord(path, doc),
          first(section, doc),
          all(sources, doc));
    }

    /** Where the file of a hit ends in the index: the start of the next, or the segment's end. */
    int fileEnd(int globalDoc) {
      return docBase + fileBlocks.endOf(globalDoc - docBase);
    }

    /**
     * The section's position in its document, -1 for the front matter; ids must not go backwards.
     * Kept for the last hit asked about, which {@link #unit} may ask about again.
     */
    int sectionIndex(int globalDoc) throws IOException {
      if (globalDoc != sectionDoc) {
        sectionDoc = globalDoc;
        int doc = globalDoc - docBase;
        sectionValue =
            stored != null
                ? storedIndex(doc)
                : sectionIndex.advanceExact(doc) ? (int) sectionIndex.longValue() : -1;
      }
      return sectionValue;
    }

    private int storedIndex(int doc) throws IOException {
      IndexableField field =
          stored
              .document(doc, Set.of(IndexFields.SECTION_INDEX))
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
   * Turns a segment's ordinals into strings, for hits in any order and for every search on the
   * reader. Its doc values are instances of their own (those of {@link LeafFields} move forward hit
   * by hit), opened the first time a string is asked for, since most segments give no hit to the
   * page. Strings are remembered by ordinal: ties are broken on numbers and paths, which the
   * sections of a document share and which searches share, and facets count a few sources and kinds
   * over thousands of hits.
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
