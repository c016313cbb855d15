package org.cwg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.ingest.IngestListener;
import org.cwg.ingest.IngestOptions;
import org.cwg.ingest.Ingester;

/**
 * The sample documents (Word files of CWG-Internet meeting 20 and the language versions of one
 * contribution) ingested once into a temporary index, and a server over it on a free port: shared
 * by the server's test classes, since ingesting is the slow part.
 */
final class ServedSamples {

  static final Path SAMPLES = Path.of("samples");

  private static Path index;
  private static CwgServer server;

  private ServedSamples() {}

  static synchronized Path index() {
    if (index == null) {
      try {
        Path root = Files.createTempDirectory("cwg-serve-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        index = root.resolve("index");
        new Ingester(index, IngestOptions.defaults().withThreads(1), IngestListener.SILENT)
            .ingest(List.of(SAMPLES.resolve("docx"), SAMPLES.resolve("versions")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  /** The server over the samples, started once and left running until the tests end. */
  static synchronized CwgServer server() {
    if (server == null) {
      try {
        server = CwgServer.start(new ServeOptions(index(), ServeOptions.loopback(), 0, 4));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** GET of a raw (already encoded) path and query on the server. */
  static HttpResponse<String> get(String rawPathAndQuery) {
    return send(HttpRequest.newBuilder(uri(rawPathAndQuery)).GET().build());
  }

  static URI uri(String rawPathAndQuery) {
    return server().uri().resolve(rawPathAndQuery);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure
    }
  }
}
