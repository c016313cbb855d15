package org.cwg.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.cwg.json.Json;
import org.cwg.parse.DocumentParser;
import org.cwg.parse.JaxpDefaults;

/**
 * Child process of the benchmark: Tika alone, every file of a folder to plain text, on a fixed
 * number of threads, and nothing else. Run in a JVM of its own so that it pays the same start-up,
 * class loading and JIT warm-up as {@code cwg ingest}. Prints one JSON line.
 *
 * <p>Usage: {@code RawExtraction defaults|cwg THREADS FOLDER}. {@code defaults} is Tika out of the
 * box (AutoDetectParser, empty ParseContext); {@code cwg} uses the ParseContext cwg parses with, in
 * the XML parser set-up cwg makes ({@link JaxpDefaults}).
 */
public final class RawExtraction {

  private RawExtraction() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int threads = Integer.parseInt(args[1]);
    Path folder = Path.of(args[2]);
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    boolean cwgConfig = mode.equals("cwg");
    if (cwgConfig) {
      JaxpDefaults.pin();
    }
    Parser parser = new AutoDetectParser();
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    for (Path file : files) {
      work.add(
          pool.submit(
              () -> {
                ParseContext context =
                    cwgConfig ? DocumentParser.parseContext() : new ParseContext();
                BodyContentHandler text = new BodyContentHandler(-1);
                try (InputStream in = TikaInputStream.get(file)) {
                  parser.parse(in, text, new Metadata(), context);
                  chars.addAndGet(text.toString().length());
                } catch (Exception e) {
                  failed.incrementAndGet();
                }
              }));
    }
    for (Future<?> done : work) {
      done.get();
    }
    pool.shutdown();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        Json.compact(
            Map.of(
                "mode",
                mode,
                "docs",
                files.size(),
                "failed",
                failed.get(),
                "chars",
                chars.get(),
                "millis",
                millis)));
  }
}
