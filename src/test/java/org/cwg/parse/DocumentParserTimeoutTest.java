package org.cwg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTimeoutTest {

  @TempDir Path dir;

  @Test
  @Timeout(30) // were the analysis outside the limit, this would hang instead
  void theAnalysisAfterParsingIsBoundedByTheSameLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("draft.txt"), "Purpose\nTo test.\n");
    try (DocumentParser parser =
        new DocumentParser(new ParserLimits(1 << 20, 1 << 20, Duration.ofMillis(300)))) {
      UnreadableFileException e =
          assertThrows(
              UnreadableFileException.class,
              () ->
                  parser.parse(
                      file,
                      parsed -> {
                        // An analysis that does not end by itself, as a runaway pattern would; it
                        // stops
                        // when the timeout cancels it, so that it does not spin for the rest of the
                        // tests.
                        while (!Thread.currentThread().isInterrupted()) {
                          Thread.onSpinWait();
                        }
                        return "cancelled";
                      }));
      assertEquals(FailureReason.TIMED_OUT, e.reason());
      assertEquals("Purpose", parser.parse(file, parsed -> parsed.blocks().get(0).text()));
    }
  }
}
