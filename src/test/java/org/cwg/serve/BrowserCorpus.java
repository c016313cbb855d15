package org.cwg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.ingest.IngestListener;
import org.cwg.ingest.IngestOptions;
import org.cwg.ingest.Ingester;

/** The indexes the browser test serves: the samples, copied, and what else it adds to them. */
final class BrowserCorpus {

  private BrowserCorpus() {}

  /**
   * The samples and their language versions, copied under the temporary folder: a page shows each
   * document's file, and the pictures should not show where the checkout lies.
   */
  static List<Path> copyOfTheSamples(Path tmp) throws IOException {
    List<Path> folders = new ArrayList<>();
    for (String name : List.of("docx", "versions")) {
      Path copy = tmp.resolve("samples").resolve(name);
      Files.createDirectories(copy);
      try (Stream<Path> files = Files.list(Path.of("samples", name))) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName().toString()));
        }
      }
      folders.add(copy);
    }
    return folders;
  }

  static Path ingest(Path index, List<Path> folders, Path... more) throws IOException {
    List<Path> all = new ArrayList<>(folders);
    all.addAll(List.of(more));
    new Ingester(index, IngestOptions.defaults().withThreads(1), IngestListener.SILENT).ingest(all);
    return index;
  }
}
