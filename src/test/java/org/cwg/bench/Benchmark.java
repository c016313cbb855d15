package org.cwg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cwg.generate.CorpusGenerator;
import org.cwg.json.Json;

/**
 * The performance benchmark of cwg, in one run over one generated corpus: raw Tika extraction
 * against {@code cwg ingest}, re-ingest of the unchanged corpus, query latency, whole-process
 * search against a bare start-up, peak memory of ingest at two corpus sizes, and index size.
 * Whole-process figures come from the packaged launcher run as child processes (medians of several
 * runs). Prints a table and writes it, with the machine, to {@code WORK/results.md}.
 *
 * <p>Run with {@code .ci/bench [--docs N] [--corpus DIR] [--threads T] [--runs R]}.
 */
public final class Benchmark {

  private final BenchOptions options;
  private final Report report = new Report();

  private Benchmark(BenchOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new Benchmark(BenchOptions.parse(args)).run();
  }

  private void run() throws Exception {
    Files.createDirectories(options.work());
    Path corpus = corpus();
    List<Path> files = filesIn(corpus);
    int docs = files.size();
    report.heading(MachineInfo.describe(), corpus, docs, options.threads());

    Raw defaults = raw("defaults", corpus, List.of());
    Raw cwgConfig = raw("cwg", corpus, List.of());
    Path index = options.work().resolve("index-" + docs);
    ChildRun ingest = ingest(index, corpus);
    long ingestMillis = Json.mapper().readTree(ingest.stdout()).get("millis").asLong();
    report.row(
        "1",
        "Tika defaults, raw text",
        rate(docs, defaults.wallMillis),
        "docs/s",
        "in-JVM " + rate(docs, defaults.innerMillis) + " docs/s");
    report.row(
        "1",
        "Tika as cwg configures it, raw text",
        rate(docs, cwgConfig.wallMillis),
        "docs/s",
        "in-JVM " + rate(docs, cwgConfig.innerMillis) + " docs/s");
    report.row(
        "1",
        "cwg ingest, end to end",
        rate(docs, ingest.millis()),
        "docs/s",
        "in-JVM " + rate(docs, ingestMillis) + " docs/s");
    report.row(
        "1",
        "ingest / raw (cwg configuration)",
        ratio(cwgConfig.wallMillis, ingest.millis()),
        "x",
        "target >= 0.60; in-JVM " + ratio(cwgConfig.innerMillis, ingestMillis));
    report.row(
        "1",
        "ingest / raw (Tika defaults)",
        ratio(defaults.wallMillis, ingest.millis()),
        "x",
        "in-JVM " + ratio(defaults.innerMillis, ingestMillis));

    List<Long> startup = repeat(List.of(launcher(), "--version"));
    List<Long> reingest =
        repeat(
            List.of(
                launcher(), "ingest", "--quiet", "--index", index.toString(), corpus.toString()));
    long startupMedian = Stats.median(startup);
    report.row(
        "2",
        "re-ingest, unchanged corpus",
        Stats.median(reingest),
        "ms",
        "start-up (--version) "
            + startupMedian
            + " ms; beyond start-up "
            + (Stats.median(reingest) - startupMedian)
            + " ms; target <= 1000 in all");

    for (boolean snippets : new boolean[] {false, true}) {
      QueryLatency.Timings timings = QueryLatency.measure(index, snippets, options.rounds());
      String which = snippets ? "with snippets" : "without snippets";
      report.row(
          "3",
          "query p50, " + which,
          timings.percentileMillis(50),
          "ms",
          "p99 "
              + String.format("%.2f", timings.percentileMillis(99))
              + " ms; target p50 <= "
              + (snippets ? "5" : "1")
              + " ms; "
              + QueryLatency.QUERIES.size()
              + " queries x "
              + options.rounds());
    }

    SearchStartup search = searchStartup(index);
    report.row(
        "4",
        "cwg search, whole process",
        search.searchMillis,
        "ms",
        "--version "
            + search.versionMillis
            + " ms; ratio "
            + ratio(search.searchMillis, search.versionMillis)
            + " (target <= 2.00)"
            + (search.stderrClean ? "" : "; STDERR NOT EMPTY"));

    // Three corpus sizes, so that a memory that grows with the corpus shows as a trend.
    for (int size : new int[] {options.smallDocs(), docs / 2}) {
      if (size < docs && size > 0) {
        Path part = subset(files, size);
        ChildRun partIngest = ingest(options.work().resolve("index-" + size), part);
        report.row(
            "5",
            "peak RSS of ingest, " + size + " docs",
            partIngest.peakKib() / 1024,
            "MiB",
            "target <= 512");
      }
    }
    report.row(
        "5",
        "peak RSS of ingest, " + docs + " docs",
        ingest.peakKib() / 1024,
        "MiB",
        "target <= 512, flat in corpus size");

    long indexBytes = sizeOf(index);
    long textBytes = cwgConfig.textChars;
    report.row(
        "6",
        "index size",
        indexBytes / (1024 * 1024),
        "MiB",
        "extracted text "
            + textBytes / (1024 * 1024)
            + " MiB (chars); index/text "
            + ratio(indexBytes, textBytes)
            + "; corpus files "
            + sizeOf(corpus) / (1024 * 1024)
            + " MiB");
    report.note("query set: " + String.join(" | ", QueryLatency.hitCounts(index)));

    String table = report.render();
    System.out.println(table);
    Path results = options.work().resolve("results.md");
    Files.writeString(results, table, StandardCharsets.UTF_8);
    System.out.println("written to " + results);
  }

  /** The corpus to measure: the one given, or a generated one, reused when already there. */
  private Path corpus() throws IOException {
    if (options.corpus() != null) {
      return options.corpus().toAbsolutePath().normalize();
    }
    // "themed": written by the generator whose contributions dwell on a few topics; a folder
    // from the earlier generator (every topic everywhere) is never reused by mistake.
    Path corpus =
        options
            .work()
            .resolve("corpus-" + options.docs() + "-seed" + options.seed() + "-themed")
            .toAbsolutePath();
    Path truth = CorpusGenerator.defaultTruth(corpus);
    if (!Files.exists(truth)) {
      System.err.println("generating " + options.docs() + " documents into " + corpus);
      new CorpusGenerator(options.threads())
          .generate(options.docs(), options.meetings(), options.seed(), corpus, truth);
    }
    return corpus;
  }

  /**
   * Raw extraction in a JVM of its own, with the same thread count as ingest and the given JVM
   * options.
   */
  private Raw raw(String mode, Path corpus, List<String> jvmOptions) throws Exception {
    Path target = options.launcher().toAbsolutePath().getParent();
    String classpath =
        String.join(
            java.io.File.pathSeparator,
            target.resolve("test-classes").toString(),
            target.resolve("cwg.jar").toString(),
            target.resolve("lib").resolve("*").toString());
    System.err.println("raw extraction, " + mode + " " + String.join(" ", jvmOptions));
    // The serial collector and no heap bound: Tika alone runs at its fastest so, which makes the
    // reference ingest is compared with the hardest one (ingest runs in G1 in a bounded heap).
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            classpath,
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
            RawExtraction.class.getName(),
            mode,
            Integer.toString(options.threads()),
            corpus.toString()));
    ChildRun run = ChildRun.run(command, Map.of()).requireSuccess("raw extraction");
    JsonNode json = Json.mapper().readTree(run.stdout());
    return new Raw(run.millis(), json.get("millis").asLong(), json.get("chars").asLong());
  }

  private record Raw(long wallMillis, long innerMillis, long textChars) {}

  private ChildRun ingest(Path index, Path corpus) throws Exception {
    deleteTree(index);
    System.err.println("ingest of " + corpus + " into " + index);
    return ChildRun.run(
            List.of(
                launcher(),
                "ingest",
                "--quiet",
                "--format",
                "json",
                "--threads",
                Integer.toString(options.threads()),
                "--index",
                index.toString(),
                corpus.toString()),
            Map.of())
        .requireSuccess("cwg ingest");
  }

  private record SearchStartup(long searchMillis, long versionMillis, boolean stderrClean) {}

  /** Alternates the two commands so that both see the same machine load. */
  private SearchStartup searchStartup(Path index) throws Exception {
    List<String> search =
        List.of(launcher(), "search", "--index", index.toString(), "\"submarine cables\"");
    List<String> version = List.of(launcher(), "--version");
    List<Long> searches = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    boolean clean = true;
    for (int i = 0; i < options.runs(); i++) {
      ChildRun searched = ChildRun.run(search, Map.of()).requireSuccess("cwg search");
      clean &= searched.stderr().isEmpty();
      searches.add(searched.millis());
      versions.add(ChildRun.run(version, Map.of()).requireSuccess("cwg --version").millis());
    }
    return new SearchStartup(Stats.median(searches), Stats.median(versions), clean);
  }

  private List<Long> repeat(List<String> command) throws Exception {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      millis.add(ChildRun.run(command, Map.of()).requireSuccess(command.get(1)).millis());
    }
    return millis;
  }

  /** The first {@code count} files, as links in a folder of their own. */
  private Path subset(List<Path> files, int count) throws IOException {
    Path folder = options.work().resolve("subset-" + count);
    deleteTree(folder);
    Files.createDirectories(folder);
    for (Path file : files.subList(0, count)) {
      Files.createSymbolicLink(folder.resolve(file.getFileName()), file);
    }
    return folder;
  }

  private String launcher() {
    return options.launcher().toAbsolutePath().toString();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<Path> filesIn(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long sizeOf(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static long rate(int docs, long millis) {
    return Math.round(docs * 1000.0 / Math.max(1, millis));
  }

  private static String ratio(long numerator, long denominator) {
    return String.format("%.2f", numerator / (double) Math.max(1, denominator));
  }
}
