package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages over the samples, with the ids the browser test relies on; and what is refused. */
class ServerTest {

  private static String page(String rawPath) {
    HttpResponse<String> response = ServedSamples.get(rawPath);
    assertEquals(200, response.statusCode(), rawPath + ": " + response.body());
    assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").get());
    assertTrue(response.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), rawPath);
    return response.body();
  }

  private static void assertHas(String html, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(html.contains(fragment), "missing " + fragment);
    }
  }

  @Test
  void theSearchPageShowsCountHitsFacetsAndPages() {
    String home = page("/");
    assertHas(
        home,
        "<form id=\"search\" action=\"/search\"",
        "name=\"q\" id=\"q\"",
        "<p id=\"corpus\">8 documents indexed.</p>");
    String results = page("/search?q=internet");
    assertHas(
        results,
        "<p id=\"count\">",
        "<li class=\"hit\"><a class=\"doc\" href=\"/doc/",
        "<mark>",
        "<aside id=\"facets\"",
        "<a class=\"facet\" href=\"/search?q=internet&amp;meeting=20\">",
        "<a class=\"facet\" href=\"/search?q=internet&amp;type=contribution\">",
        "<a class=\"facet\" href=\"/search?q=internet&amp;cites=Council+1305\">",
        "<nav id=\"pages\"",
        "rel=\"next\"");
    String second = page("/search?q=internet&page=2");
    assertHas(second, "rel=\"prev\"", "<ol class=\"hits\" start=\"11\">");
    String narrowed = page("/search?q=internet&meeting=20&section=purpose");
    assertHas(narrowed, "name=\"meeting\" value=\"20\"", "class=\"unfacet\"");
  }

  @Test
  void concurrentClientsAllGetTheirAnswer() {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers =
        new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String path = i % 2 == 0 ? "/api/search?q=internet&limit=" + (i % 7) : "/search?q=governance";
      answers.add(
          client.sendAsync(
              HttpRequest.newBuilder(ServedSamples.uri(path)).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (var answer : answers) {
      assertEquals(200, answer.join().statusCode());
    }
  }

  @Test
  void aMalformedQueryIs400WithTheMessage() {
    HttpResponse<String> response = ServedSamples.get("/search?q=%22unclosed");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("<p class=\"error\">cannot parse query"), response.body());
  }

  @Test
  void theDocumentPageHasCoverOutlineSectionsLinksAndOutcome() {
    String doc = page("/doc/CWG-Internet-20%2F4");
    assertHas(
        doc,
        "<h1 id=\"title\">CWG-Internet-20/4",
        "<dl id=\"cover\">",
        "class=\"provenance\"",
        "<nav id=\"outline\"",
        "href=\"#s-1\"",
        "<section id=\"s-1\"",
        "<ul id=\"cites\">",
        "href=\"/resolution/Council-1305\"",
        "<ul id=\"refs\">",
        "<ul id=\"cited-by\">",
        "<div id=\"outcome\">",
        "hreflang=\"fr\"");
    Matcher cited =
        Pattern.compile("<ul id=\"cited-by\"><li><a href=\"(/doc/[^\"]+)\"").matcher(doc);
    assertTrue(cited.find(), "the meeting report refers to it");
    page(cited.group(1));
  }

  @Test
  void resolutionsTrendMeetingsAndGraphDrawTheirCharts() {
    String catalogue = page("/resolutions");
    assertHas(catalogue, "<table id=\"catalogue\">", "<svg class=\"chart heatmap\"", "<title");
    String resolution = page("/resolution/Council-1305");
    assertHas(resolution, "<svg class=\"chart trend\"", "<ul id=\"citing\">");
    assertHas(page("/trend?q=internet"), "<svg class=\"chart trend\"", "<rect");
    assertHas(page("/meetings"), "href=\"/meeting/20?group=CWG-Internet\"");
    String meeting = page("/meeting/20?group=CWG-Internet");
    assertHas(meeting, "<table id=\"contributions\">", "<ul id=\"missing\">");
    assertHas(page("/graph"), "<svg class=\"chart graph\"", "<circle", "<path d=\"M");
  }

  @Test
  void theLanguageVersionsOfOneNumberAreOneContributionAndOneNode() {
    String meeting = page("/meeting/20?group=CWG-Internet");
    assertEquals(1, count(meeting, ">CWG-Internet-20/4</a>"), meeting);
    assertHas(meeting, ">CWG-Internet-20/4</a> (en, fr, ru, es)</th>");
    String graph = page("/graph");
    assertEquals(
        1, count(graph, "<title>CWG-Internet-20/4 (en, fr, ru, es)</title></circle>"), graph);
    assertEquals(0, count(graph, "<title>CWG-Internet-20/4 (fr)"), graph);
  }

  private static int count(String text, String fragment) {
    return text.split(Pattern.quote(fragment), -1).length - 1;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/doc/NOPE-1%2F2",
        "/resolution/Council-999999",
        "/resolution/nonsense",
        "/meeting/999",
        "/meeting/x",
        "/nowhere",
        "/api/nowhere",
        "/assets/missing.css",
        "/assets/%2e%2e/%2e%2e/pom.xml",
        "/assets/..%2f..%2fpom.xml",
        "/assets//etc/passwd",
        "/assets/cwg.css/",
        "/assets/org/cwg/serve/Html.class",
        "/doc/..%2F..%2Fpom.xml",
      })
  void whatDoesNotExistIs404(String rawPath) {
    assertEquals(404, ServedSamples.get(rawPath).statusCode(), rawPath);
  }

  /** Paths sent as written, as a hostile client would: no client-side normalization. */
  @ParameterizedTest
  @ValueSource(
      strings = {"/assets/../pom.xml", "/assets/../../etc/passwd", "/../pom.xml", "//etc/passwd"})
  void traversalIs404(String rawPath) throws IOException {
    assertTrue(
        raw("GET " + rawPath + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 404"));
  }

  @Test
  void assetsAreServedFromThePackedList() {
    HttpResponse<String> css = ServedSamples.get("/assets/cwg.css");
    assertEquals(200, css.statusCode());
    assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").get());
  }

  @Test
  void onlyGetAndHead() throws IOException {
    HttpResponse<String> post =
        ServedSamples.send(
            HttpRequest.newBuilder(ServedSamples.uri("/api/stats"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").get());
    HttpResponse<String> head =
        ServedSamples.send(
            HttpRequest.newBuilder(ServedSamples.uri("/api/stats"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertTrue(
        raw("DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 405"));
  }

  @Test
  void oversizeRequestsAreRefused() throws IOException {
    String longQuery = "a".repeat(Router.MAX_URI_LENGTH + 1);
    assertEquals(414, ServedSamples.get("/search?q=" + longQuery).statusCode());
    assertTrue(
        raw("GET /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
                + "hello")
            .startsWith("HTTP/1.1 413"));
  }

  @Test
  void tooManyHeaderLinesCloseTheConnection() throws IOException {
    StringBuilder request = new StringBuilder("GET /api/stats HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 150; i++) {
      request.append("X-Filler-").append(i).append(": v\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    String answer;
    try {
      answer = raw(request.toString());
    } catch (java.net.SocketException reset) {
      answer = "";
    }
    assertFalse(answer.startsWith("HTTP/1.1 200"), answer);
  }

  @Test
  void pagesAreProtectedAgainstScriptsFromElsewhere() {
    HttpResponse<String> response =
        ServedSamples.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertFalse(response.body().contains("<script>"), "the query is escaped");
    assertTrue(response.body().contains("&lt;script&gt;"));
    String policy = response.headers().firstValue("Content-Security-Policy").get();
    assertTrue(policy.contains("default-src 'none'"), policy);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").get());
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", ServedSamples.server().port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
