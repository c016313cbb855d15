package org.cwg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.index.CorpusWriter;
import org.cwg.index.IndexBusyException;
import org.cwg.parse.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterRerunTest {

  @TempDir Path tmp;

  /** Remembers the failures it hears of, as the console prints them. */
  private static final class Failures implements IngestListener {
    final List<FailedFile> heard = new ArrayList<>();

    @Override
    public synchronized void failed(FailedFile failure) {
      heard.add(failure);
    }
  }

  @Test
  void aFailureRememberedFromAnEarlierRunIsReportedAgain() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path empty = HostileFiles.zeroBytes(corpus.resolve("empty.docx"));
    Files.writeString(corpus.resolve("good.txt"), "Resolution 1305\n", StandardCharsets.UTF_8);
    FailedFile expected = new FailedFile(empty.toString(), "empty (0 bytes)");

    Failures first = new Failures();
    IngestSummary one =
        new Ingester(tmp.resolve("index"), IngestOptions.defaults(), first).ingest(List.of(corpus));
    Failures second = new Failures();
    IngestSummary two =
        new Ingester(tmp.resolve("index"), IngestOptions.defaults(), second)
            .ingest(List.of(corpus));

    assertEquals(List.of(expected), first.heard);
    assertEquals(List.of(expected), one.failed());
    // The failed file counts as failed, not also as unchanged: the counts add up to 2 files.
    assertEquals(1, two.unchanged());
    assertEquals(2, two.seen());
    assertEquals(List.of(expected), second.heard);
    assertEquals(List.of(expected), two.failed());
  }

  @Test
  void aBusyIndexFailsBeforeTheCorpusIsWalked() throws Exception {
    Path index = tmp.resolve("index");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Failures listener = new Failures();
    try (CorpusWriter holder = CorpusWriter.open(index)) {
      // A symlink loop would be reported by the walk; a busy index must fail before that.
      Files.createSymbolicLink(corpus.resolve("loop"), corpus.toAbsolutePath());
      IngestListener walkWatcher =
          new IngestListener() {
            @Override
            public void skipped(FailedFile skipped) {
              listener.failed(skipped);
            }
          };
      assertThrows(
          IndexBusyException.class,
          () -> new Ingester(index, IngestOptions.defaults(), walkWatcher).ingest(List.of(corpus)));
    }
    assertEquals(List.of(), listener.heard);
  }
}
