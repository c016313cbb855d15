package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cwg.index.CorpusReader;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStatsTest {

  @TempDir Path tmp;

  @Test
  void summarisesTheGeneratedCorpus() throws IOException {
    Path index = GeneratedCorpus.writeTo(tmp.resolve("index"));
    try (CorpusWriter writer = CorpusWriter.open(index)) {
      writer.putFailure(
          "broken", new SourceFile("/corpus/broken.doc", null, 10, 0, null), "encrypted document");
      writer.commit();
    }
    try (CorpusReader reader = CorpusReader.open(index)) {
      StatsReport stats = CorpusStats.of(reader, 0);
      List<DocumentRecord> records = GeneratedCorpus.records();
      assertEquals(15, stats.documents());
      assertEquals(records.stream().mapToLong(DocumentRecord::words).sum(), stats.words());
      assertEquals(records.stream().mapToLong(r -> r.file().size()).sum(), stats.bytes());
      assertEquals(55, stats.sections());
      assertEquals(20, stats.proposals());
      assertEquals(Map.of("18", 3, "19", 3, "20", 3, "21", 3, "22", 3), stats.meetings());
      assertEquals(List.of("contribution", "report"), List.copyOf(stats.types().keySet()));
      assertEquals(Map.of("contribution", 10, "report", 5), stats.types());
      assertEquals(
          List.of("Russian Federation", "Brazil", "Belarus"),
          List.copyOf(stats.sources().keySet()));
      assertEquals(Map.of("Russian Federation", 7, "Brazil", 3, "Belarus", 2), stats.sources());
      assertEquals(
          List.of(
              new StatsReport.CitedResolution("Council 1305", "Council", "1305", null, 6, 6),
              new StatsReport.CitedResolution("PP 102", "PP", "102", null, 4, 4)),
          stats.resolutions());
      assertEquals(1, stats.failed());
      assertEquals(
          List.of(new StatsReport.Failure("/corpus/broken.doc", "encrypted document")),
          stats.failures());
      assertEquals(1, CorpusStats.of(reader, 1).resolutions().size());
    }
  }
}
