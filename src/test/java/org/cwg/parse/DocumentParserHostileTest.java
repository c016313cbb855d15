package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile file ends in one {@link UnreadableFileException} with the right reason; the gigabyte
 * zip bomb, slow to write, is in {@link ZipBombIT}.
 */
class DocumentParserHostileTest {

  static final String WESTERN =
      "Résolution 1305 du Conseil — « naïve » “quoted” € 50, façade.\n"
          + "Proposal: the Council Working Group, in Zürich, 2024.\n";

  private static DocumentParser parser;

  @TempDir Path dir;

  @BeforeAll
  static void loadTika() {
    parser = new DocumentParser(ParserLimits.defaults());
  }

  @AfterAll
  static void closeTika() {
    parser.close();
  }

  private FailureReason reasonFor(Path file) {
    return assertThrows(UnreadableFileException.class, () -> parser.parse(file)).reason();
  }

  private static String textOf(ParsedDocument parsed) {
    return parsed.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void zeroByteFileIsEmpty() throws Exception {
    assertEquals(FailureReason.EMPTY, reasonFor(HostileFiles.zeroBytes(dir.resolve("z.docx"))));
  }

  @Test
  void truncatedDocxIsCorrupt() throws Exception {
    assertEquals(
        FailureReason.CORRUPT, reasonFor(HostileFiles.truncatedDocx(dir.resolve("cut.docx"))));
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws Exception {
    assertEquals(
        FailureReason.ENCRYPTED,
        reasonFor(HostileFiles.encryptedDocx(dir.resolve("secret.docx"), "secret")));
  }

  @Test
  void entityBombIsRefused() throws Exception {
    assertEquals(
        FailureReason.TOO_LARGE,
        reasonFor(HostileFiles.entityBombDocx(dir.resolve("laughs.docx"))));
  }

  @Test
  void textBeyondTheLimitIsTooLarge() throws Exception {
    Path flood = HostileFiles.textFloodDocx(dir.resolve("flood.docx"), 300_000, false);
    try (DocumentParser small =
        new DocumentParser(new ParserLimits(1L << 30, 200_000, Duration.ofSeconds(60)))) {
      UnreadableFileException e =
          assertThrows(UnreadableFileException.class, () -> small.parse(flood));
      assertEquals(FailureReason.TOO_LARGE, e.reason());
      assertEquals("too large (more than 200000 characters of text)", e.getMessage());
    }
  }

  @Test
  void oneGiantTextRunIsRefusedBeforeTikaBuffersIt() throws Exception {
    Path flood = HostileFiles.textFloodDocx(dir.resolve("run.docx"), 300_000, true);
    try (DocumentParser small =
        new DocumentParser(new ParserLimits(1L << 30, 200_000, Duration.ofSeconds(60)))) {
      UnreadableFileException e =
          assertThrows(UnreadableFileException.class, () -> small.parse(flood));
      assertEquals("too large (more than 200000 characters of text in one run)", e.getMessage());
    }
  }

  @Test
  void randomBytesNamedDocxAreOfAnUnsupportedType() throws Exception {
    assertEquals(
        FailureReason.UNSUPPORTED,
        reasonFor(HostileFiles.binaryNamedDocx(dir.resolve("noise.docx"), 100_000)));
  }

  @Test
  void fileAboveTheSizeCapIsRefusedUnread() throws Exception {
    Path huge = HostileFiles.sparse(dir.resolve("huge.txt"), 1L << 30);
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> parser.parse(huge));
    assertEquals(FailureReason.TOO_LARGE, e.reason());
    assertEquals("too large (1073741824 bytes, the limit is 104857600)", e.getMessage());
  }

  @Test
  void windows1252TextKeepsQuotesDashesAndEuro() throws Exception {
    Path file = HostileFiles.text(dir.resolve("w.txt"), WESTERN, Charset.forName("windows-1252"));
    assertEquals(WESTERN.strip(), textOf(parser.parse(file)));
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() throws Exception {
    String text = WESTERN + "Резолюция 1305 Совета.\n";
    assertEquals(
        text.strip(), textOf(parser.parse(HostileFiles.utf16WithBom(dir.resolve("u.txt"), text))));
  }

  @Test
  void utf8TextWithCommasIsNotReadAsCsv() throws Exception {
    String text = "a, b, c\n".repeat(50) + "Résolution 1305, Council.\n";
    Path file = HostileFiles.text(dir.resolve("commas.txt"), text, StandardCharsets.UTF_8);
    ParsedDocument parsed = parser.parse(file);
    assertEquals("text/plain", parsed.mediaType());
    assertEquals(text.strip(), textOf(parsed));
  }

  @Test
  void windows1251RussianTextIsDecoded() throws Exception {
    String text =
        ("Предложение Российской Федерации по Резолюции 1305 Совета МСЭ. "
                + "Рабочая группа Совета по вопросам международной государственной политики.\n")
            .repeat(5);
    Path file = HostileFiles.text(dir.resolve("ru.txt"), text, Charset.forName("windows-1251"));
    assertEquals(text.strip(), textOf(parser.parse(file)));
  }

  @Test
  void whitespaceOnlyTextIsEmpty() throws Exception {
    Path file = HostileFiles.text(dir.resolve("blank.txt"), " \n\t\n", StandardCharsets.UTF_8);
    assertEquals(FailureReason.EMPTY, reasonFor(file));
  }

  @Test
  void aValidDocxStillParses() throws Exception {
    Path file =
        HostileFiles.write(
            dir.resolve("ok.docx"),
            HostileFiles.docx("Purpose", "This contribution proposes nothing."));
    assertEquals(
        List.of("Purpose", "This contribution proposes nothing."),
        parser.parse(file).blocks().stream().map(Block::text).toList());
  }
}
