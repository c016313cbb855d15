package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.parse.DocumentParser;
import org.cwg.parse.ParserLimits;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Council working-group cover saved by Word as plain text, the cells of a row on one line
 * separated by tabs, read from a file in each encoding Windows users save in.
 */
class PlainTextCoverTest {

  private static final String COVER =
      String.join(
          "\r\n",
          "Council Working Group on International Internet-related Public Policy Issues\t"
              + "Document CWG-Internet-22/7-F",
          "Vingt-deuxième réunion – Genève, 15 septembre 2025\tRévision 1 au",
          "\tDocument CWG-Internet-22/7-F",
          "\t1 septembre 2025",
          "\tOriginal: français",
          "Contribution du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord et du Sénégal",
          "PROPOSITIONS SUR L'ACCÈS À L'INTERNET",
          "Objet",
          "La présente contribution propose des thèmes.",
          "");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-8 with BOM, UTF-8, true",
    "UTF-8, UTF-8, false",
    "windows-1252, windows-1252, false"
  })
  void readsNumberRevisionDateAndSources(
      String name, String charset, boolean bom, @TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (bom) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.write(COVER.getBytes(Charset.forName(charset)));
    Path file = Files.write(dir.resolve("cover.txt"), bytes.toByteArray());
    Metadata m;
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      m = new StructureExtractor(Manifest.none()).extract(parser.parse(file), file).metadata();
    }
    assertEquals("CWG-Internet-22/7(Rev.1)", m.number());
    assertEquals("Rev.1", m.revision());
    assertEquals("council", m.family());
    assertEquals("2025-09-01", m.date());
    assertEquals("2025-09-15", m.meetingDate());
    assertEquals(
        List.of("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Sénégal"), m.sources());
    assertEquals("PROPOSITIONS SUR L'ACCÈS À L'INTERNET", m.title());
    assertEquals("fr", m.language());
  }
}
