package org.cwg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cwg.generate.CorpusGenerator;
import org.cwg.json.Json;
import org.cwg.reuse.ReuseEvaluation;
import org.cwg.reuse.ReuseReport;

/**
 * The text-reuse benchmark: on a generated corpus with planted reuse, the ingest's time (against an
 * earlier build's, when given) and {@code cwg reuse} over the whole corpus in a child process: wall
 * time, peak resident memory, recall and precision against the generator's truth.
 *
 * <p>Usage: {@code ReuseBench --docs N --meetings M --work DIR --launcher target/cwg [--baseline
 * OTHER/cwg] [--threads T] [--heap 400m|default] [--ingest false] [--seed S]}; {@code --ingest
 * false} reuses the index of an earlier run, {@code --heap default} lets the launcher size the
 * heap, {@code --seed} draws another corpus (42 by default) to check a setting chosen on one.
 */
public final class ReuseBench {

  private ReuseBench() {}

  public static void main(String[] args) throws Exception {
    int docs = 10_000;
    int meetings = 20;
    int threads = 2;
    Path work = Path.of("target", "bench");
    String launcher = "target/cwg";
    String baseline = null;
    String heap = "400m";
    boolean ingest = true;
    long seed = 42L;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--meetings" -> meetings = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        case "--launcher" -> launcher = Path.of(args[i + 1]).toAbsolutePath().toString();
        case "--baseline" -> baseline = Path.of(args[i + 1]).toAbsolutePath().toString();
        case "--heap" -> heap = args[i + 1];
        case "--ingest" -> ingest = Boolean.parseBoolean(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path corpus = work.resolve("reuse-corpus-" + docs).toAbsolutePath();
    Path truth = CorpusGenerator.defaultTruth(corpus);
    if (!Files.exists(truth)) {
      System.err.println("generating " + docs + " documents into " + corpus);
      new CorpusGenerator(threads).generate(docs, meetings, seed, corpus, truth);
    }
    List<String> rows = new ArrayList<>();
    rows.add("| measure | value | note |");
    rows.add("|---|---|---|");
    if (ingest) {
      ChildRun after = ingest(launcher, work.resolve("reuse-index-" + docs), corpus, threads);
      rows.add(row("ingest, this build", after.millis() + " ms", rss(after) + cpu(after)));
      System.err.println(rows.get(rows.size() - 1));
    }
    if (baseline != null) {
      ChildRun before = ingest(baseline, work.resolve("reuse-base-" + docs), corpus, threads);
      rows.add(row("ingest, baseline build", before.millis() + " ms", rss(before) + cpu(before)));
      System.err.println(rows.get(rows.size() - 1));
    }
    ChildRun reuse =
        ChildRun.run(
                List.of(
                    launcher,
                    "reuse",
                    "--format",
                    "json",
                    "--index",
                    work.resolve("reuse-index-" + docs).toAbsolutePath().toString()),
                "default".equals(heap) ? Map.of() : Map.of("CWG_JAVA_OPTS", "-Xmx" + heap))
            .requireSuccess("cwg reuse");
    rows.add(
        row(
            "cwg reuse, whole corpus",
            reuse.millis() + " ms",
            "CPU " + reuse.cpuMillis() + " ms; target <= 60,000 ms"));
    rows.add(
        row(
            "cwg reuse, peak RSS",
            reuse.peakKib() / 1024 + " MiB",
            ("default".equals(heap) ? "JVM's own heap sizing" : "-Xmx" + heap)
                + "; target <= 512 MiB"));
    ReuseReport report = Json.mapper().readValue(reuse.stdout(), ReuseReport.class);
    ReuseEvaluation.Score score = ReuseEvaluation.of(truth).score(report);
    rows.add(
        row(
            "reuse recall (planted pairs)",
            String.format(Locale.ROOT, "%.3f", score.recall()),
            score.found() + " of " + score.planted()));
    rows.add(
        row(
            "reuse precision (reported passages)",
            String.format(Locale.ROOT, "%.3f", score.precision()),
            score.right() + " of " + score.reported() + "; clusters " + report.clusters().size()));
    rows.forEach(System.out::println);
  }

  private static ChildRun ingest(String launcher, Path index, Path corpus, int threads)
      throws Exception {
    System.err.println("ingest with " + launcher);
    if (Files.exists(index)) {
      try (var walk = Files.walk(index)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return ChildRun.run(
            List.of(
                launcher,
                "ingest",
                "--quiet",
                "--threads",
                Integer.toString(threads),
                "--index",
                index.toAbsolutePath().toString(),
                corpus.toString()),
            Map.of())
        .requireSuccess("cwg ingest");
  }

  private static String cpu(ChildRun run) {
    return ", CPU " + run.cpuMillis() + " ms";
  }

  private static String rss(ChildRun run) {
    return "peak RSS " + run.peakKib() / 1024 + " MiB";
  }

  private static String row(String measure, String value, String note) {
    return "| " + measure + " | " + value + " | " + note + " |";
  }
}
