package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentMapperTest {

  private static final String TEXT = "COVER BLOCK\nPurpose\nTo test.\n1\tProposal\nTo propose.\n";

  private static DocumentRecord record(List<Section> sections) {
    return new DocumentRecord(
        "id1",
        new SourceFile("/corpus/a.txt", null, TEXT.length(), 0, "text/plain"),
        Metadata.empty(),
        sections,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        TEXT,
        8);
  }

  private static final List<Section> SECTIONS =
      List.of(
          new Section(SectionKind.PURPOSE, "Purpose", null, 1, "To test.", 12, 29),
          new Section(SectionKind.PROPOSAL, "Proposal", "1", 1, "To propose.", 29, TEXT.length()));

  @Test
  void aDocumentItsSectionsAndItsFrontMatter() {
    List<Document> docs = DocumentMapper.toDocuments(record(SECTIONS));
    assertEquals(
        List.of("document", "section", "section", "front"),
        docs.stream().map(d -> d.getField(IndexFields.KIND).stringValue()).toList());
    assertEquals("COVER BLOCK\n", docs.get(3).get(IndexFields.TEXT));
  }

  @Test
  void withoutSectionsTheFrontMatterIsTheWholeText() {
    List<Document> docs = DocumentMapper.toDocuments(record(List.of()));
    assertEquals(TEXT, docs.get(1).get(IndexFields.TEXT));
  }

  @Test
  void recordsWithSectionsGoIntoTheIndexAndComeBack(@TempDir Path tmp) throws IOException {
    try (CorpusWriter writer = CorpusWriter.open(tmp)) {
      writer.put(record(SECTIONS));
      writer.put(record(List.of()));
      writer.commit();
    }
    try (CorpusReader reader = CorpusReader.open(tmp)) {
      assertEquals(List.of(record(List.of())), reader.documents(), "the second put replaced");
    }
  }

  @Test
  void everyKindOfLuceneDocumentHasANormForEachRankedField(@TempDir Path tmp) throws IOException {
    try (CorpusWriter writer = CorpusWriter.open(tmp)) {
      writer.put(record(SECTIONS));
      writer.putFailure("id2", new SourceFile("/corpus/b.docx", null, 0, 0, null), "empty");
      writer.commit();
    }
    try (Directory directory = FSDirectory.open(tmp);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      for (String field : List.of(IndexFields.TEXT, IndexFields.HEADING, IndexFields.TITLE)) {
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          assertTrue(norms.advanceExact(doc), "Lucene document " + doc + " has no " + field);
        }
      }
      assertEquals(5, leaf.maxDoc());
    }
  }

  @Test
  void theStoredRecordLeavesOutBodiesTheTextHoldsAndGivesThemBack() {
    // The second heading spans two lines: its body is not "the lines after the heading's first
    // line", so it stays in the record.
    String text = "COVER\nPurpose\n  To test.  \nII\nProposal\nTo propose.";
    List<Section> sections =
        List.of(
            new Section(SectionKind.PURPOSE, "Purpose", null, 1, "To test.", 6, 27),
            new Section(
                SectionKind.PROPOSAL, "Proposal", "II", 1, "To propose.", 27, text.length()));
    DocumentRecord record =
        new DocumentRecord(
            "id2",
            new SourceFile("/corpus/b.txt", null, 9, 0, "text/plain"),
            Metadata.empty(),
            sections,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            text,
            6);
    Document stored = DocumentMapper.toDocuments(record).get(0);
    String json = stored.get(IndexFields.RECORD);
    assertFalse(json.contains("To test."), json);
    assertTrue(json.contains("To propose."), json);
    assertEquals(record, DocumentMapper.toRecord(stored));
  }
}
