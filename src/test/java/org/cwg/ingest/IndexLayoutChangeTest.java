package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.cwg.index.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by an earlier cwg, whose commits record no layout. */
class IndexLayoutChangeTest {

  @TempDir Path tmp;

  private Path earlierIndex() throws Exception {
    Path index = tmp.resolve("index");
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("kind", "document", Field.Store.NO));
      doc.add(new StringField("text_exact", "old", Field.Store.NO));
      writer.addDocument(doc);
      writer.commit();
    }
    return index;
  }

  @Test
  void readingCommandsAskForARebuild() throws Exception {
    Path index = earlierIndex();
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> CorpusReader.open(index));
    assertEquals(
        "the index at "
            + index
            + " was made by an earlier cwg (layout 1, this one"
            + " reads 7); run 'cwg ingest' on its folders again to rebuild it",
        refused.getMessage());
  }

  @Test
  void ingestRebuildsItFromTheFilesAndSaysSo() throws Exception {
    Path index = earlierIndex();
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Resolution 1305\n", StandardCharsets.UTF_8);
    List<String> heard = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void rebuilding(String why) {
            heard.add(why);
          }
        };

    IngestSummary first =
        new Ingester(index, IngestOptions.defaults(), listener).ingest(List.of(corpus));
    IngestSummary second =
        new Ingester(index, IngestOptions.defaults(), listener).ingest(List.of(corpus));

    assertEquals(
        List.of(
            "the index at "
                + index
                + " was made by an earlier cwg; it is rebuilt"
                + " from the files of this run"),
        heard,
        "said once, on the run that rebuilds");
    assertEquals(1, first.added());
    assertEquals(1, second.unchanged());
    try (CorpusReader reader = CorpusReader.open(index)) {
      assertEquals(1, reader.documents().size());
      assertTrue(reader.failures().isEmpty());
      assertEquals(2, reader.indexReader().maxDoc(), "the document and its front matter only");
    }
  }
}
