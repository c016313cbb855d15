package org.cwg.analyze;

import java.nio.file.Path;
import org.cwg.cite.CitationExtractor;
import org.cwg.cite.Citations;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SourceFile;
import org.cwg.parse.ParsedDocument;
import org.cwg.structure.DocumentStructure;
import org.cwg.structure.Manifest;
import org.cwg.structure.StructureExtractor;

/**
 * The analysis after parsing: structure, then citations, into one record. Needs no Tika, so tests
 * and in-memory text can use it directly. Thread-safe.
 */
public final class RecordAssembler {

  private final StructureExtractor structure;
  private final CitationExtractor citations = new CitationExtractor();

  public RecordAssembler(Manifest manifest) {
    this.structure = new StructureExtractor(manifest);
  }

  public DocumentRecord assemble(Path file, SourceFile source, ParsedDocument parsed) {
    DocumentStructure doc = structure.extract(parsed, file);
    Citations cites = citations.extract(doc.text(), doc.sections(), doc.metadata().number());
    return new DocumentRecord(
        DocumentIds.of(file),
        source,
        doc.metadata(),
        doc.sections(),
        doc.proposals(),
        doc.footnotes(),
        cites.resolutions(),
        cites.references(),
        doc.text(),
        WordCounter.count(doc.text()));
  }

  /** Analyses plain text already in memory, as if read from {@code file}. */
  public DocumentRecord assembleText(Path file, String text) {
    SourceFile source =
        new SourceFile(
            file.toAbsolutePath().normalize().toString(), null, text.length(), 0, "text/plain");
    return assemble(file, source, ParsedDocument.ofPlainText(text));
  }
}
