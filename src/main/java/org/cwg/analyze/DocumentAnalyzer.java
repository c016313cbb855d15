package org.cwg.analyze;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SourceFile;
import org.cwg.parse.DocumentParser;
import org.cwg.parse.FailureReason;
import org.cwg.parse.ParsedDocument;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.structure.Manifest;

/** File in, {@link DocumentRecord} out. Thread-safe; create one per process. */
public final class DocumentAnalyzer implements AutoCloseable {

  private final DocumentParser parser;
  private final RecordAssembler assembler;

  public DocumentAnalyzer(ParserLimits limits, Manifest manifest) {
    this.parser = new DocumentParser(limits);
    this.assembler = new RecordAssembler(manifest);
  }

  /** Reads, hashes and analyses a file. */
  public DocumentRecord analyze(Path file) throws UnreadableFileException {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      BasicFileAttributes attributes = FileFingerprint.attributes(absolute);
      String sha256 = FileFingerprint.sha256(absolute);
      return analyze(absolute, attributes.size(), attributes.lastModifiedTime().toMillis(), sha256);
    } catch (IOException e) {
      throw new UnreadableFileException(FailureReason.UNREADABLE, e.getMessage(), e);
    }
  }

  /** Analyses a file whose size, modification time and hash the caller already knows. */
  public DocumentRecord analyze(Path file, long size, long modified, String sha256)
      throws UnreadableFileException {
    return analyzeKeepingBlocks(file, size, modified, sha256).record();
  }

  /**
   * The record together with the paragraphs it was made from, for checks that look at what the
   * structure extractor cleans away (export artifacts). The file is parsed once.
   */
  public Analysis analyzeKeepingBlocks(Path file) throws UnreadableFileException {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      BasicFileAttributes attributes = FileFingerprint.attributes(absolute);
      String sha256 = FileFingerprint.sha256(absolute);
      return analyzeKeepingBlocks(
          absolute, attributes.size(), attributes.lastModifiedTime().toMillis(), sha256);
    } catch (IOException e) {
      throw new UnreadableFileException(FailureReason.UNREADABLE, e.getMessage(), e);
    }
  }

  /**
   * Analyses the bytes in {@code file} as the document known as {@code shownAs}: a member of an
   * archive, extracted to a temporary file, keeps the name {@code archive.zip!/member.docx}.
   */
  public DocumentRecord analyzeAs(Path file, Path shownAs, long size, long modified, String sha256)
      throws UnreadableFileException {
    return analyzeKeepingBlocks(file, shownAs, size, modified, sha256).record();
  }

  private Analysis analyzeKeepingBlocks(Path file, long size, long modified, String sha256)
      throws UnreadableFileException {
    return analyzeKeepingBlocks(file, file, size, modified, sha256);
  }

  private Analysis analyzeKeepingBlocks(
      Path file, Path shownAs, long size, long modified, String sha256)
      throws UnreadableFileException {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = shownAs.toAbsolutePath().normalize();
    // Structure and citations run inside the parser's time limit, like Tika itself.
    return parser.parse(
        absolute,
        parsed ->
            new Analysis(
                parsed,
                assembler.assemble(
                    shown,
                    new SourceFile(shown.toString(), sha256, size, modified, parsed.mediaType()),
                    parsed)));
  }

  /** A parsed file and the record made from it. */
  public record Analysis(ParsedDocument parsed, DocumentRecord record) {}

  @Override
  public void close() {
    parser.close();
  }
}
