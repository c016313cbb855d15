package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.cwg.index.IndexFields;
import org.junit.jupiter.api.Test;

class HitFacetsTest {

  /** Each path's units in segments of their own, as an index being written is read. */
  @Test
  void documentsCountsEachPathOnceAcrossSegments() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (List<String> segment :
          List.<List<String>>of(List.of("b", "c", "c"), List.of("a", "c"), List.of())) {
        for (String path : segment) {
          writer.addDocument(unit(path, "x"));
        }
        writer.addDocument(unit("d", "y"));
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertEquals(3, reader.leaves().size());
        assertEquals(3, documents(reader, new TermQuery(new Term("word", "x"))));
        assertEquals(4, documents(reader, new MatchAllDocsQuery()));
        assertEquals(0, documents(reader, new TermQuery(new Term("word", "z"))));
        // Again, from what the first calls kept for this reader.
        assertEquals(3, documents(reader, new TermQuery(new Term("word", "x"))));
      }
    }
  }

  @Test
  void documentsOfAnIndexWithoutPathsIsZero() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("word", "x", Field.Store.NO));
      writer.addDocument(doc);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertEquals(0, documents(reader, new MatchAllDocsQuery()));
      }
    }
  }

  private static int documents(DirectoryReader reader, Query query) throws IOException {
    FacetsCollector hits = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
    return new HitFacets(reader, hits).documents();
  }

  private static Document unit(String path, String word) {
    Document doc = new Document();
    doc.add(new SortedDocValuesField(IndexFields.PATH, new BytesRef(path)));
    doc.add(new StringField("word", word, Field.Store.NO));
    return doc;
  }
}
