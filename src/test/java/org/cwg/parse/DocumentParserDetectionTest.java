package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick way cwg tells a Word zip apart must name every file as Tika's detectors do; {@link
 * PoiCorpusDetectionIT} checks the same over a whole corpus of hostile files.
 */
class DocumentParserDetectionTest {

  private static DocumentParser parser;
  private static Detector tika;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    parser = new DocumentParser(ParserLimits.defaults());
    tika = TikaConfig.getDefaultConfig().getDetector();
  }

  @AfterAll
  static void close() {
    parser.close();
  }

  @Test
  void hostileAndOrdinaryFilesGetTikasType() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(HostileFiles.write(dir.resolve("plain.docx"), HostileFiles.docx("One", "Two")));
    files.add(HostileFiles.truncatedDocx(dir.resolve("truncated.docx")));
    files.add(HostileFiles.encryptedDocx(dir.resolve("locked.docx"), "secret"));
    files.add(HostileFiles.zipBombDocx(dir.resolve("bomb.docx"), 50_000_000L));
    files.add(HostileFiles.binaryNamedDocx(dir.resolve("binary.docx"), 4096));
    files.add(HostileFiles.write(dir.resolve("bare.zip"), new byte[] {'P', 'K', 3, 4}));
    files.add(DocxFixture.create().write(dir.resolve("fixture.docx")));
    for (Path file : files) {
      assertEquals(tikaType(tika, file), parser.detect(file), file.getFileName().toString());
    }
  }

  /** The base type Tika's {@code detector} gives {@code file}. */
  static String tikaType(Detector detector, Path file) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, new Metadata()).getBaseType().toString();
    }
  }
}
