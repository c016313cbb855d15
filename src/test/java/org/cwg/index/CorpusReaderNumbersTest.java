package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.cwg.analyze.RecordAssembler;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.structure.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding documents by number in any written form, and the id-to-number table. */
class CorpusReaderNumbersTest {

  @TempDir Path temp;

  @Test
  void findsByAnyWrittenFormAndListsNumbers() throws Exception {
    RecordAssembler assembler = new RecordAssembler(Manifest.none());
    try (CorpusWriter writer = CorpusWriter.open(temp)) {
      writer.put(
          numbered(
              assembler.assembleText(temp.resolve("a.txt"), "Agenda"), "CWG-Internet-20/1(Rev.2)"));
      writer.put(assembler.assembleText(temp.resolve("b.txt"), "No number here"));
      writer.commit();
    }
    try (CorpusReader reader = CorpusReader.open(temp)) {
      assertEquals("Agenda", reader.find("CWG-Internet-20/1R2").orElseThrow().text());
      assertEquals("Agenda", reader.find("cwg-internet-20/1 (Rev. 2)").orElseThrow().text());
      String id = reader.find("CWG-Internet-20/1(Rev.2)").orElseThrow().id();
      assertEquals(Map.of(id, "CWG-Internet-20/1(Rev.2)"), reader.documentNumbers());
    }
  }

  private static DocumentRecord numbered(DocumentRecord r, String number) {
    Metadata m =
        new Metadata(
            number,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("number", Provenance.MANIFEST));
    return new DocumentRecord(
        r.id(),
        r.file(),
        m,
        r.sections(),
        r.proposals(),
        r.footnotes(),
        r.resolutions(),
        r.references(),
        r.text(),
        r.words());
  }
}
