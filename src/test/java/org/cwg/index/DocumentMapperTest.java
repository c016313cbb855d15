package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
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
  void theStoredRecordComesBackWholeWithItsProposals() {
    // The second heading spans two lines: the record keeps each body as the structure stage cut it.
    String text = "COVER\nPurpose\n  To test.  \nII\nProposal\nTo propose.";
    List<Section> sections =
        List.of(
            new Section(SectionKind.PURPOSE, "Purpose", null, 1, "To test.", 6, 27),
            new Section(
                SectionKind.PROPOSAL, "Proposal", "II", 1, "To propose.", 27, text.length()));
    List<ProposalItem> proposals =
        List.of(new ProposalItem("1", "First {item} [x] \"quoted\""), new ProposalItem(null, "ü"));
    DocumentRecord record =
        new DocumentRecord(
            "id2",
            new SourceFile("/corpus/b.txt", null, 9, 0, "text/plain"),
            Metadata.empty(),
            sections,
            proposals,
            List.of(),
            List.of(),
            List.of(),
            text,
            6);
    Document stored = DocumentMapper.toDocuments(record).get(0);
    assertEquals(record, DocumentMapper.toRecord(stored));
    assertEquals(proposals, DocumentMapper.proposals(stored));
  }
}
