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
import org.apache.lucene.util.FixedBitSet;
import org.cwg.index.IndexFields;
import org.cwg.search.CorpusSearch.Unit;

/**
 * Reads what ordering, facets and counts need of every hit from doc values, which cost a few
 * nanoseconds a hit; the stored record of a document is decoded only for the hits shown.
 */
final class HitKeys {

  private HitKeys() {}

  /** The keys of every hit scoring at least {@code minScore}, in index order. */
  static List<Unit> of(IndexSearcher searcher, AllHits hits, float minScore) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Unit> units = new ArrayList<>();
    LeafFields fields = null;
    int leafIndex = -1;
    for (int i = 0; i < hits.size(); i++) {
      if (hits.score(i) < minScore) {
        continue;
      }
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
   * How many documents the hits fall in. A document's path is unique and its Lucene documents
   * share one segment, so distinct path ordinals per segment count documents without reading a
   * single path.
   */
  static int documents(IndexSearcher searcher, AllHits hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int documents = 0;
    int leafIndex = -1;
    SortedDocValues paths = null;
    FixedBitSet seen = null;
    int docBase = 0;
    for (int i = 0; i < hits.size(); i++) {
      int doc = hits.doc(i);
      int wanted = ReaderUtil.subIndex(doc, leaves);
      if (wanted != leafIndex) {
        leafIndex = wanted;
        LeafReaderContext leaf = leaves.get(leafIndex);
        docBase = leaf.docBase;
        paths = DocValues.getSorted(leaf.reader(), IndexFields.PATH);
        seen = new FixedBitSet(Math.max(1, paths.getValueCount()));
      }
      if (paths.advanceExact(doc - docBase) && !seen.getAndSet(paths.ordValue())) {
        documents++;
      }
    }
    return documents;
  }

  /**
   * The score of the {@code count}-th best hit: in relevance order nothing scoring less can be
   * shown, so only hits at or above it need their keys (ties at the cut are kept).
   */
  static float cutOff(AllHits hits, int count) {
    if (count <= 0) {
      return Float.POSITIVE_INFINITY;
    }
    if (hits.size() <= count) {
      return Float.NEGATIVE_INFINITY;
    }
    float[] best = new float[count];
    java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < hits.size(); i++) {
      float score = hits.score(i);
      if (score > best[0]) {
        int at = 0;
        while (at + 1 < count && best[at + 1] < score) {
          best[at] = best[at + 1];
          at++;
        }
        best[at] = score;
      }
    }
    return best[0];
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
    }

    Unit unit(int globalDoc, float score) throws IOException {
      int doc = globalDoc - docBase;
      Integer meetingValue = meeting.advanceExact(doc) ? (int) meeting.longValue() : null;
      String sectionKind = first(section, doc);
      int index = stored != null ? storedIndex(doc)
          : sectionIndex.advanceExact(doc) ? (int) sectionIndex.longValue() : -1;
      return new Unit(globalDoc, score, meetingValue, first(number, doc), value(date, doc),
          value(path, doc), all(sources, doc), sectionKind, index);
    }

    private int storedIndex(int doc) throws IOException {
      IndexableField field = stored.document(doc, Set.of(IndexFields.SECTION_INDEX))
          .getField(IndexFields.SECTION_INDEX);
      return field == null ? -1 : field.numericValue().intValue();
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private static String first(SortedSetDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
    }

    private static List<String> all(SortedSetDocValues values, int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        return List.of();
      }
      List<String> all = new ArrayList<>(values.docValueCount());
      for (int i = 0; i < values.docValueCount(); i++) {
        all.add(values.lookupOrd(values.nextOrd()).utf8ToString());
      }
      return all;
    }
  }
}
