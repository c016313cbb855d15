package org.cwg.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cwg.ingest.IngestListener;
import org.cwg.ingest.IngestOptions;
import org.cwg.ingest.Ingester;

/** Real documents ingested into a temporary index, for tests with known answers. */
public final class SampleIndex {

  /**
   * The sample texts (grep can check counts on them), overridable with {@code
   * -Dcwg.samples.dir=...}.
   */
  public static final Path SAMPLES = Path.of(System.getProperty("cwg.samples.dir", "samples/txt"));

  private SampleIndex() {}

  /** Whether the samples are there; tests skip with a message when they are not. */
  public static boolean available() {
    return Files.isDirectory(SAMPLES);
  }

  /** Ingests {@code folder} into a new index at {@code indexDir}, as {@code cwg ingest} would. */
  public static Path ingest(Path folder, Path indexDir) throws IOException {
    new Ingester(indexDir, IngestOptions.defaults().withThreads(1), IngestListener.SILENT)
        .ingest(List.of(folder));
    return indexDir;
  }
}
