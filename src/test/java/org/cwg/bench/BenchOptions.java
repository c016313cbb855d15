package org.cwg.bench;

import java.nio.file.Path;

/**
 * What the benchmark measures, from its command line.
 *
 * @param docs documents to generate when no corpus is given
 * @param meetings meetings to spread them over
 * @param seed generator seed
 * @param corpus an existing corpus folder to measure instead, or null
 * @param work folder for the generated corpus, indexes and results
 * @param launcher the packaged {@code cwg} launcher
 * @param threads parser threads, for raw extraction and ingest alike
 * @param runs runs of each whole-process timing (medians are reported)
 * @param rounds rounds of the query set for latencies
 * @param smallDocs the smaller corpus size of the memory comparison
 */
record BenchOptions(
    int docs,
    int meetings,
    long seed,
    Path corpus,
    Path work,
    Path launcher,
    int threads,
    int runs,
    int rounds,
    int smallDocs) {

  static BenchOptions parse(String[] args) {
    int docs = 10_000;
    int meetings = 20;
    long seed = 1;
    Path corpus = null;
    Path work = Path.of("target", "bench");
    Path launcher = Path.of("target", "cwg");
    int threads = Runtime.getRuntime().availableProcessors();
    int runs = 5;
    int rounds = 50;
    int smallDocs = 1000;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(value);
        case "--meetings" -> meetings = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--corpus" -> corpus = Path.of(value);
        case "--work" -> work = Path.of(value);
        case "--launcher" -> launcher = Path.of(value);
        case "--threads" -> threads = Integer.parseInt(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--small" -> smallDocs = Integer.parseInt(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; options: --docs --meetings --seed --corpus --work --launcher --threads --runs"
                    + " --rounds --small");
      }
      i++;
    }
    return new BenchOptions(
        docs,
        meetings,
        seed,
        corpus,
        work.toAbsolutePath(),
        launcher,
        threads,
        runs,
        rounds,
        smallDocs);
  }
}
