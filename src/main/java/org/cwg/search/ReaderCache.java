package org.cwg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What a search reads from an index that does not depend on the query: the merged field infos, the
 * facet readers' state and the ordinal maps across segments. Building them costs more than many a
 * query, so each is made once per opened reader (one commit) and dropped with it.
 */
final class ReaderCache {

  /** By the reader's cache key; a reader's entry goes when it closes. */
  private static final Map<IndexReader.CacheKey, ReaderCache> CACHES = new ConcurrentHashMap<>();

  private final IndexReader reader;
  private final FieldInfos fieldInfos;
  private final Map<String, StringDocValuesReaderState> facetStates = new java.util.HashMap<>();
  private final Map<String, OrdinalMap> ordinalMaps = new java.util.HashMap<>();

  private ReaderCache(IndexReader reader) {
    this.reader = reader;
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
  }

  /** The cache of {@code reader}; a reader without a cache key gets a fresh one each time. */
  static ReaderCache of(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new ReaderCache(reader);
    }
    ReaderCache cache = CACHES.get(helper.getKey());
    if (cache == null) {
      cache = new ReaderCache(reader);
      ReaderCache raced = CACHES.putIfAbsent(helper.getKey(), cache);
      if (raced != null) {
        return raced;
      }
      // Added after the entry, so that a reader closing now still removes it.
      helper.addClosedListener(CACHES::remove);
    }
    return cache;
  }

  boolean hasField(String field) {
    return fieldInfos.fieldInfo(field) != null;
  }

  /** The state {@code StringValueFacetCounts} needs for a keyword field with doc values. */
  synchronized StringDocValuesReaderState facetState(String field) {
    return facetStates.computeIfAbsent(
        field,
        name -> {
          try {
            return new StringDocValuesReaderState(reader, name);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The map from each segment's ordinals of a single-valued keyword field to the reader's, or null
   * when the reader has one segment (its ordinals are the reader's).
   */
  synchronized OrdinalMap ordinalMap(String field) throws IOException {
    if (reader.leaves().size() <= 1) {
      return null;
    }
    OrdinalMap map = ordinalMaps.get(field);
    if (map == null) {
      SortedDocValues[] values = new SortedDocValues[reader.leaves().size()];
      for (LeafReaderContext leaf : reader.leaves()) {
        values[leaf.ord] = DocValues.getSorted(leaf.reader(), field);
      }
      map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
      ordinalMaps.put(field, map);
    }
    return map;
  }
}
