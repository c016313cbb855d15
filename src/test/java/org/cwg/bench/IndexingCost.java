package org.cwg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.index.CorpusWriter;
import org.cwg.ingest.IngestOptions;
import org.cwg.model.DocumentRecord;

/**
 * What indexing alone costs: analyses every {@code STEP}-th file of a folder once, keeps the
 * records, then indexes them all into a fresh index several times on one thread and prints the
 * thread's CPU milliseconds per 1,000 documents for each round (commit included). Separates
 * Lucene's share of ingest from Tika's and the analysis', which whole-run timings mix.
 *
 * <p>Usage: {@code IndexingCost FOLDER STEP ROUNDS WORKDIR}.
 */
public final class IndexingCost {

  private IndexingCost() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int step = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<DocumentRecord> records = new ArrayList<>();
    IngestOptions defaults = IngestOptions.defaults();
    try (DocumentAnalyzer analyzer = new DocumentAnalyzer(defaults.limits(), defaults.manifest())) {
      for (int i = 0; i < files.size(); i += step) {
        records.add(analyzer.analyze(files.get(i)));
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      Path index = work.resolve("round-" + round);
      long cpu = threads.getCurrentThreadCpuTime();
      try (CorpusWriter writer = CorpusWriter.open(index)) {
        for (DocumentRecord record : records) {
          writer.put(record);
        }
        writer.commit();
      }
      long millis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      System.out.printf(
          "round %d: %d docs, %.0f ms CPU per 1,000 docs%n",
          round, records.size(), millis * 1000.0 / records.size());
      try (Stream<Path> old = Files.walk(index)) {
        old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
