package org.cwg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cwg.generate.CorpusGenerator;
import org.cwg.serve.ServerProcess;

/**
 * The benchmark of {@code cwg serve}: over an index of a generated corpus, the latency of a warm
 * {@code GET /api/search?q=...} from one client (p50, p99 over {@link QueryLatency#QUERIES}), then
 * many clients at once for a fixed time, counting every request that did not get a 200 and every
 * request that got no answer at all. The server is the packaged launcher in a child process.
 *
 * <p>Usage: {@code ServeBench [--docs 10000] [--index DIR] [--work target/bench] [--launcher
 * target/cwg] [--java-opts "..."] [--rounds 200] [--clients 50] [--seconds 30] [--prepare-only
 * true]}; {@code --java-opts} goes to the launcher as {@code CWG_JAVA_OPTS}. An existing {@code
 * --index} (or the work folder's {@code serve-index-N}) is reused as it is; otherwise the corpus is
 * generated (or reused, under the name {@link Benchmark} gives it) and ingested.
 */
public final class ServeBench {

  private static final Duration WARM_UP = Duration.ofSeconds(10);

  private ServeBench() {}

  public static void main(String[] args) throws Exception {
    int docs = 10_000;
    int meetings = 20;
    long seed = 1;
    int threads = 2;
    int rounds = 200;
    int clients = 50;
    int seconds = 30;
    Path work = Path.of("target", "bench");
    Path index = null;
    String launcher = "target/cwg";
    boolean prepareOnly = false;
    String javaOptions = "";
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(value);
        case "--meetings" -> meetings = Integer.parseInt(value);
        case "--threads" -> threads = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--clients" -> clients = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        case "--work" -> work = Path.of(value);
        case "--index" -> index = Path.of(value);
        case "--launcher" -> launcher = Path.of(value).toAbsolutePath().toString();
        case "--prepare-only" -> prepareOnly = Boolean.parseBoolean(value);
        case "--java-opts" -> javaOptions = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (index == null) {
      index = work.resolve("serve-index-" + docs);
    }
    index = index.toAbsolutePath().normalize();
    if (!Files.isDirectory(index)) {
      Path corpus = work.resolve("corpus-" + docs + "-seed" + seed + "-themed").toAbsolutePath();
      Path truth = CorpusGenerator.defaultTruth(corpus);
      if (!Files.exists(truth)) {
        System.err.println("generating " + docs + " documents into " + corpus);
        new CorpusGenerator(threads).generate(docs, meetings, seed, corpus, truth);
      }
      System.err.println("ingest of " + corpus + " into " + index);
      ChildRun ingest =
          ChildRun.run(
                  List.of(
                      launcher,
                      "ingest",
                      "--quiet",
                      "--threads",
                      Integer.toString(threads),
                      "--index",
                      index.toString(),
                      corpus.toString()),
                  Map.of())
              .requireSuccess("cwg ingest");
      System.err.println("ingested in " + ingest.millis() + " ms");
    }
    if (prepareOnly) {
      return;
    }
    Report report = new Report();
    try (ServerProcess server =
        ServerProcess.fromLauncher(launcher, index, javaOptions, Duration.ofSeconds(120))) {
      report.heading(MachineInfo.describe(), index, documentsIn(server), threads);
      report.note(
          "server: "
              + launcher
              + " serve"
              + (javaOptions.isBlank() ? "" : ", CWG_JAVA_OPTS=" + javaOptions));
      ExecutorService clientThreads = Executors.newFixedThreadPool(Math.max(2, clients / 4));
      HttpClient http = client(clientThreads);
      System.err.println(
          "serving at " + server.base() + "; warm-up of " + WARM_UP.toSeconds() + " s");
      warmUp(http, server.base());
      System.err.println(
          rounds + " rounds of " + QueryLatency.QUERIES.size() + " queries, one client");
      long cpuBefore = server.cpuMillis();
      List<Long> alone = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (String query : QueryLatency.QUERIES) {
          long start = System.nanoTime();
          requireOk(http, searchUri(server.base(), query));
          alone.add((System.nanoTime() - start) / 1_000);
        }
      }
      report.row(
          "S1",
          "GET /api/search, one client, p50",
          millis(Stats.percentile(alone, 50)),
          "ms",
          alone.size() + " requests over " + QueryLatency.QUERIES.size() + " queries; target <= 5");
      long cpuAlone = server.cpuMillis() - cpuBefore;
      report.row(
          "S1",
          "GET /api/search, one client, p99",
          millis(Stats.percentile(alone, 99)),
          "ms",
          "target <= 50");
      report.row(
          "S1",
          "server CPU per request, one client",
          String.format(Locale.ROOT, "%.2f", cpuAlone / (double) alone.size()),
          "ms",
          "user + system time of the server process over the requests above");
      System.err.println(clients + " clients for " + seconds + " s");
      cpuBefore = server.cpuMillis();
      Load load = load(http, server.base(), clients, Duration.ofSeconds(seconds));
      long cpuLoad = server.cpuMillis() - cpuBefore;
      report.row(
          "S2",
          clients + " clients for " + seconds + " s, requests answered 200",
          load.ok,
          "",
          load.sent + " sent; " + String.format(Locale.ROOT, "%.0f", load.perSecond()) + " req/s");
      report.row("S2", "requests answered with another status", load.otherStatus, "", "target 0");
      report.row(
          "S2",
          "requests lost (exception, no answer)",
          load.lost,
          "",
          "target 0" + (load.firstError == null ? "" : "; first: " + load.firstError));
      report.row(
          "S2",
          "latency under load, p50 / p99",
          millis(Stats.percentile(load.micros, 50))
              + " / "
              + millis(Stats.percentile(load.micros, 99)),
          "ms",
          "peak RSS of the server " + server.peakKib() / 1024 + " MiB");
      report.row(
          "S2",
          "server CPU per request under load",
          String.format(Locale.ROOT, "%.2f", cpuLoad / (double) Math.max(1, load.ok)),
          "ms",
          "");
      clientThreads.shutdown();
    }
    System.out.println(report.render());
  }

  private static HttpClient client(ExecutorService threads) {
    // HTTP/1.1: one keep-alive connection per client thread, as a browser or script would use.
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .executor(threads)
        .build();
  }

  private static void warmUp(HttpClient http, URI base) throws Exception {
    long end = System.nanoTime() + WARM_UP.toNanos();
    while (System.nanoTime() < end) {
      for (String query : QueryLatency.QUERIES) {
        requireOk(http, searchUri(base, query));
      }
    }
  }

  /** What the clients saw: counts, and the latency of each answered request. */
  private static final class Load {
    long sent;
    long ok;
    long otherStatus;
    long lost;
    long nanos;
    String firstError;
    final List<Long> micros = new ArrayList<>();

    double perSecond() {
      return (ok + otherStatus) * 1e9 / Math.max(1, nanos);
    }
  }

  private static Load load(HttpClient http, URI base, int clients, Duration length)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + length.toNanos();
    List<Future<Load>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      results.add(
          pool.submit(
              () -> {
                Load mine = new Load();
                for (int i = offset; System.nanoTime() < end; i++) {
                  String query = QueryLatency.QUERIES.get(i % QueryLatency.QUERIES.size());
                  HttpRequest request =
                      HttpRequest.newBuilder(searchUri(base, query))
                          .timeout(Duration.ofSeconds(30))
                          .build();
                  mine.sent++;
                  long sent = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    mine.micros.add((System.nanoTime() - sent) / 1_000);
                    if (response.statusCode() == 200) {
                      mine.ok++;
                    } else {
                      mine.otherStatus++;
                      if (mine.firstError == null) {
                        mine.firstError = "HTTP " + response.statusCode() + " for " + query;
                      }
                    }
                  } catch (IOException e) {
                    mine.lost++;
                    if (mine.firstError == null) {
                      mine.firstError = e.toString();
                    }
                  }
                }
                return mine;
              }));
    }
    Load total = new Load();
    for (Future<Load> result : results) {
      Load one = result.get();
      total.sent += one.sent;
      total.ok += one.ok;
      total.otherStatus += one.otherStatus;
      total.lost += one.lost;
      total.micros.addAll(one.micros);
      if (total.firstError == null) {
        total.firstError = one.firstError;
      }
    }
    total.nanos = System.nanoTime() - start;
    pool.shutdown();
    return total;
  }

  private static int documentsIn(ServerProcess server) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String stats = requireOk(http, server.base().resolve("/api/stats"));
    return com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(stats)
        .path("documents")
        .asInt();
  }

  static URI searchUri(URI base, String query) {
    return base.resolve("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private static String requireOk(HttpClient http, URI uri) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String millis(long micros) {
    return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
  }
}
