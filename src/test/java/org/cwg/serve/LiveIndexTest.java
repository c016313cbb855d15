package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cwg.analyze.RecordAssembler;
import org.cwg.index.CorpusWriter;
import org.cwg.json.Json;
import org.cwg.structure.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reads the index as ingest writes it: no index yet is a page that says so, and each new
 * commit shows without a restart.
 */
class LiveIndexTest {

  @TempDir Path temp;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(CwgServer server, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void add(Path index, String name, String text) throws IOException {
    Path file = Files.writeString(temp.resolve(name), text);
    try (CorpusWriter writer = CorpusWriter.open(index)) {
      writer.put(new RecordAssembler(Manifest.none()).assembleText(file, text));
      writer.commit();
    }
  }

  private int documents(CwgServer server) throws Exception {
    return Json.mapper().readTree(get(server, "/api/stats").body()).get("documents").asInt();
  }

  @Test
  void noIndexIsAPageThatSaysSoThenEachCommitShows() throws Exception {
    Path index = temp.resolve("index");
    try (CwgServer server =
        CwgServer.start(new ServeOptions(index, ServeOptions.loopback(), 0, 2))) {
      assertEquals(200, get(server, "/").statusCode(), "the search form needs no index");
      HttpResponse<String> page = get(server, "/search?q=internet");
      assertEquals(503, page.statusCode());
      assertTrue(page.body().contains("no index at "), page.body());
      assertEquals(503, get(server, "/api/stats").statusCode());

      add(index, "first.txt", "Internet governance\n\nPurpose\n\nA first text on the Internet.");
      Thread.sleep(LiveIndex.CHECK_EVERY_NANOS / 1_000_000 + 50);
      assertEquals(1, documents(server));

      add(index, "second.txt", "Purpose\n\nA second text, on the Internet too.");
      Thread.sleep(LiveIndex.CHECK_EVERY_NANOS / 1_000_000 + 50);
      assertEquals(2, documents(server));
      assertTrue(get(server, "/search?q=second").body().contains("<p id=\"count\">1 hit in 1"));
    }
  }
}
