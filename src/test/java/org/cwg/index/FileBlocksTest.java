package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlocksTest {

  private static final String TEXT = "COVER\nPurpose\nTo test.\n1\tProposal\nTo propose.\n";

  private static DocumentRecord record(String id, List<Section> sections) {
    return new DocumentRecord(
        id,
        new SourceFile("/corpus/" + id + ".txt", null, TEXT.length(), 0, "text/plain"),
        Metadata.empty(),
        sections,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        TEXT,
        6);
  }

  @Test
  void eachFileStartsWhereItsDocumentOrFailureIs(@TempDir Path tmp) throws IOException {
    List<Section> two =
        List.of(
            new Section(SectionKind.PURPOSE, "Purpose", null, 1, "To test.", 6, 24),
            new Section(
                SectionKind.PROPOSAL, "Proposal", "1", 1, "To propose.", 24, TEXT.length()));
    try (CorpusWriter writer = CorpusWriter.open(tmp)) {
      writer.put(record("a", two)); // document, 2 sections, front: 0..3
      writer.putFailure("b", new SourceFile("/corpus/b.docx", null, 0, 0, null), "empty"); // 4
      writer.put(record("c", List.of())); // document, front: 5..6
      writer.commit();
    }
    try (CorpusReader reader = CorpusReader.open(tmp)) {
      LeafReaderContext leaf = reader.indexReader().leaves().get(0);
      FileBlocks blocks = reader.fileBlocks(leaf);
      // A segment starts with a file, and each file starts where the one before it ends.
      List<Integer> starts = new ArrayList<>(List.of(0));
      List<Integer> ends = new ArrayList<>();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int end = blocks.endOf(doc);
        if (end < leaf.reader().maxDoc() && !starts.contains(end)) {
          starts.add(end);
        }
        ends.add(end);
      }
      assertEquals(List.of(0, 4, 5), starts);
      assertEquals(List.of(4, 4, 4, 4, 5, 7, 7), ends);
      assertSame(blocks, reader.fileBlocks(leaf), "found once per segment");
    }
  }
}
