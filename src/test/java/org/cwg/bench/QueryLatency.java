package org.cwg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.index.CorpusReader;
import org.cwg.search.CorpusSearch;
import org.cwg.search.SearchFilters;
import org.cwg.search.SearchRequest;
import org.cwg.search.SortOrder;

/**
 * In-process latency of {@link CorpusSearch} over a fixed query set: one open reader, a warm-up,
 * then every query many times, the way a long-running tool (or a shell loop over a warm page cache)
 * would see it.
 */
final class QueryLatency {

  /** What analysts type: topics, phrases, citations, fields, a wildcard, a filter-like field. */
  static final List<String> QUERIES =
      List.of(
          "\"submarine cables\"",
          "IPv6",
          "\"personal data\"",
          "multilingualization",
          "\"universal acceptance\" domain",
          "cites:\"Council 1305\"",
          "cites:\"PP 102\" AND fragmentation",
          "heading:proposal AND \"digital divide\"",
          "title:connectivity",
          "resilien*",
          "\"online child protection\"",
          "affordability broadband",
          "\"data centres\" environmental",
          "\"critical Internet resources\"",
          "source:\"Russian Federation\" AND governance",
          "meeting:[5 TO 6] AND security");

  /**
   * @param query the query
   * @param snippets whether hits carried passages
   * @param samples timings in microseconds, one per run
   */
  record Timings(boolean snippets, List<Long> samples) {
    double percentileMillis(double p) {
      return Stats.percentile(samples, p) / 1000.0;
    }
  }

  static final long WARM_UP_NANOS = 5_000_000_000L;

  /** Searches of one query in a row, after as many of warm-up, for its CPU alone. */
  private static final int ROUNDS_ALONE = 3_000;

  private QueryLatency() {}

  /**
   * Query latency alone on an existing index, for comparing builds run alternately on the same
   * index: {@code INDEX [ROUNDS]} prints p50 and p99 without and with snippets, CPU per query set,
   * each query's CPU when it runs alone many times in a row, and the query set's match counts.
   */
  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    for (boolean snippets : new boolean[] {false, true}) {
      Timings timings = measure(index, snippets, rounds);
      System.out.printf(
          "%s snippets: p50 %.2f ms, p99 %.2f ms%n",
          snippets ? "with" : "without",
          timings.percentileMillis(50),
          timings.percentileMillis(99));
    }
    // Thread CPU time is steadier than wall time on a loaded machine.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    try (CorpusReader reader = CorpusReader.open(index)) {
      CorpusSearch search = new CorpusSearch(reader);
      for (boolean snippets : new boolean[] {false, true}) {
        warmUp(search, snippets);
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          long start = threads.getCurrentThreadCpuTime();
          runAll(search, snippets, null);
          cpu.add((threads.getCurrentThreadCpuTime() - start) / 1000);
        }
        System.out.printf(
            "%s snippets: CPU per query set (%d queries), median of %d: %.2f ms%n",
            snippets ? "with" : "without",
            QUERIES.size(),
            rounds,
            Stats.percentile(cpu, 50) / 1000.0);
      }
      // Which queries sit around the median of the set, and what each costs alone.
      for (String query : QUERIES) {
        SearchRequest request = request(query, false);
        for (int i = 0; i < ROUNDS_ALONE; i++) {
          search.search(request);
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS_ALONE; i++) {
          search.search(request);
        }
        System.out.printf(
            "alone, without snippets: %s: %.0f us of CPU%n",
            query, (threads.getCurrentThreadCpuTime() - start) / 1000.0 / ROUNDS_ALONE);
      }
    }
    hitCounts(index).forEach(System.out::println);
  }

  static Timings measure(Path index, boolean snippets, int rounds) throws IOException {
    try (CorpusReader reader = CorpusReader.open(index)) {
      CorpusSearch search = new CorpusSearch(reader);
      warmUp(search, snippets);
      List<Long> samples = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        runAll(search, snippets, samples);
      }
      return new Timings(snippets, samples);
    }
  }

  /**
   * Runs the query set for {@link #WARM_UP_NANOS} first, as a benchmark harness does: the figures
   * are those of a process that has compiled its hot paths. Ten rounds, the warm-up before, left
   * the first measure half-compiled (2.2 ms against 1.2 ms after a few seconds, on the same index).
   * A single {@code cwg search} process is measured apart, whole.
   */
  private static void warmUp(CorpusSearch search, boolean snippets) throws IOException {
    long end = System.nanoTime() + WARM_UP_NANOS;
    do {
      runAll(search, snippets, null);
    } while (System.nanoTime() < end);
  }

  /** Hits per query, to show what the query set asks of the index. */
  static List<String> hitCounts(Path index) throws IOException {
    List<String> counts = new ArrayList<>();
    try (CorpusReader reader = CorpusReader.open(index)) {
      CorpusSearch search = new CorpusSearch(reader);
      for (String query : QUERIES) {
        counts.add(query + " -> " + search.search(request(query, false)).total() + " sections");
      }
    }
    return counts;
  }

  private static void runAll(CorpusSearch search, boolean snippets, List<Long> samples)
      throws IOException {
    for (String query : QUERIES) {
      long start = System.nanoTime();
      search.search(request(query, snippets));
      if (samples != null) {
        samples.add((System.nanoTime() - start) / 1000);
      }
    }
  }

  private static SearchRequest request(String query, boolean snippets) {
    return new SearchRequest(
        query, false, SearchFilters.none(), 10, SortOrder.RELEVANCE, false, snippets);
  }
}
