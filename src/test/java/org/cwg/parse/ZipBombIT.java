package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .docx that unzips to gigabytes is refused while unzipping, before it fills the heap. */
class ZipBombIT {

  @TempDir Path dir;

  @Test
  void zipBombIsStoppedWhileUnzipping() throws Exception {
    Path bomb = HostileFiles.zipBombDocx(dir.resolve("bomb.docx"), 2L << 30);
    // No text limit to fall back on: only the inflation ratio can stop this one.
    try (DocumentParser unlimitedText =
        new DocumentParser(new ParserLimits(1L << 30, Long.MAX_VALUE, Duration.ofSeconds(60)))) {
      UnreadableFileException e =
          assertThrows(UnreadableFileException.class, () -> unlimitedText.parse(bomb));
      assertEquals(FailureReason.TOO_LARGE, e.reason());
      assertTrue(
          e.getMessage()
              .startsWith("too large (expands too much: word/document.xml unzips to over "),
          e.getMessage());
    }
  }
}
